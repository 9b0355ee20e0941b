#include "testcommand.h"
#include "text/textsafety.h"

#include "catalog/catalogloader.h"
#include "passwordprompt.h"
#include "smtp/guidedtest.h"
#include "smtp/testreport.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

struct Options {
    QHash<QString, QStringList> values;
    QStringList flags;
};

const QStringList valueOptions{
    QStringLiteral("--host"),     QStringLiteral("--port"),          QStringLiteral("--security"),
    QStringLiteral("--user"),     QStringLiteral("--password-file"), QStringLiteral("--password-env"),
    QStringLiteral("--auth"),     QStringLiteral("--token-file"),    QStringLiteral("--from"),
    QStringLiteral("--to"),       QStringLiteral("--vrfy"),          QStringLiteral("--stop-after"),
    QStringLiteral("--timeout"),  QStringLiteral("--ca-file"),       QStringLiteral("--trust-fingerprint"),
    QStringLiteral("--ehlo-name")};
const QStringList flagOptions{QStringLiteral("--help-cmd"), QStringLiteral("--send-test-message"),
                              QStringLiteral("--allow-plaintext-auth"), QStringLiteral("--json"),
                              QStringLiteral("--transcript")};

bool looksLikeAddress(const QString &address) {
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+$"));
    return re.match(address).hasMatch();
}

bool looksLikeHost(const QString &host) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    return host.size() <= 253 && re.match(host).hasMatch();
}

QString readSecretFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TestCommand::tr("The file %1 could not be read: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.read(64 * 1024);
    const QString secret = QString::fromUtf8(data.split('\n').value(0)).remove(QLatin1Char('\r'));
    if (secret.isEmpty())
        *error = TestCommand::tr("The file %1 is empty.").arg(path);
    return secret;
}

} // namespace

QString TestCommand::usage() {
    return tr(
        "Usage: smtpdesk test --host HOST [--port PORT] [--security none|starttls|tls]\n"
        "         [--user USER] [--password-file FILE | --password-env VAR]\n"
        "         [--auth auto|plain|login|cram-md5|xoauth2|none] [--token-file FILE]\n"
        "         [--from ADDRESS] [--to ADDRESS]… [--vrfy ADDRESS] [--help-cmd] [--send-test-message]\n"
        "         [--stop-after connect|tls|auth|mail|rcpt] [--timeout SECONDS] [--ehlo-name NAME]\n"
        "         [--ca-file FILE] [--trust-fingerprint SHA256] [--allow-plaintext-auth]\n"
        "         [--json] [--transcript] [--lang en|vi|es]\n"
        "\n"
        "Runs the guided SMTP test: connect, greeting, EHLO, STARTTLS or TLS, AUTH and, if asked, MAIL "
        "FROM,\n"
        "RCPT TO, VRFY, HELP and a test message. No mail is sent unless --send-test-message is given.\n"
        "Security defaults from the port: 465 uses TLS, 25 uses STARTTLS when the server offers it,\n"
        "other ports STARTTLS. Passwords are never taken from the command line: use --password-file,\n"
        "--password-env, or type it when asked.\n"
        "\n"
        "Exit status: 0 every step passed (warnings allowed), 2 wrong usage, 3 DNS or connection,\n"
        "4 TLS, 5 greeting, 6 EHLO, 7 AUTH, 8 MAIL FROM, 9 RCPT TO, 10 DATA, 11 other failure.");
}

