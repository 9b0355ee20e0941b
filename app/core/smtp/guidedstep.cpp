#include "guidedstep.h"

QString GuidedStep::title(Kind kind) {
    switch (kind) {
    case Kind::Resolve:
        return tr("Find the server (DNS)");
    case Kind::Connect:
        return tr("Connect");
    case Kind::TlsHandshake:
        return tr("TLS handshake");
    case Kind::Greeting:
        return tr("Server greeting");
    case Kind::Ehlo:
        return tr("Introduce ourselves (EHLO)");
    case Kind::StartTls:
        return tr("Switch to encryption (STARTTLS)");
    case Kind::EhloAgain:
        return tr("EHLO again, encrypted");
    case Kind::Auth:
        return tr("Sign in (AUTH)");
    case Kind::Vrfy:
        return tr("Check an address (VRFY)");
    case Kind::Help:
        return tr("Ask for help (HELP)");
    case Kind::Mail:
        return tr("Sender (MAIL FROM)");
    case Kind::Rcpt:
        return tr("Recipient (RCPT TO)");
    case Kind::Data:
        return tr("Send a test message (DATA)");
    case Kind::Quit:
        return tr("Say goodbye (QUIT)");
    }
    return {};
}

QString GuidedStep::kindName(Kind kind) {
    static const char *const names[] = {"resolve",  "connect",    "tls-handshake", "greeting", "ehlo",
                                        "starttls", "ehlo-again", "auth",          "vrfy",     "help",
                                        "mail",     "rcpt",       "data",          "quit"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

QString GuidedStep::verdictName(Verdict verdict) {
    static const char *const names[] = {"pending", "running", "pass", "warning", "fail", "skipped"};
    return QString::fromLatin1(names[static_cast<int>(verdict)]);
}

QString GuidedStep::verdictLabel(Verdict verdict) {
    switch (verdict) {
    case Verdict::Pending:
        return tr("waiting");
    case Verdict::Running:
        return tr("running");
    case Verdict::Pass:
        return tr("passed");
    case Verdict::Warning:
        return tr("warning");
    case Verdict::Fail:
        return tr("failed");
    case Verdict::Skipped:
        return tr("skipped");
    }
    return {};
}
