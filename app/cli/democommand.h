#pragma once

#include "cliio.h"

#include <QCoreApplication>
#include <QStringList>

struct SmtpConfig;

// `smtpdesk demo-server [--scenario NAME] [--port PORT] [--list]`: runs the built-in demo SMTP server on
// 127.0.0.1 for training, prints where it listens, how to trust its certificate and the `smtpdesk test`
// command line that tries the scenario, then serves until Ctrl+C or SIGTERM (exit 0).
class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    // Besides CliExit::Ok and CliExit::Usage.
    enum Exit { CannotListen = 1 };

    static int run(const QStringList &arguments, CliIo &io);
    static QString usage();
    // The environment variable the suggested command line reads the demo password from.
    static QString passwordVariable() { return QStringLiteral("SMTPDESK_DEMO_PASSWORD"); }
    // A shell command line that runs `smtpdesk test` with config: the password through
    // passwordVariable(), never as an argument.
    static QString testCommandLine(const SmtpConfig &config);
};
