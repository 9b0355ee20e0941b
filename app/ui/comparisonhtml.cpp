#include "comparisonhtml.h"

#include "entryhtml.h"

ComparisonHtml::ComparisonHtml(const QPalette &palette)
    : m_palette(palette) {}

QString ComparisonHtml::style() const {
    return QStringLiteral("<style>"
                          "h1 { font-size: x-large; } h2 { font-size: large; color: %1; margin-top: 18px; }"
                          "h3 { font-size: medium; margin-bottom: 2px; } .lead { font-size: medium; }"
                          "td { vertical-align: top; padding: 6px; } .facts { color: %2; }"
                          "pre { background-color: %3; padding: 6px; }"
                          "</style>")
        .arg(m_palette.color(QPalette::Link).name(), m_palette.color(QPalette::PlaceholderText).name(),
             m_palette.color(QPalette::AlternateBase).name());
}

QString ComparisonHtml::sideCell(const Comparison::Side &side) const {
    QString html =
        QStringLiteral("<h2>%1 — %2</h2><p class=\"facts\">%3</p>")
            .arg(side.code.toHtmlEscaped(), side.title.toHtmlEscaped(), side.classWords.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>%2")
                .arg(tr("Meaning").toHtmlEscaped(), EntryHtml::paragraphs(side.meaning));
    html += QStringLiteral("<h3>%1</h3>%2")
                .arg(tr("When you see it").toHtmlEscaped(), EntryHtml::paragraphs(side.whenYouSeeIt));
    QString steps;
    for (const QString &step : side.howToFix)
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ol>%2</ol>").arg(tr("How to fix").toHtmlEscaped(), steps);
    return html;
}

QString ComparisonHtml::body(const Comparison::Result &result, bool twoColumns) const {
    if (!result.isValid())
        return QStringLiteral("<p>%1</p>").arg(result.error.toHtmlEscaped());
    //: %1 and %2 are reply codes
    QString html = QStringLiteral("<h1>%1</h1><p class=\"lead\">%2</p>")
                       .arg(tr("%1 compared with %2").arg(result.a.code, result.b.code).toHtmlEscaped(),
                            result.lead.toHtmlEscaped());
    if (twoColumns)
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"50%\">%1</td>"
                               "<td width=\"50%\">%2</td></tr></table>")
                    .arg(sideCell(result.a), sideCell(result.b));
    else
        html += sideCell(result.a) + sideCell(result.b);

    QString differences;
    for (const QString &point : result.differences)
        differences += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><ol>%2</ol>").arg(tr("Key differences").toHtmlEscaped(), differences);
    html +=
        QStringLiteral("<h2>%1</h2><p><b>%2</b> %3</p><p><b>%4</b> %5</p>")
            .arg(tr("When to use which").toHtmlEscaped(), result.a.code.toHtmlEscaped(),
                 result.whenA.toHtmlEscaped(), result.b.code.toHtmlEscaped(), result.whenB.toHtmlEscaped());
    if (!result.example.isEmpty())
        html +=
            QStringLiteral("<h2>%1</h2><pre>%2</pre>")
                .arg(tr("Example").toHtmlEscaped(), result.example.join(QLatin1Char('\n')).toHtmlEscaped());
    return html;
}

QString ComparisonHtml::page(const Comparison::Result &result, bool twoColumns) const {
    return QStringLiteral("<html><head>%1</head><body>%2</body></html>")
        .arg(style(), body(result, twoColumns));
}

QString ComparisonHtml::document(const Comparison::Result &result, const QString &language) const {
    const QString title =
        result.isValid() ? tr("%1 compared with %2").arg(result.a.code, result.b.code) : tr("Comparison");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>%3"
               "</head><body>%4</body></html>\n")
        .arg(language, title.toHtmlEscaped(), style(), body(result, true));
}
