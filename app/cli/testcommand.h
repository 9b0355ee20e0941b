#pragma once

#include "cliio.h"

#include <QCoreApplication>
#include <QStringList>

struct SmtpConfig;
class GuidedTest;

// `smtpdesk test --host H …`: the guided test on the command line, with the same steps, verdicts and advice
// as the window, a summary, an optional redacted transcript, JSON for scripts and an exit status per failing
// stage. Passwords never come from the command line itself: a file, an environment variable or a prompt.
class TestCommand {
    Q_DECLARE_TR_FUNCTIONS(TestCommand)

public:
    // Exit statuses besides CliExit::Ok and CliExit::Usage: the stage that failed.
    enum Exit {
        Connect = 3,
        Tls = 4,
        Greeting = 5,
        Ehlo = 6,
        Auth = 7,
        Mail = 8,
        Rcpt = 9,
        Data = 10,
        Other = 11
    };

    static int run(const QStringList &arguments, CliIo &io);
    static QString usage();
    // Reads the arguments into a configuration; returns an error message (and exit 2) when they are wrong.
    static QString parse(const QStringList &arguments, SmtpConfig *config, bool *json, bool *transcript,
                         CliIo &io);
    static int exitStatus(const GuidedTest &test);
};
