#include "smtpstep.h"

QString SmtpStepText::name(SmtpStep step) {
    switch (step) {
    case SmtpStep::None:
        return {};
    case SmtpStep::Connect:
        return tr("connecting");
    case SmtpStep::TlsHandshake:
        return tr("TLS handshake");
    case SmtpStep::Greeting:
        return tr("server greeting");
    case SmtpStep::Ehlo:
        return QStringLiteral("EHLO");
    case SmtpStep::Helo:
        return QStringLiteral("HELO");
    case SmtpStep::StartTls:
        return QStringLiteral("STARTTLS");
    case SmtpStep::Auth:
        return tr("authentication (AUTH)");
    case SmtpStep::Vrfy:
        return QStringLiteral("VRFY");
    case SmtpStep::Help:
        return QStringLiteral("HELP");
    case SmtpStep::Noop:
        return QStringLiteral("NOOP");
    case SmtpStep::Mail:
        return QStringLiteral("MAIL FROM");
    case SmtpStep::Rcpt:
        return QStringLiteral("RCPT TO");
    case SmtpStep::Data:
        return QStringLiteral("DATA");
    case SmtpStep::Message:
        return tr("message content");
    case SmtpStep::Rset:
        return QStringLiteral("RSET");
    case SmtpStep::Quit:
        return QStringLiteral("QUIT");
    }
    return {};
}
