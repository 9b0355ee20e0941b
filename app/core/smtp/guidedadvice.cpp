#include "guidedadvice.h"

#include "catalog/catalog.h"

#include <QDateTime>
#include <QLocale>

namespace {

bool securityIsEncrypted(const SmtpConfig &settings) {
    return settings.security != SmtpConfig::Security::None;
}

} // namespace

GuidedAdvice::GuidedAdvice(const Catalog &catalog, const SmtpConfig &settings, const SmtpResult &result,
                           QString language)
    : m_catalog(catalog)
    , m_settings(settings)
    , m_result(result)
    , m_language(std::move(language)) {}

bool GuidedAdvice::isGmailHost(const QString &host) {
    const QString h = host.toLower();
    return h.endsWith(QLatin1String("gmail.com")) || h.endsWith(QLatin1String("googlemail.com")) ||
           h.endsWith(QLatin1String("google.com"));
}

bool GuidedAdvice::isMicrosoftHost(const QString &host) {
    const QString h = host.toLower();
    return h.endsWith(QLatin1String("office365.com")) || h.endsWith(QLatin1String("outlook.com")) ||
           h.endsWith(QLatin1String("hotmail.com")) || h.endsWith(QLatin1String("live.com"));
}

QString GuidedAdvice::catalogCode(const SmtpReply &reply) const {
    if (!reply.isValid())
        return {};
    if (!reply.enhancedCode.isEmpty() && m_catalog.lookup(reply.enhancedCode).isKnown())
        return reply.enhancedCode;
    return QString::number(reply.code);
}

QString GuidedAdvice::catalogAdvice(const SmtpReply &reply) const {
    if (!reply.isValid())
        return {};
    // The basic code's entry says what to do; the enhanced code (if registered) says why.
    const Catalog::Lookup basic = m_catalog.lookup(QString::number(reply.code));
    if (!basic.entry)
        return {};
    const ReplyCode::Text &text = basic.entry->text(m_language);
    //: %1 reply code, %2 its title, %3 the catalog's first step to fix it
    return tr("%1 means “%2”. %3").arg(QString::number(reply.code), text.title, text.howToFix.value(0));
}

