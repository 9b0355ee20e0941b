#include "demoscenario.h"

#include "demotls.h"

namespace {

constexpr int slowGreetingDelayMs = 8000;
constexpr int slowSuggestedStepTimeoutMs = 3000; // well under the delay, so the greeting step times out
constexpr int minimumScaledTimeoutMs = 50;

struct Names {
    DemoScenario::Id id;
    const char *name;
};

// Stable ids: they appear on command lines, in settings and in scripts, so never rename one.
constexpr Names names[] = {
    {DemoScenario::Id::Healthy, "healthy"},
    {DemoScenario::Id::AuthRequired, "auth-required"},
    {DemoScenario::Id::WrongPassword, "wrong-password"},
    {DemoScenario::Id::MailboxNameInvalid, "mailbox-name-invalid"},
    {DemoScenario::Id::AppPasswordRequired, "app-password-required"},
    {DemoScenario::Id::StartTlsRequired, "starttls-required"},
    {DemoScenario::Id::EncryptionRequiredForMechanism, "encryption-required-for-mechanism"},
    {DemoScenario::Id::TemporaryAuthFailure, "temporary-auth-failure"},
    {DemoScenario::Id::ServiceUnavailable, "service-unavailable"},
    {DemoScenario::Id::MailboxFull, "mailbox-full"},
    {DemoScenario::Id::MailboxFullPermanent, "mailbox-full-permanent"},
    {DemoScenario::Id::UnknownUser, "unknown-user"},
    {DemoScenario::Id::RelayDenied, "relay-denied"},
    {DemoScenario::Id::Greylisting, "greylisting"},
    {DemoScenario::Id::SlowServer, "slow-server"},
};

} // namespace

DemoScenario::DemoScenario(Id id)
    : m_id(id)
    , m_fault(faultFor(id)) {}

QList<DemoScenario> DemoScenario::all() {
    QList<DemoScenario> scenarios;
    for (const Names &entry : names)
        scenarios << DemoScenario(entry.id);
    return scenarios;
}

