#pragma once

#include "catalog/comparison.h"

#include <QCoreApplication>
#include <QPalette>

// Renders a comparison as HTML: lead, the two sides in two columns (stacked when narrow), key differences,
// when to use which and an example. Used by the Compare view and "Save as HTML".
class ComparisonHtml {
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtml)

public:
    explicit ComparisonHtml(const QPalette &palette);

    QString page(const Comparison::Result &result, bool twoColumns) const;
    // A standalone document (UTF-8, lang attribute) for saving to a file.
    QString document(const Comparison::Result &result, const QString &language) const;

private:
    QString body(const Comparison::Result &result, bool twoColumns) const;
    QString sideCell(const Comparison::Side &side) const;
    QString style() const;

    QPalette m_palette;
};
