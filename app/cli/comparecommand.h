#pragma once

#include "cliio.h"

#include <QCoreApplication>
#include <QStringList>

// `smtpdesk compare A B`: the Compare view's sections as terminal text.
class CompareCommand {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    static int run(const QStringList &arguments, CliIo &io);
};