QString TestCommand::parse(const QStringList &arguments, SmtpConfig *config, bool *json, bool *transcript,
                           CliIo &io) {
    Options options;
    for (int i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && equals > 0) {
            value = arg.mid(equals + 1);
            arg = arg.left(equals);
        }
        if (arg == QLatin1String("--password") || arg == QLatin1String("--token"))
            return tr(
                "Passwords and tokens are never accepted on the command line, where other users and the "
                "shell history could see them. Use --password-file, --password-env or the prompt.");
        if (flagOptions.contains(arg)) {
            options.flags << arg;
            continue;
        }
        if (!valueOptions.contains(arg))
            return tr("Unknown option \"%1\". Run \"smtpdesk test --help\" for the list.")
                .arg(TextSafety::shown(arg));
        if (equals < 0) {
            if (i + 1 >= arguments.size())
                return tr("The option %1 needs a value.").arg(arg);
            value = arguments.at(++i);
        }
        if (value.size() > 4096)
            return tr("The value of %1 is too long.").arg(arg);
        // U+FFFD stands for bytes that were not valid text (or control characters CliRunner replaced).
        if (value.contains(QChar(0xFFFD)))
            return tr("The value of %1 contains characters that are not valid text (invalid UTF-8 or control "
                      "characters). Type it again or check the terminal's character encoding.")
                .arg(arg);
        options.values[arg] << value;
    }
    const auto one = [&](const char *name) {
        return options.values.value(QLatin1String(name)).value(0);
    };
    const auto has = [&](const char *name) {
        return options.values.contains(QLatin1String(name));
    };
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it) {
        if (it.key() != QLatin1String("--to") && it.value().size() > 1)
            return tr("The option %1 is given more than once.").arg(it.key());
    }

    config->host = one("--host").trimmed();
    if (config->host.isEmpty())
        return tr("Give the server with --host, for example --host smtp.example.com.");
    if (!looksLikeHost(config->host))
        return tr("\"%1\" is not a valid server name: use letters, digits, dots and hyphens, or an IP "
                  "address.")
            .arg(TextSafety::shown(config->host));
    if (has("--port")) {
        bool ok = false;
        const int port = one("--port").toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("\"%1\" is not a valid port: use a number from 1 to 65535 (usually 587, 465 or 25).")
                .arg(TextSafety::shown(one("--port"), 20));
        config->port = quint16(port);
    } else {
        config->port = 587;
    }
    const QString security = one("--security").toLower();
    if (security.isEmpty())
        config->security = GuidedTest::defaultSecurity(config->port);
    else if (security == QLatin1String("none"))
        config->security = SmtpConfig::Security::None;
    else if (security == QLatin1String("starttls"))
        config->security = SmtpConfig::Security::StartTls;
    else if (security == QLatin1String("tls") || security == QLatin1String("ssl"))
        config->security = SmtpConfig::Security::ImplicitTls;
    else
        return tr("Unknown security \"%1\": use none, starttls or tls.").arg(TextSafety::shown(security, 20));

    const QHash<QString, SmtpConfig::AuthMechanism> mechanisms{
        {QStringLiteral("auto"), SmtpConfig::AuthMechanism::Auto},
        {QStringLiteral("none"), SmtpConfig::AuthMechanism::None},
        {QStringLiteral("plain"), SmtpConfig::AuthMechanism::Plain},
        {QStringLiteral("login"), SmtpConfig::AuthMechanism::Login},
        {QStringLiteral("cram-md5"), SmtpConfig::AuthMechanism::CramMd5},
        {QStringLiteral("xoauth2"), SmtpConfig::AuthMechanism::XOAuth2}};
    const QString auth = one("--auth").toLower();
    if (!auth.isEmpty() && !mechanisms.contains(auth))
        return tr("Unknown sign-in method \"%1\": use auto, plain, login, cram-md5, xoauth2 or none.")
            .arg(TextSafety::shown(auth, 20));
    config->authMechanism = auth.isEmpty() ? SmtpConfig::AuthMechanism::Auto : mechanisms.value(auth);

    config->user = one("--user");
    if (has("--password-file") && has("--password-env"))
        return tr("Use either --password-file or --password-env, not both.");
    if (has("--token-file") && (has("--password-file") || has("--password-env")))
        return tr("Use either a password or an OAuth token (--token-file), not both.");
    if (has("--token-file") && config->authMechanism != SmtpConfig::AuthMechanism::Auto &&
        config->authMechanism != SmtpConfig::AuthMechanism::XOAuth2)
        return tr("An OAuth token (--token-file) only works with --auth xoauth2.");
    if (config->authMechanism == SmtpConfig::AuthMechanism::None &&
        (!config->user.isEmpty() || has("--password-file") || has("--password-env") || has("--token-file")))
        return tr("--auth none contradicts the sign-in options given.");
    if ((has("--password-file") || has("--password-env") || has("--token-file")) && config->user.isEmpty())
        return tr("A password or token needs a user name: add --user.");

    QString error;
    if (has("--password-file"))
        config->password = readSecretFile(one("--password-file"), &error);
    else if (has("--password-env")) {
        const QByteArray name = one("--password-env").toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return tr("The environment variable %1 is not set.").arg(one("--password-env"));
        config->password = qEnvironmentVariable(name.constData());
    } else if (has("--token-file")) {
        config->token = readSecretFile(one("--token-file"), &error);
        config->authMechanism = SmtpConfig::AuthMechanism::XOAuth2;
    } else if (!config->user.isEmpty() && config->authMechanism != SmtpConfig::AuthMechanism::None) {
        if (!PasswordPrompt::isInteractive())
            return tr("No password given for %1: use --password-file or --password-env (there is no terminal "
                      "to "
                      "ask on).")
                .arg(config->user);
        config->password = PasswordPrompt::ask(tr("Password for %1: ").arg(config->user), io.err);
        if (config->password.isEmpty())
            return tr("No password was typed.");
    }
    if (!error.isEmpty())
        return error;

    config->mailFrom = one("--from");
    config->rcptTo = options.values.value(QStringLiteral("--to"));
    config->vrfy = one("--vrfy");
    for (const QString &address : QStringList{config->mailFrom, config->vrfy} + config->rcptTo) {
        if (!address.isEmpty() && !looksLikeAddress(address))
            return tr("\"%1\" is not an email address: it needs a name, an @ and a domain, like "
                      "ana@example.com.")
                .arg(TextSafety::shown(address, 80));
    }
    if (!config->rcptTo.isEmpty() && config->mailFrom.isEmpty())
        return tr("--to needs a sender too: add --from.");
    config->help = options.flags.contains(QStringLiteral("--help-cmd"));
    config->sendTestMessage = options.flags.contains(QStringLiteral("--send-test-message"));
    if (config->sendTestMessage && (config->mailFrom.isEmpty() || config->rcptTo.isEmpty()))
        return tr("--send-test-message needs --from and at least one --to.");
    config->allowPlaintextAuth = options.flags.contains(QStringLiteral("--allow-plaintext-auth"));
    config->ehloName = one("--ehlo-name");

    const QHash<QString, SmtpConfig::StopAfter> stops{
        {QStringLiteral("connect"), SmtpConfig::StopAfter::Connect},
        {QStringLiteral("tls"), SmtpConfig::StopAfter::Tls},
        {QStringLiteral("auth"), SmtpConfig::StopAfter::Auth},
        {QStringLiteral("mail"), SmtpConfig::StopAfter::Mail},
        {QStringLiteral("rcpt"), SmtpConfig::StopAfter::Rcpt}};
    if (has("--stop-after")) {
        if (!stops.contains(one("--stop-after")))
            return tr("Unknown stop point \"%1\": use connect, tls, auth, mail or rcpt.")
                .arg(TextSafety::shown(one("--stop-after"), 20));
        config->stopAfter = stops.value(one("--stop-after"));
        if ((config->stopAfter == SmtpConfig::StopAfter::Mail ||
             config->stopAfter == SmtpConfig::StopAfter::Rcpt) &&
            config->mailFrom.isEmpty())
            return tr("--stop-after %1 needs --from.").arg(one("--stop-after"));
    }
    if (has("--timeout")) {
        bool ok = false;
        const double seconds = one("--timeout").toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return tr("\"%1\" is not a valid timeout: use a number of seconds from 1 to 600.")
                .arg(TextSafety::shown(one("--timeout"), 20));
        config->stepTimeoutMs = int(seconds * 1000);
        config->runTimeoutMs = qMax(config->runTimeoutMs, config->stepTimeoutMs * 6);
    }
    config->extraCaFile = one("--ca-file");
    config->trustedFingerprintSha256 = one("--trust-fingerprint");
    *json = options.flags.contains(QStringLiteral("--json"));
    *transcript = options.flags.contains(QStringLiteral("--transcript"));
    const QString invalid = config->validate();
    return invalid;
}