QString GuidedAdvice::contextAdvice() const {
    const SmtpError &error = m_result.error;
    const QString &host = m_settings.host;
    const quint16 port = m_settings.port;
    const bool implicitTls = m_settings.security == SmtpConfig::Security::ImplicitTls;
    switch (error.code) {
    case SmtpError::HostNotFound:
        return tr("Check the server name for typing mistakes (for example smtp.gmail.com, not smtp.gmail.co) "
                  "and that this computer is online.");
    case SmtpError::ConnectionRefused:
        if (port == 465)
            return tr(
                "Nothing listens on port 465 here. Try port 587 with STARTTLS, which most providers offer.");
        return tr("Nothing accepts connections on port %1. Check the port your provider gives (usually 587 "
                  "with "
                  "STARTTLS or 465 with SSL/TLS).")
            .arg(port);
    case SmtpError::Timeout:
    case SmtpError::RunTimeout:
        if (error.step == SmtpStep::Greeting && !implicitTls && port == 465)
            return tr(
                "Port 465 expects encryption from the first byte: choose SSL/TLS as the security setting.");
        if (error.step == SmtpStep::Connect || error.step == SmtpStep::None)
            return tr(
                "No answer at all usually means a firewall drops the traffic. Many internet providers block "
                "port 25 for home users: try port 587 or 465, or another network.");
        return tr(
            "The server stopped answering. Try again later; if it keeps happening, a firewall or filter "
            "between you and the server may interfere.");
    case SmtpError::TlsHandshakeFailed:
        if (implicitTls && port != 465)
            return tr("Port %1 normally starts without encryption: choose STARTTLS instead of SSL/TLS.")
                .arg(port);
        return tr(
            "The encrypted connection could not be set up. Check that the security setting matches the "
            "port (465 with SSL/TLS, 587 with STARTTLS) and that this computer's date and time are right.");
    case SmtpError::MalformedReply:
        if (implicitTls)
            return tr("The server answered in plain text on a port where SMTP Desk expected encryption: "
                      "choose "
                      "STARTTLS for port %1.")
                .arg(port);
        if (port == 465)
            return tr(
                "Port 465 expects encryption from the first byte: choose SSL/TLS as the security setting.");
        return {};
    case SmtpError::CertificateUntrusted:
        return tr(
            "If this is your own or a test server, ask its administrator for the certificate's SHA-256 "
            "fingerprint, compare it with the one shown, and trust it for this run only. Never do this for a "
            "public provider: it may mean someone is intercepting the connection.");
    case SmtpError::StartTlsNotOffered:
    case SmtpError::StartTlsRejected:
        return tr(
            "Nothing secret was sent. Try port 465 with SSL/TLS, or ask the provider which port supports "
            "encryption.");
    case SmtpError::EncryptionRequired:
        return tr(
            "The server wants the connection encrypted first: choose STARTTLS as the security setting and "
            "run the test again.");
    case SmtpError::AuthenticationRequired:
        return tr("The server only accepts mail from signed-in users: enter your user name and password.");
    case SmtpError::PlaintextAuthRefused:
        return tr("SMTP Desk did not send your password over an unencrypted connection. Choose STARTTLS or "
                  "SSL/TLS; allow plaintext sign-in only for a test server you control.");
    case SmtpError::AuthFailed:
    case SmtpError::AuthMechanismTooWeak:
        if (error.reply.enhancedCode == QLatin1String("5.7.139"))
            return tr(
                "Microsoft 365 has SMTP sign-in switched off for this mailbox or the whole organisation. An "
                "administrator must enable “Authenticated SMTP” for the mailbox, or the program must use "
                "OAuth.");
        if (isGmailHost(host))
            return tr(
                "Gmail does not accept your normal password here. Turn on 2-Step Verification, create an app "
                "password in your Google Account and use it instead.");
        if (isMicrosoftHost(host))
            return tr(
                "Microsoft 365: check that “Authenticated SMTP” is enabled for this mailbox in the admin "
                "center; with multi-factor authentication, use an app password or OAuth.");
        return tr(
            "Check the user name (usually the full email address) and the password; if two-step sign-in is "
            "on, your provider may require an app password.");
    case SmtpError::AuthEncryptionRequired:
        return tr("This sign-in method needs an encrypted connection: choose STARTTLS or SSL/TLS.");
    case SmtpError::RecipientRejected:
        if (error.reply.enhancedCode == QLatin1String("5.1.1"))
            return tr("The recipient's mailbox does not exist: check the address for typos.");
        return {};
    default:
        return {};
    }
}

