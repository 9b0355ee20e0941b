#pragma once

#include "catalogloader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Hand-written comparisons of commonly confused pairs (resources/catalog/comparisons.json): key differences
// and when-to-use texts per language, plus an optional example exchange. Looked up in either order.
class CuratedComparisons {
public:
    struct Text {
        QString lead;
        QStringList differences;
        QString whenA;
        QString whenB;
    };
    struct Pair {
        QString a;
        QString b;
        QStringList example; // "C: …" / "S: …" lines, protocol text kept as sent
        QHash<QString, Text> texts;
    };

    const QList<Pair> &pairs() const { return m_pairs; }
    // The curated pair for these codes (normalised, either order); `swapped` tells whether a/b are reversed.
    const Pair *find(const QString &a, const QString &b, bool *swapped) const;

    static CuratedComparisons load(const QString &location, const QStringList &languages,
                                   QList<CatalogLoader::Problem> *problems);
    // The shipped comparisons, loaded once; problems are empty when the data file is sound.
    static const CuratedComparisons &builtIn(const QList<CatalogLoader::Problem> **problems = nullptr);

private:
    QList<Pair> m_pairs;
};
