#pragma once

#include <QString>
#include <QTextStream>

// What a subcommand gets: where to write, and the language its output is in.
struct CliIo {
    QTextStream &out;
    QTextStream &err;
    QString language;
};

// Exit statuses shared by every subcommand (documented in --help and README).
namespace CliExit {
constexpr int Ok = 0;
constexpr int NotFound = 1; // the command ran but found nothing (unknown code text, no code in a reply)
constexpr int Usage = 2;    // bad arguments: nothing was done
} // namespace CliExit
