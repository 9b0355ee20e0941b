#pragma once

#include "cliio.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

// Dispatches `smtpdesk COMMAND …` to its subcommand. Runs under QCoreApplication: no display needed.
class CliRunner final {
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    using Handler = std::function<int(const QStringList &arguments, CliIo &io)>;
    struct Command {
        QString name;
        QString synopsis;    // "lookup CODE"
        const char *summary; // QT_TRANSLATE_NOOP("CliRunner", …), translated when shown
        Handler handler;
    };

    CliRunner(QTextStream &out, QTextStream &err, QString language);

    // True when the arguments ask for the command-line face (a subcommand, --help, --version)
    // rather than the window. Qt's own GUI options (-platform, -style …) keep the window.
    static bool isCliInvocation(const QStringList &arguments);
    // arguments as from QCoreApplication::arguments(): the program name first.
    int run(const QStringList &arguments);

    static QList<Command> commands();

private:
    void printUsage(QTextStream &stream) const;

    CliIo m_io;
};