QString GuidedAdvice::passExplanation(const GuidedStep &step) const {
    switch (step.kind) {
    case GuidedStep::Kind::Resolve:
        return step.explanation;
    case GuidedStep::Kind::Connect:
        return tr("Connected to %1 on port %2.").arg(m_settings.host).arg(m_settings.port);
    case GuidedStep::Kind::TlsHandshake:
        return tr("Encrypted with %1 (%2).").arg(m_result.tls.protocol, m_result.tls.cipher);
    case GuidedStep::Kind::Greeting:
        return tr("The server introduced itself: %1").arg(step.reply.text().section(QLatin1Char('\n'), 0, 0));
    case GuidedStep::Kind::Ehlo:
    case GuidedStep::Kind::EhloAgain: {
        // This step's own reply: the run's final capabilities may come from a later EHLO, or none.
        const Capabilities caps = Capabilities::fromEhloReply(step.reply);
        if (step.command.startsWith(QLatin1String("HELO")))
            return tr("The server does not know EHLO; SMTP Desk used the older HELO.");
        return caps.authMechanisms.isEmpty() ? tr("The server lists its features; it offers no sign-in here.")
                                             : tr("The server lists its features and offers sign-in with %1.")
                                                   .arg(caps.authMechanisms.join(QStringLiteral(", ")));
    }
    case GuidedStep::Kind::StartTls:
        return tr("The server agreed to encrypt the connection.");
    case GuidedStep::Kind::Auth:
        return tr("Signed in as %1 with %2.").arg(m_settings.user, m_result.authMechanism);
    case GuidedStep::Kind::Vrfy:
    case GuidedStep::Kind::Help:
        return step.reply.text().section(QLatin1Char('\n'), 0, 0);
    case GuidedStep::Kind::Mail:
        return tr("The server accepts mail from %1.").arg(m_settings.mailFrom);
    case GuidedStep::Kind::Rcpt:
        return tr("The server accepts this recipient.");
    case GuidedStep::Kind::Data:
        return tr("The server accepted the test message.");
    case GuidedStep::Kind::Quit:
        return tr("The session ended politely.");
    }
    return {};
}

QString GuidedAdvice::warningFor(const GuidedStep &step) const {
    const Capabilities &caps = m_result.capabilities;
    const bool encrypted = m_settings.security == SmtpConfig::Security::StartTlsIfOffered
                               ? m_result.tls.encrypted
                               : securityIsEncrypted(m_settings);
    if (step.reply.bareLineFeed)
        return tr(
            "The server ends lines with a bare LF instead of CRLF. Most programs cope, but it breaks the "
            "SMTP standard.");
    switch (step.kind) {
    case GuidedStep::Kind::Ehlo:
        if (m_settings.security == SmtpConfig::Security::StartTlsIfOffered && !m_result.tls.encrypted &&
            !m_result.error.isError())
            return tr(
                "The server offers no STARTTLS: mail to it travels unencrypted. Its operator should enable "
                "TLS.");
        if (!encrypted && m_settings.port == 587 && !caps.startTls)
            return tr(
                "The server offers no STARTTLS on port 587: passwords and mail would travel unencrypted.");
        if (!encrypted &&
            (caps.offersAuth(QStringLiteral("PLAIN")) || caps.offersAuth(QStringLiteral("LOGIN"))))
            return tr("The server offers PLAIN or LOGIN sign-in without encryption: a password sent this way "
                      "can be "
                      "read on the network. Use STARTTLS or SSL/TLS.");
        return {};
    case GuidedStep::Kind::TlsHandshake: {
        if (m_result.tls.protocol == QLatin1String("TLS 1.0") ||
            m_result.tls.protocol == QLatin1String("TLS 1.1"))
            return tr("The server uses %1, which is outdated and insecure. Its operator should enable TLS "
                      "1.2 or "
                      "newer.")
                .arg(m_result.tls.protocol);
        if (!m_result.tls.peerChain.isEmpty()) {
            const QDateTime expiry = m_result.tls.peerChain.first().notAfter;
            // Whole days left, not midnights crossed (daysTo): 12 days and 1 hour is "12 days" at any hour.
            const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(expiry);
            const qint64 days = secondsLeft / (24 * 60 * 60);
            if (expiry.isValid() && secondsLeft >= 0 && days <= 30)
                return tr("The server's certificate expires in %n day(s) (%1). Tell the server's operator.",
                          nullptr, int(days))
                    .arg(QLocale().toString(expiry.date(), QLocale::ShortFormat));
        }
        if (m_result.tls.trustedByFingerprint)
            return tr("The certificate could not be verified and was trusted for this run only, by its "
                      "fingerprint.");
        return {};
    }
    case GuidedStep::Kind::Auth:
        if (!encrypted)
            return tr(
                "You allowed signing in without encryption: the password crossed the network readable.");
        return {};
    default:
        return {};
    }
}

