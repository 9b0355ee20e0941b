#pragma once

#include "catalogloader.h"

#include <QList>
#include <QStringList>

// The content rules of the catalog, beyond what the loader checks: well-formed codes, stages and RFC
// references, no duplicates, every related/paired code known, required coverage, and real translations
// (vi/es texts differ from English; Vietnamese texts carry Vietnamese letters).
class CatalogValidator {
public:
    using Problem = CatalogLoader::Problem;

    static QList<Problem> validate(const Catalog &catalog, const QStringList &requiredCodes = {});
    // True when the text holds at least one letter only Vietnamese uses (ă, ơ, ư, đ, tone marks …).
    static bool hasVietnameseLetters(const QString &text);
};
