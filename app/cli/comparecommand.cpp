#include "comparecommand.h"
#include "text/textsafety.h"

#include "catalog/catalogloader.h"
#include "catalog/comparison.h"
#include "lookupcommand.h"

int CompareCommand::run(const QStringList &arguments, CliIo &io) {
    QStringList codes;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out
                << tr("Usage: smtpdesk compare CODE CODE [--lang en|vi|es]") << '\n'
                << tr("Shows two reply codes side by side: what each means, when you see it, how to fix it, "
                      "the key differences and when to use which.")
                << '\n';
            return CliExit::Ok;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !arg.at(1).isDigit()) {
            io.err << tr("smtpdesk compare: unknown option \"%1\".").arg(TextSafety::shown(arg, 40)) << '\n';
            return CliExit::Usage;
        }
        codes << arg;
    }
    if (codes.size() != 2) {
        io.err << tr("smtpdesk compare: give two codes, for example: smtpdesk compare 530 535") << '\n';
        return CliExit::Usage;
    }
    const Comparison comparison(CatalogLoader::builtIn().catalog, CuratedComparisons::builtIn());
    const Comparison::Result result =
        comparison.compare(codes.at(0).left(64), codes.at(1).left(64), io.language);
    if (!result.isValid()) {
        io.err << result.error << '\n'; // quotes the codes as typed, made harmless by Comparison
        return CliExit::Usage;
    }
    io.out << Comparison::toText(result, LookupCommand::terminalWidth());
    return CliExit::Ok;
}