std::optional<DemoScenario> DemoScenario::fromName(const QString &name) {
    const QString wanted = name.trimmed();
    for (const Names &entry : names) {
        if (wanted.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return DemoScenario(entry.id);
    }
    return std::nullopt;
}

QString DemoScenario::name() const {
    for (const Names &entry : names) {
        if (entry.id == m_id)
            return QLatin1String(entry.name);
    }
    return {};
}

QString DemoScenario::title() const {
    switch (m_id) {
    case Id::Healthy:
        return tr("Healthy server");
    case Id::AuthRequired:
        return tr("Sign-in required");
    case Id::WrongPassword:
        return tr("Wrong password");
    case Id::MailboxNameInvalid:
        return tr("Invalid mailbox name");
    case Id::AppPasswordRequired:
        return tr("App password required");
    case Id::StartTlsRequired:
        return tr("STARTTLS required");
    case Id::EncryptionRequiredForMechanism:
        return tr("Encryption required for this sign-in method");
    case Id::TemporaryAuthFailure:
        return tr("Temporary sign-in failure");
    case Id::ServiceUnavailable:
        return tr("Service unavailable");
    case Id::MailboxFull:
        return tr("Mailbox full (temporary)");
    case Id::MailboxFullPermanent:
        return tr("Mailbox full (permanent)");
    case Id::UnknownUser:
        return tr("Unknown recipient");
    case Id::RelayDenied:
        return tr("Relay denied");
    case Id::Greylisting:
        return tr("Greylisting");
    case Id::SlowServer:
        return tr("Slow server");
    }
    return {};
}

QString DemoScenario::description() const {
    switch (m_id) {
    case Id::Healthy:
        return tr(
            "A well-configured submission server: STARTTLS, sign-in, sender, recipient and a test message "
            "are all accepted.");
    case Id::AuthRequired:
        return tr(
            "The server accepts no mail from clients that have not signed in and answers MAIL FROM with "
            "530 5.7.0.");
    case Id::WrongPassword:
        return tr(
            "The server refuses every user name and password with 535 5.7.8, as it does when the password "
            "is wrong.");
    case Id::MailboxNameInvalid:
        return tr("The server rejects the recipient address as malformed with 553 5.1.3.");
    case Id::AppPasswordRequired:
        return tr("The account has two-step verification, so the server accepts only an app password and "
                  "answers 534 5.7.9.");
    case Id::StartTlsRequired:
        return tr(
            "The server refuses mail over an unencrypted connection and answers MAIL FROM with 530 5.7.0 "
            "until STARTTLS is used.");
    case Id::EncryptionRequiredForMechanism:
        return tr(
            "The server offers sign-in over plain text but refuses it with 538 5.7.11 until the connection "
            "is encrypted.");
    case Id::TemporaryAuthFailure:
        return tr("The server cannot check passwords at the moment and answers 454 4.7.0: a problem on the "
                  "server's side, not a wrong password.");
    case Id::ServiceUnavailable:
        return tr("The server greets with 421 4.3.2 and closes the connection at once, as it does during "
                  "maintenance or overload.");
    case Id::MailboxFull:
        return tr(
            "The recipient's mailbox is over its quota, so the server defers the recipient with 452 4.2.2.");
    case Id::MailboxFullPermanent:
        return tr("The server accepts the recipient but rejects the message after the data with 552 5.2.2 "
                  "because the mailbox is full.");
    case Id::UnknownUser:
        return tr("The recipient's mailbox does not exist, so the server rejects it with 550 5.1.1.");
    case Id::RelayDenied:
        return tr("A client that has not signed in may not send to other domains: the server answers RCPT TO "
                  "with 554 5.7.1.");
    case Id::Greylisting:
        return tr(
            "The server defers the recipient with 450 4.2.0, as greylisting does with senders it has not "
            "seen before; a real mail server retries a few minutes later and gets through.");
    case Id::SlowServer:
        return tr("The server waits %1 seconds before greeting, longer than the suggested time limit of %2 "
                  "seconds per step, so the test times out.")
            .arg(slowGreetingDelayMs / 1000)
            .arg(slowSuggestedStepTimeoutMs / 1000);
    }
    return {};
}

bool DemoScenario::offersAuthWithoutTls() const {
    return m_id == Id::EncryptionRequiredForMechanism;
}

int DemoScenario::greetingDelayMs() const {
    return m_id == Id::SlowServer ? slowGreetingDelayMs : 0;
}

DemoScenario::Fault DemoScenario::faultFor(Id id) {
    // Wording in the style real servers use, written for the demo.
    switch (id) {
    case Id::Healthy:
    case Id::SlowServer:
        return {};
    case Id::AuthRequired:
        return {Stage::Mail,
                Condition::WithoutAuth,
                530,
                QStringLiteral("5.7.0"),
                QStringLiteral("Authentication required"),
                false};
    case Id::WrongPassword:
        return {Stage::AuthResult,
                Condition::Always,
                535,
                QStringLiteral("5.7.8"),
                QStringLiteral("Authentication credentials invalid: user name or password not accepted"),
                false};
    case Id::MailboxNameInvalid:
        return {Stage::Rcpt,
                Condition::Always,
                553,
                QStringLiteral("5.1.3"),
                QStringLiteral("<%1>: Recipient address rejected: mailbox name not allowed"),
                false};
    case Id::AppPasswordRequired:
        return {Stage::AuthResult,
                Condition::Always,
                534,
                QStringLiteral("5.7.9"),
                QStringLiteral("Application-specific password required: sign in with an app password "
                               "created in your account's security settings"),
                false};
    case Id::StartTlsRequired:
        return {Stage::Mail,
                Condition::WithoutTls,
                530,
                QStringLiteral("5.7.0"),
                QStringLiteral("Must issue a STARTTLS command first"),
                false};
    case Id::EncryptionRequiredForMechanism:
        return {Stage::AuthCommand,
                Condition::WithoutTls,
                538,
                QStringLiteral("5.7.11"),
                QStringLiteral("Encryption required for requested authentication mechanism"),
                false};
    case Id::TemporaryAuthFailure:
        return {Stage::AuthResult,
                Condition::Always,
                454,
                QStringLiteral("4.7.0"),
                QStringLiteral("Temporary authentication failure: credential store unreachable, try again "
                               "later"),
                false};
    case Id::ServiceUnavailable:
        return {Stage::Greeting,
                Condition::Always,
                421,
                QStringLiteral("4.3.2"),
                QStringLiteral("%1 Service not available, closing transmission channel").arg(serverName()),
                true};
    case Id::MailboxFull:
        return {Stage::Rcpt,
                Condition::Always,
                452,
                QStringLiteral("4.2.2"),
                QStringLiteral("<%1>: Mailbox full, over quota; try again later"),
                false};
    case Id::MailboxFullPermanent:
        return {Stage::EndOfData,
                Condition::Always,
                552,
                QStringLiteral("5.2.2"),
                QStringLiteral("Mailbox full: the recipient's storage quota is exceeded"),
                false};
    case Id::UnknownUser:
        return {Stage::Rcpt,
                Condition::Always,
                550,
                QStringLiteral("5.1.1"),
                QStringLiteral("<%1>: Recipient address rejected: no such user here"),
                false};
    case Id::RelayDenied:
        return {Stage::Rcpt,
                Condition::ExternalRecipientWithoutAuth,
                554,
                QStringLiteral("5.7.1"),
                QStringLiteral("<%1>: Relay access denied"),
                false};
    case Id::Greylisting:
        return {Stage::Rcpt,
                Condition::Always,
                450,
                QStringLiteral("4.2.0"),
                QStringLiteral("<%1>: Recipient address rejected: greylisted, please try again in 5 minutes"),
                false};
    }
    return {};
}

SmtpConfig DemoScenario::suggestedConfig(quint16 port, double timeScale) const {
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.security = SmtpConfig::Security::StartTls;
    config.extraCaFile = DemoTls::certificatePath();
    config.user = userName();
    config.password = password();
    config.mailFrom = userName();
    config.rcptTo = {QStringLiteral("friend@smtpdesk.test")};
    config.sendTestMessage = true;

    const auto withoutSignIn = [&config] {
        config.user.clear();
        config.password.clear();
    };
    switch (m_id) {
    case Id::Healthy:
        config.vrfy = userName();
        config.help = true;
        break;
    case Id::AuthRequired:
        withoutSignIn();
        break;
    case Id::MailboxNameInvalid:
        // Two dots in a row: not a valid mailbox name (RFC 5321 section 4.1.2, Dot-string).
        config.rcptTo = {QStringLiteral("friend..name@smtpdesk.test")};
        break;
    case Id::StartTlsRequired:
        config.security = SmtpConfig::Security::None;
        config.extraCaFile.clear();
        withoutSignIn();
        break;
    case Id::EncryptionRequiredForMechanism:
        config.security = SmtpConfig::Security::None;
        config.extraCaFile.clear();
        config.authMechanism = SmtpConfig::AuthMechanism::Plain;
        config.allowPlaintextAuth = true;
        break;
    case Id::UnknownUser:
        config.rcptTo = {QStringLiteral("no-such-user@smtpdesk.test")};
        break;
    case Id::RelayDenied:
        withoutSignIn();
        config.rcptTo = {QStringLiteral("friend@example.com")};
        break;
    case Id::SlowServer:
        config.stepTimeoutMs = qMax(minimumScaledTimeoutMs, int(slowSuggestedStepTimeoutMs * timeScale));
        break;
    case Id::WrongPassword:
    case Id::AppPasswordRequired:
    case Id::TemporaryAuthFailure:
    case Id::ServiceUnavailable:
    case Id::MailboxFull:
    case Id::MailboxFullPermanent:
    case Id::Greylisting:
        break;
    }
    return config;
}
