#pragma once

#include "catalog/replydecoder.h"
#include "cliio.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `smtpdesk explain "TEXT" [--json]`, or the text on standard input: finds the reply codes in an error
// message, log or bounce with ReplyDecoder and explains each one. Exit 0 when a code was found, 1 when none
// was, 2 on wrong usage (including no text while standard input is a terminal).
class ExplainCommand {
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    // Standard input is read up to this size and no further, so an endless pipe cannot hang the command.
    static constexpr qsizetype MaxInputBytes = 4 * 1024 * 1024;

    static int run(const QStringList &arguments, CliIo &io);

    // The report in `language`, wrapped to `width` columns; `scanLimit` is the decoder's, for the
    // "only the first … KiB" note.
    static QString format(const ReplyDecoder::Result &result, const QString &language, int width,
                          qsizetype scanLimit);
    static QJsonObject toJson(const ReplyDecoder::Result &result, const QString &language);

private:
    static void printUsage(QTextStream &stream);
    static QByteArray readStandardInput(bool *truncated);
};
