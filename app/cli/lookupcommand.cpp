#include "lookupcommand.h"
#include "text/textsafety.h"

#include "catalog/catalogloader.h"
#include "catalog/entryformatter.h"
#include "catalog/entryjson.h"

#include <QJsonDocument>

int LookupCommand::terminalWidth() {
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= 40 ? qMin(columns, 120) : 80;
}

int LookupCommand::run(const QStringList &arguments, CliIo &io) {
    bool json = false;
    QStringList codes;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out << tr("Usage: smtpdesk lookup CODE [--json] [--lang en|vi|es]") << '\n'
                   << tr("Explains a reply code: a basic code such as 535, an enhanced code such as 5.7.8, "
                         "a class such as 5.X.X or a subject such as X.7.X.")
                   << '\n';
            return CliExit::Ok;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            io.err << tr("smtpdesk lookup: unknown option \"%1\".").arg(TextSafety::shown(arg)) << '\n';
            return CliExit::Usage;
        } else {
            codes << arg;
        }
    }
    if (codes.size() != 1) {
        io.err << tr("smtpdesk lookup: give exactly one code, for example: smtpdesk lookup 535") << '\n';
        return CliExit::Usage;
    }

    const CatalogLoader::Result &catalog = CatalogLoader::builtIn();
    if (!catalog.ok()) {
        io.err << tr("The built-in code catalog is damaged; please report this problem:") << '\n';
        for (const CatalogLoader::Problem &problem : catalog.problems)
            io.err << "  " << problem.toString() << '\n';
        return CliExit::NotFound;
    }

    const QString input = codes.first().left(64);
    const Catalog::Lookup lookup = catalog.catalog.lookup(input);
    switch (lookup.status) {
    case Catalog::Lookup::Status::Invalid:
        io.err << tr("\"%1\" is not an SMTP reply code. Write a three-digit code such as 535 or an enhanced "
                     "code such as 5.7.8.")
                      .arg(TextSafety::shown(input))
               << '\n';
        return CliExit::Usage;
    case Catalog::Lookup::Status::Unknown:
        io.err << tr("%1 is not a code SMTP Desk knows.").arg(lookup.code) << '\n';
        if (!lookup.nearest.isEmpty())
            io.err << tr("Nearest known codes: %1").arg(lookup.nearest.join(QStringLiteral(", "))) << '\n';
        return CliExit::Usage;
    case Catalog::Lookup::Status::Found:
    case Catalog::Lookup::Status::Fallback:
        break;
    }
    if (json)
        io.out << QJsonDocument(EntryJson::lookup(lookup, io.language)).toJson(QJsonDocument::Indented);
    else
        io.out << EntryFormatter(io.language, terminalWidth()).format(lookup);
    return CliExit::Ok;
}
