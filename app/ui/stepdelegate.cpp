#include "stepdelegate.h"

#include "smtp/guidedstep.h"
#include "steplistmodel.h"

#include <QIcon>
#include <QPainter>

namespace {
constexpr int margin = 6;
constexpr int iconSize = 20;
} // namespace

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 40, margin * 2 + metrics.height() * 2 + 2};
}

void StepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    const QRect inner = option.rect.adjusted(margin, margin, -margin, -margin);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull())
        icon.paint(painter, QRect(inner.left(), inner.top(), iconSize, iconSize));
    const QFontMetrics metrics(option.font);
    const int left = inner.left() + iconSize + margin;
    const auto verdict = GuidedStep::Verdict(index.data(StepListModel::VerdictRole).toInt());
    QString duration;
    if (verdict != GuidedStep::Verdict::Pending && verdict != GuidedStep::Verdict::Skipped)
        duration = tr("%1 ms").arg(index.data(StepListModel::DurationRole).toLongLong());
    const int durationWidth = metrics.horizontalAdvance(duration) + margin;
    QFont bold = option.font;
    bold.setBold(verdict == GuidedStep::Verdict::Fail || verdict == GuidedStep::Verdict::Running);
    painter->setFont(bold);
    painter->setPen(
        verdict == GuidedStep::Verdict::Pending || verdict == GuidedStep::Verdict::Skipped ? muted : text);
    const QRect titleRect(left, inner.top(), inner.right() - left - durationWidth, metrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(inner.right() - durationWidth, inner.top(), durationWidth, metrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, duration);
    const QRect second(left, inner.top() + metrics.height() + 2, inner.right() - left, metrics.height());
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(StepListModel::ExplanationRole).toString(),
                                         Qt::ElideRight, second.width()));
    painter->restore();
}
