#include "clirunner.h"
#include "text/textsafety.h"

#include "comparecommand.h"
#include "democommand.h"
#include "explaincommand.h"
#include "lookupcommand.h"
#include "smtpdesk_version.h"
#include "testcommand.h"

namespace {

// --lang X is understood everywhere and removed before dispatch.
QStringList withoutLanguageOption(const QStringList &arguments) {
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            continue;
        rest << arguments.at(i);
    }
    return rest;
}

bool isHelp(const QString &arg) {
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

bool isVersion(const QString &arg) {
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QString language)
    : m_io{out, err, std::move(language)} {}

QList<CliRunner::Command> CliRunner::commands() {
    // Each subcommand lives in its own file; later features add theirs here.
    return {
        {QStringLiteral("lookup"), QStringLiteral("lookup CODE [--json]"),
         QT_TRANSLATE_NOOP("CliRunner", "Explain a reply code (535, 5.7.8, 5.X.X, X.7.X)."),
         &LookupCommand::run},
        {QStringLiteral("compare"), QStringLiteral("compare CODE CODE"),
         QT_TRANSLATE_NOOP("CliRunner", "Show two codes side by side and how they differ."),
         &CompareCommand::run},
        {QStringLiteral("explain"), QStringLiteral("explain TEXT|- [--json]"),
         QT_TRANSLATE_NOOP("CliRunner", "Find and explain the reply codes in an error message or a bounce."),
         &ExplainCommand::run},
        {QStringLiteral("test"), QStringLiteral("test --host HOST [OPTIONS]"),
         QT_TRANSLATE_NOOP("CliRunner", "Test a mail server step by step (run \"smtpdesk test --help\")."),
         &TestCommand::run},
        {QStringLiteral("demo-server"), QStringLiteral("demo-server [OPTIONS]"),
         QT_TRANSLATE_NOOP("CliRunner",
                           "Run a demo SMTP server on this computer for training (\"--list\" shows "
                           "its scenarios)."),
         &DemoCommand::run},
    };
}

bool CliRunner::isCliInvocation(const QStringList &arguments) {
    const QStringList rest = withoutLanguageOption(arguments.mid(1));
    if (rest.isEmpty())
        return false;
    const QString &first = rest.first();
    return isHelp(first) || isVersion(first) || !first.startsWith(QLatin1Char('-'));
}

int CliRunner::run(const QStringList &rawArguments) {
    // No argument may carry terminal control sequences into what the commands print.
    QStringList arguments;
    arguments.reserve(rawArguments.size());
    for (const QString &argument : rawArguments)
        arguments << TextSafety::safe(argument);
    const QStringList rest = withoutLanguageOption(arguments.mid(1));
    if (rest.isEmpty() || isHelp(rest.first())) {
        printUsage(m_io.out);
        return rest.isEmpty() ? CliExit::Usage : CliExit::Ok;
    }
    if (isVersion(rest.first())) {
        m_io.out << QStringLiteral("smtpdesk %1\n").arg(QStringLiteral(SMTPDESK_VERSION));
        return CliExit::Ok;
    }
    for (const Command &command : commands()) {
        if (command.name == rest.first())
            return command.handler(rest.mid(1), m_io);
    }
    m_io.err << tr("smtpdesk: unknown command \"%1\".").arg(TextSafety::shown(rest.first())) << '\n'
             << tr("Run \"smtpdesk --help\" to see the available commands.") << '\n';
    return CliExit::Usage;
}

void CliRunner::printUsage(QTextStream &stream) const {
    stream << tr("SMTP Desk %1 — explains SMTP reply codes and tests mail server connections.")
                  .arg(QStringLiteral(SMTPDESK_VERSION))
           << "\n\n"
           << tr("Usage: smtpdesk [--lang en|vi|es] [COMMAND [ARGUMENTS…]]") << "\n"
           << tr("Without a command, SMTP Desk opens its window.") << "\n\n";
    const QList<Command> all = commands();
    if (!all.isEmpty()) {
        stream << tr("Commands:") << '\n';
        for (const Command &command : all)
            stream << "  " << command.synopsis.leftJustified(26) << ' ' << tr(command.summary) << '\n';
        stream << '\n';
    }
    stream << tr("Options:") << '\n'
           << "  " << QStringLiteral("-h, --help").leftJustified(26) << ' ' << tr("Show this help and exit.")
           << '\n'
           << "  " << QStringLiteral("-v, --version").leftJustified(26) << ' '
           << tr("Show the version and exit.") << '\n'
           << "  " << QStringLiteral("--lang en|vi|es").leftJustified(26) << ' '
           << tr("Language of the output (default: the system language).") << "\n\n"
           << tr("Exit status: 0 success, 1 nothing found, 2 wrong usage.") << '\n';
}