int TestCommand::exitStatus(const GuidedTest &test) {
    const GuidedTest::Summary summary = test.summary();
    if (summary.verdict != GuidedStep::Verdict::Fail)
        return CliExit::Ok;
    if (summary.failedStep < 0)
        return Other;
    switch (test.steps().at(summary.failedStep).kind) {
    case GuidedStep::Kind::Resolve:
    case GuidedStep::Kind::Connect:
        return Connect;
    case GuidedStep::Kind::TlsHandshake:
    case GuidedStep::Kind::StartTls:
        return Tls;
    case GuidedStep::Kind::Greeting:
        return Greeting;
    case GuidedStep::Kind::Ehlo:
    case GuidedStep::Kind::EhloAgain:
        return Ehlo;
    case GuidedStep::Kind::Auth:
        return Auth;
    case GuidedStep::Kind::Mail:
        return Mail;
    case GuidedStep::Kind::Rcpt:
        return Rcpt;
    case GuidedStep::Kind::Data:
        return Data;
    case GuidedStep::Kind::Vrfy:
    case GuidedStep::Kind::Help:
    case GuidedStep::Kind::Quit:
        break;
    }
    return Other;
}

int TestCommand::run(const QStringList &arguments, CliIo &io) {
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        io.out << usage() << '\n';
        return CliExit::Ok;
    }
    SmtpConfig config;
    bool json = false;
    bool transcript = false;
    const QString error = parse(arguments, &config, &json, &transcript, io);
    if (!error.isEmpty()) {
        io.err << QStringLiteral("smtpdesk test: ") << error << '\n';
        return CliExit::Usage;
    }
    GuidedTest test(CatalogLoader::builtIn().catalog);
    test.setLanguage(io.language);
    TestReport report(test, io.language);
    if (!json)
        QObject::connect(&test, &GuidedTest::stepChanged, &test,
                         [&](int index) { report.printProgress(index, io.err); });
    QEventLoop loop; // the command line's own loop; the engine itself never nests one
    QObject::connect(&test, &GuidedTest::finished, &loop, &QEventLoop::quit);
    test.start(config);
    config = SmtpConfig(); // the secrets live in the engine's copy only
    if (test.isRunning())
        loop.exec();
    if (json)
        io.out << report.json(transcript);
    else
        io.out << TextSafety::safe(report.summaryText(transcript)); // server text may hold ESC sequences
    return exitStatus(test);
}
