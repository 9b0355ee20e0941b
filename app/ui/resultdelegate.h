#pragma once

#include <QStyledItemDelegate>

class SearchResultsModel;

// Paints a search result: the code, its title and a one-line summary, with the query's words highlighted
// (accent-insensitively), and a group heading above the first row of each browse group.
class ResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ResultDelegate(const SearchResultsModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Ranges [start, length) of `text` matching any folded term, for highlighting (also used by tests).
    static QList<QPair<int, int>> matches(const QString &text, const QStringList &foldedTerms);

private:
    const SearchResultsModel &m_model;
};
