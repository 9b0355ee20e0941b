#include "replycode.h"

const ReplyCode::Text &ReplyCode::text(const QString &language) const {
    const auto it = texts.constFind(language);
    if (it != texts.constEnd())
        return it.value();
    static const Text empty;
    const auto english = texts.constFind(QStringLiteral("en"));
    return english != texts.constEnd() ? english.value() : empty;
}

QString ReplyCode::displayCode(int classDigit) const {
    if ((kind == Kind::Enhanced || kind == Kind::Subject) && classDigit >= 2 && classDigit <= 5)
        return QString::number(classDigit) + code.mid(1);
    return code;
}

int ReplyCode::subjectDigit() const {
    if (kind == Kind::Basic || kind == Kind::Class)
        return -1;
    const QStringList parts = code.split(QLatin1Char('.'));
    bool ok = false;
    const int subject = parts.value(1).toInt(&ok);
    return ok ? subject : -1;
}

QString ReplyCode::kindName(Kind kind) {
    switch (kind) {
    case Kind::Basic:
        return QStringLiteral("basic");
    case Kind::Enhanced:
        return QStringLiteral("enhanced");
    case Kind::Class:
        return QStringLiteral("class");
    case Kind::Subject:
        return QStringLiteral("subject");
    case Kind::Vendor:
        return QStringLiteral("vendor");
    }
    return {};
}

bool ReplyCode::parseKind(const QString &name, Kind *kind) {
    for (Kind candidate : {Kind::Basic, Kind::Enhanced, Kind::Class, Kind::Subject, Kind::Vendor}) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

const QStringList &ReplyCode::knownStages() {
    static const QStringList stages{
        QStringLiteral("CONNECT"),  QStringLiteral("EHLO"), QStringLiteral("HELO"),
        QStringLiteral("STARTTLS"), QStringLiteral("AUTH"), QStringLiteral("MAIL"),
        QStringLiteral("RCPT"),     QStringLiteral("DATA"), QStringLiteral("DATA_END"),
        QStringLiteral("BDAT"),     QStringLiteral("VRFY"), QStringLiteral("EXPN"),
        QStringLiteral("HELP"),     QStringLiteral("NOOP"), QStringLiteral("RSET"),
        QStringLiteral("QUIT"),     QStringLiteral("ETRN"), QStringLiteral("ANY"),
        QStringLiteral("DSN")};
    return stages;
}

QString ReplyCode::stageLabel(const QString &stage) {
    if (stage == QLatin1String("CONNECT"))
        return tr("connection greeting");
    if (stage == QLatin1String("DATA_END"))
        return tr("end of message data");
    if (stage == QLatin1String("ANY"))
        return tr("any command");
    if (stage == QLatin1String("DSN"))
        return tr("bounce messages");
    //: %1 is an SMTP command such as EHLO, AUTH or RCPT, kept in English
    return tr("reply to %1").arg(stage);
}

QString ReplyCode::kindLabel(Kind kind) {
    switch (kind) {
    case Kind::Basic:
        return tr("basic reply code");
    case Kind::Enhanced:
        return tr("enhanced status code");
    case Kind::Class:
        return tr("status class");
    case Kind::Subject:
        return tr("status subject");
    case Kind::Vendor:
        return tr("provider-specific code");
    }
    return {};
}

QString ReplyCode::classLabel(int classDigit) {
    switch (classDigit) {
    case 2:
        return tr("2xx positive completion");
    case 3:
        return tr("3xx positive intermediate");
    case 4:
        return tr("4xx transient negative");
    case 5:
        return tr("5xx permanent negative");
    }
    return tr("unknown class");
}

QString ReplyCode::classAdvice(int classDigit) {
    switch (classDigit) {
    case 2:
        return tr("Success: the server did what was asked.");
    case 3:
        return tr("Continue: the server waits for more from the client.");
    case 4:
        return tr("Temporary failure: the same request may work if tried again later.");
    case 5:
        return tr("Permanent failure: do not retry unchanged; something must be fixed first.");
    }
    return {};
}