void GuidedAdvice::annotate(GuidedStep &step) const {
    step.catalogCode = catalogCode(step.reply);
    switch (step.verdict) {
    case GuidedStep::Verdict::Pass: {
        step.explanation = passExplanation(step);
        const QString warning = warningFor(step);
        if (!warning.isEmpty()) {
            step.verdict = GuidedStep::Verdict::Warning;
            step.advice = warning;
        }
        break;
    }
    case GuidedStep::Verdict::Fail: {
        const bool engineFailure = m_result.error.isError();
        step.explanation = engineFailure ? m_result.error.message()
                                         : tr("The server answered: %1").arg(step.reply.toString());
        if (m_result.error.code == SmtpError::CertificateUntrusted && !m_result.tls.problems.isEmpty())
            step.explanation += QLatin1Char(' ') + m_result.tls.describeProblems().replace(
                                                       QStringLiteral("\n\n"), QStringLiteral(" "));
        QStringList advice{contextAdvice(), catalogAdvice(step.reply)};
        advice.removeAll(QString());
        step.advice = advice.join(QLatin1Char(' '));
        break;
    }
    case GuidedStep::Verdict::Skipped:
        if (m_settings.security == SmtpConfig::Security::StartTlsIfOffered && !m_result.tls.encrypted &&
            (step.kind == GuidedStep::Kind::StartTls || step.kind == GuidedStep::Kind::TlsHandshake ||
             step.kind == GuidedStep::Kind::EhloAgain) &&
            !m_result.error.isError()) {
            step.explanation =
                tr("Not run: the server offers no STARTTLS, so the session stayed unencrypted.");
            break;
        }
        step.explanation =
            m_result.error.code == SmtpError::Cancelled
                ? tr("Not run: the test was cancelled.")
                : (m_result.error.isError() ? tr("Not run because an earlier step failed.")
                                            : tr("Not run: the test stopped earlier, as asked."));
        break;
    case GuidedStep::Verdict::Pending:
    case GuidedStep::Verdict::Running:
    case GuidedStep::Verdict::Warning:
        break;
    }
}

GuidedTest::Summary GuidedAdvice::summarize(const QList<GuidedStep> &steps, int failedStep) const {
    GuidedTest::Summary summary;
    summary.failedStep = failedStep;
    if (m_result.error.code == SmtpError::Cancelled) {
        summary.verdict = GuidedStep::Verdict::Fail;
        summary.headline = tr("The test was cancelled.");
        summary.nextAction = tr("Run it again when you are ready.");
        return summary;
    }
    if (failedStep >= 0) {
        const GuidedStep &failed = steps.at(failedStep);
        summary.verdict = GuidedStep::Verdict::Fail;
        summary.headline = tr("The test failed at “%1”.").arg(failed.title());
        summary.nextAction = failed.advice.isEmpty() ? failed.explanation : failed.advice;
        return summary;
    }
    int warnings = 0;
    QString firstWarning;
    for (const GuidedStep &step : steps) {
        if (step.verdict == GuidedStep::Verdict::Warning) {
            if (!warnings)
                firstWarning = step.advice;
            ++warnings;
        }
    }
    if (warnings) {
        summary.verdict = GuidedStep::Verdict::Warning;
        summary.headline = tr("The server works, with %n warning(s).", nullptr, warnings);
        summary.nextAction = firstWarning;
        return summary;
    }
    summary.verdict = GuidedStep::Verdict::Pass;
    summary.headline = tr("Everything worked.");
    if (!m_result.authMechanism.isEmpty())
        summary.nextAction =
            tr("These settings are right: use server %1, port %2 and your user name %3 in your "
               "mail program.")
                .arg(m_settings.host)
                .arg(m_settings.port)
                .arg(m_settings.user);
    else
        summary.nextAction =
            tr("The server answers correctly. Add your user name and password to test signing in "
               "too.");
    return summary;
}
