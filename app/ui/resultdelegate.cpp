#include "resultdelegate.h"

#include "catalog/textfold.h"
#include "searchresultsmodel.h"
#include "searchroles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

constexpr int margin = 6;
constexpr int codeWidthChars = 8;

QFont smallerFont(const QFont &base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

void drawText(QPainter *painter, const QRect &rect, const QString &fullText, const QFont &font,
              const QColor &color, const QStringList &terms, const QColor &highlight) {
    const QString text = QFontMetrics(font).elidedText(fullText, Qt::ElideRight, rect.width());
    QTextLayout layout(text, font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : ResultDelegate::matches(text, terms)) {
        QTextCharFormat format;
        format.setBackground(highlight);
        format.setFontWeight(QFont::DemiBold);
        formats.append({start, length, format});
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width() + 100); // already elided: keep it on one line
    layout.endLayout();
    painter->setPen(color);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
}

} // namespace

ResultDelegate::ResultDelegate(const SearchResultsModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model) {}

QList<QPair<int, int>> ResultDelegate::matches(const QString &text, const QStringList &foldedTerms) {
    QList<QPair<int, int>> ranges;
    const QString folded = TextFold::foldSameLength(text);
    for (const QString &term : foldedTerms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size())) {
            // Words match from their start, as in the search itself.
            if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
                ranges.append({int(at), int(term.size())});
        }
    }
    return ranges;
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const QFontMetrics title(option.font);
    const QFontMetrics summary(smallerFont(option.font));
    int height = margin * 2 + title.height() + summary.height() + 2;
    if (index.data(SearchRoles::GroupStart).toBool())
        height += title.height() + margin * 2;
    return {title.averageCharWidth() * 40, height};
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const {
    painter->save();
    QRect rect = option.rect;
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);

    if (index.data(SearchRoles::GroupStart).toBool()) {
        const QRect heading(rect.left(), rect.top(), rect.width(), metrics.height() + margin * 2);
        painter->fillRect(heading, palette.color(QPalette::AlternateBase));
        QFont bold = smallerFont(option.font);
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(heading.adjusted(margin, 0, -margin, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(index.data(SearchRoles::GroupLabel).toString(),
                                                        Qt::ElideRight, heading.width() - 2 * margin));
        rect.setTop(heading.bottom() + 1);
    }

    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(rect, palette.color(QPalette::Highlight));
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    QColor highlight = palette.color(QPalette::Highlight);
    highlight.setAlphaF(selected ? 0.0f : 0.25f);

    const QStringList terms = m_model.highlightTerms();
    const int codeWidth = metrics.averageCharWidth() * codeWidthChars;
    const QRect inner = rect.adjusted(margin, margin, -margin, -margin);
    const QRect firstLine(inner.left(), inner.top(), inner.width(), metrics.height());
    QFont codeFont = option.font;
    codeFont.setBold(true);
    drawText(painter, firstLine.adjusted(0, 0, -(inner.width() - codeWidth), 0),
             index.data(SearchRoles::Code).toString(), codeFont, text, terms, highlight);
    drawText(painter, firstLine.adjusted(codeWidth, 0, 0, 0), index.data(SearchRoles::Title).toString(),
             option.font, text, terms, highlight);
    const QFont small = smallerFont(option.font);
    const QRect secondLine(inner.left() + codeWidth, firstLine.bottom() + 2, inner.width() - codeWidth,
                           QFontMetrics(small).height());
    drawText(painter, secondLine, index.data(SearchRoles::Summary).toString(), small, muted, terms,
             highlight);

    if (option.state & QStyle::State_HasFocus && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}
