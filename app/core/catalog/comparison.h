#pragma once

#include "catalog.h"
#include "curatedcomparisons.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Two codes side by side, in one language: a lead paragraph, each side's meaning / when you see it / how to
// fix, numbered key differences and when to use which. Curated pairs add hand-written points; every other
// pair is generated from the catalog's structured fields, so no section is ever empty.
class Comparison {
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    struct Side {
        QString code; // as shown: "535", "5.7.8"
        QString title;
        QString classWords; // "a 5xx permanent negative reply"
        QString meaning;
        QString whenYouSeeIt;
        QStringList howToFix;
        const ReplyCode *entry =
            nullptr; // the entry the texts come from (subject entry for unregistered codes)
        int classDigit = 0;
    };

    struct Result {
        QString error; // non-empty when a code is unknown: what is wrong and what to do
        Side a;
        Side b;
        QString lead;
        QStringList differences;
        QString whenA;
        QString whenB;
        QStringList example;
        bool curated = false;

        bool isValid() const { return error.isEmpty(); }
    };

    Comparison(const Catalog &catalog, const CuratedComparisons &curated);

    Result compare(const QString &a, const QString &b, const QString &language) const;
    // Plain text of a result, for the terminal and "Copy as text".
    static QString toText(const Result &result, int width = 80);

private:
    bool side(const QString &code, const QString &language, Side *side, QString *error) const;
    QStringList generatedDifferences(const Side &a, const Side &b, bool partners) const;
    static QString whoActs(const Side &side);
    static QString whenToUse(const Side &side, const QString &language);
    static QString stageList(const ReplyCode &code);

    const Catalog &m_catalog;
    const CuratedComparisons &m_curated;
};
