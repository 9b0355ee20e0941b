#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reads the catalog data: `codes.json` (language-independent facts) and one `<lang>.json` per language,
// from a folder or a resource prefix (":/catalog"). Never crashes on bad data: every defect becomes a
// Problem naming the file and the entry, and the entries that could be read are still returned.
class CatalogLoader {
public:
    struct Problem {
        QString file;
        QString entry; // code, or empty for a whole-file problem
        QString message;

        QString toString() const;
    };

    struct Result {
        Catalog catalog;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static QString defaultLocation() { return QStringLiteral(":/catalog"); }
    static Result load(const QString &location, const QStringList &languages);
    // The built-in catalog in the languages SMTP Desk ships, loaded once and shared (read-only).
    static const Result &builtIn();
};
