#pragma once

#include "cliio.h"

#include <QCoreApplication>
#include <QStringList>

// `smtpdesk lookup CODE [--json]`: prints a catalog entry, or the class + subject fallback for an
// unregistered enhanced code. Unknown or malformed codes exit 2 with the nearest known codes.
class LookupCommand {
    Q_DECLARE_TR_FUNCTIONS(LookupCommand)

public:
    static int run(const QStringList &arguments, CliIo &io);
    static int terminalWidth();
};
