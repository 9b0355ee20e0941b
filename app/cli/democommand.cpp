#include "democommand.h"
#include "text/textsafety.h"

#include "signalwatcher.h"
#include "smtp/demoscenario.h"
#include "smtp/demoserver.h"
#include "smtp/demosession.h"
#include "smtp/smtpconfig.h"

#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>

namespace {

// Leaves plain words alone and single-quotes the rest, so the line can be pasted into a POSIX shell.
QString shellQuoted(const QString &argument) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString securityOption(SmtpConfig::Security security) {
    switch (security) {
    case SmtpConfig::Security::None:
        return QStringLiteral("none");
    case SmtpConfig::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpConfig::Security::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpConfig::Security::StartTlsIfOffered:
        return QStringLiteral("starttls-if-offered");
    }
    return {};
}

QString authOption(SmtpConfig::AuthMechanism mechanism) {
    switch (mechanism) {
    case SmtpConfig::AuthMechanism::Auto:
        return {};
    case SmtpConfig::AuthMechanism::None:
        return QStringLiteral("none");
    case SmtpConfig::AuthMechanism::Plain:
        return QStringLiteral("plain");
    case SmtpConfig::AuthMechanism::Login:
        return QStringLiteral("login");
    case SmtpConfig::AuthMechanism::CramMd5:
        return QStringLiteral("cram-md5");
    case SmtpConfig::AuthMechanism::XOAuth2:
        return QStringLiteral("xoauth2");
    }
    return {};
}

// "--port 2525" and "--port=2525" alike; *value empty and false when the value is missing.
bool takeValue(const QStringList &arguments, int *i, const QString &name, QString *value) {
    const QString &arg = arguments.at(*i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (*i + 1 >= arguments.size())
        return false;
    *value = arguments.at(++*i);
    return true;
}

} // namespace

QString DemoCommand::usage() {
    return tr(
        "Usage: smtpdesk demo-server [--scenario NAME] [--port PORT] [--list] [--lang en|vi|es]\n"
        "\n"
        "Runs SMTP Desk's demo SMTP server for training. It listens on 127.0.0.1 only, so only this\n"
        "computer can reach it, and plays one scenario: a healthy server or a particular failure. It prints\n"
        "the \"smtpdesk test\" command that tries the scenario and serves until you press Ctrl+C.\n"
        "\n"
        "  --scenario NAME  the scenario to play (default: healthy)\n"
        "  --port PORT      the port to listen on (default: 0, any free port)\n"
        "  --list           list the scenarios and exit\n"
        "\n"
        "Exit status: 0 stopped normally, 1 the port could not be opened, 2 wrong usage.");
}

QString DemoCommand::testCommandLine(const SmtpConfig &config) {
    QStringList words{QStringLiteral("smtpdesk"),   QStringLiteral("test"),
                      QStringLiteral("--host"),     config.host,
                      QStringLiteral("--port"),     QString::number(config.port),
                      QStringLiteral("--security"), securityOption(config.security)};
    if (!config.user.isEmpty())
        words << QStringLiteral("--user") << config.user << QStringLiteral("--password-env")
              << passwordVariable();
    if (!authOption(config.authMechanism).isEmpty())
        words << QStringLiteral("--auth") << authOption(config.authMechanism);
    if (config.allowPlaintextAuth)
        words << QStringLiteral("--allow-plaintext-auth");
    if (!config.mailFrom.isEmpty())
        words << QStringLiteral("--from") << config.mailFrom;
    for (const QString &recipient : config.rcptTo)
        words << QStringLiteral("--to") << recipient;
    if (!config.vrfy.isEmpty())
        words << QStringLiteral("--vrfy") << config.vrfy;
    if (config.help)
        words << QStringLiteral("--help-cmd");
    if (config.sendTestMessage)
        words << QStringLiteral("--send-test-message");
    if (config.stepTimeoutMs != SmtpConfig().stepTimeoutMs)
        words << QStringLiteral("--timeout") << QString::number(qMax(1, config.stepTimeoutMs / 1000));
    if (!config.extraCaFile.isEmpty())
        words << QStringLiteral("--ca-file") << QDir::toNativeSeparators(config.extraCaFile);
    if (!config.trustedFingerprintSha256.isEmpty())
        words << QStringLiteral("--trust-fingerprint") << config.trustedFingerprintSha256;

    QStringList quoted;
    if (!config.user.isEmpty())
        quoted << passwordVariable() + QLatin1Char('=') + shellQuoted(config.password);
    for (const QString &word : words)
        quoted << shellQuoted(word);
    return quoted.join(QLatin1Char(' '));
}

int DemoCommand::run(const QStringList &arguments, CliIo &io) {
    QString scenarioName = DemoScenario(DemoScenario::Id::Healthy).name();
    QString portText = QStringLiteral("0");
    bool list = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out << usage() << '\n';
            return CliExit::Ok;
        }
        if (arg == QLatin1String("--list")) {
            list = true;
        } else if (arg == QLatin1String("--scenario") || arg.startsWith(QLatin1String("--scenario="))) {
            if (!takeValue(arguments, &i, QStringLiteral("--scenario"), &scenarioName)) {
                io.err << tr("smtpdesk demo-server: --scenario needs a name; --list shows them.") << '\n';
                return CliExit::Usage;
            }
        } else if (arg == QLatin1String("--port") || arg.startsWith(QLatin1String("--port="))) {
            if (!takeValue(arguments, &i, QStringLiteral("--port"), &portText)) {
                io.err << tr("smtpdesk demo-server: --port needs a number.") << '\n';
                return CliExit::Usage;
            }
        } else {
            io.err << tr("smtpdesk demo-server: unknown option \"%1\". Run \"smtpdesk demo-server --help\".")
                          .arg(TextSafety::shown(arg))
                   << '\n';
            return CliExit::Usage;
        }
    }

    if (list) {
        io.out << tr("Demo scenarios:") << '\n';
        for (const DemoScenario &scenario : DemoScenario::all())
            io.out << "  " << scenario.name().leftJustified(36) << ' ' << scenario.title() << '\n';
        return CliExit::Ok;
    }

    const std::optional<DemoScenario> scenario = DemoScenario::fromName(scenarioName);
    if (!scenario) {
        io.err
            << tr("smtpdesk demo-server: unknown scenario \"%1\". Run \"smtpdesk demo-server --list\" to see "
                  "them.")
                   .arg(TextSafety::shown(scenarioName))
            << '\n';
        return CliExit::Usage;
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        io.err
            << tr("smtpdesk demo-server: \"%1\" is not a valid port: use a number from 1 to 65535, or 0 for "
                  "any free port.")
                   .arg(TextSafety::shown(portText, 20))
            << '\n';
        return CliExit::Usage;
    }

    DemoServer server(*scenario);
    if (!server.start(quint16(port))) {
        io.err << tr("smtpdesk demo-server: cannot listen on 127.0.0.1 port %1: %2")
                      .arg(port)
                      .arg(server.errorString())
               << '\n';
        return CannotListen;
    }
    // Before anything is printed: whoever reads "Press Ctrl+C" may press it, or send SIGTERM, at once.
    SignalWatcher watcher;
    const SmtpConfig suggested = server.suggestedConfig();
    io.out << tr("SMTP Desk demo server — training only, reachable from this computer only.") << '\n'
           << tr("Scenario: %1 (%2)").arg(scenario->title(), scenario->name()) << '\n'
           << "  " << scenario->description() << '\n'
           << tr("Listening on %1:%2").arg(server.serverAddress().toString()).arg(server.serverPort()) << '\n'
           << tr("Certificate SHA-256 fingerprint: %1").arg(server.fingerprintSha256()) << '\n';
    if (!suggested.extraCaFile.isEmpty())
        io.out << tr("Certificate as a CA file, for --ca-file: %1")
                      .arg(QDir::toNativeSeparators(suggested.extraCaFile))
               << '\n';
    io.out << '\n'
           << tr("Try it from another terminal:") << '\n'
           << "  " << testCommandLine(suggested) << "\n\n"
           << tr("Press Ctrl+C to stop.") << '\n';
    io.out.flush();

    QObject::connect(&server, &DemoServer::sessionOpened, &server, [&io](DemoSession *session) {
        io.out << tr("Session %1 opened from %2.").arg(session->number()).arg(session->peer()) << '\n';
        io.out.flush();
    });
    QObject::connect(&server, &DemoServer::sessionClosed, &server, [&io](DemoSession *session) {
        io.out << tr("Session %1 closed: %2.")
                      .arg(session->number())
                      .arg(DemoSession::describe(session->closeReason()))
               << '\n';
        io.out.flush();
    });

    QEventLoop loop; // the command line's own loop; the server itself never nests one
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &loop, &QEventLoop::quit);
    loop.exec();
    server.stop();
    io.out << tr("Demo server stopped.") << '\n';
    io.out.flush();
    return CliExit::Ok;
}
