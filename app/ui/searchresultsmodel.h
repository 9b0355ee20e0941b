#pragma once

#include "catalog/catalogsearch.h"

#include <QAbstractListModel>
#include <QStringList>

// The result list of the Codes view: CatalogSearch hits for the current query and language.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    explicit SearchResultsModel(const CatalogSearch &search, QObject *parent = nullptr);

    void setQuery(const QString &query, const QString &language);
    // Re-reads titles and group labels after a language switch (models get no LanguageChange event).
    void setLanguage(const QString &language);
    // Shows exactly these hits (for codes decoded from a pasted reply).
    void setHits(const QList<CatalogSearch::Hit> &hits, const QStringList &highlightTerms);

    QString query() const { return m_query; }
    QStringList highlightTerms() const { return m_highlightTerms; }
    const CatalogSearch::Hit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString groupLabel(const QString &group) const;

private:
    const CatalogSearch &m_search;
    QString m_query;
    QString m_language;
    QStringList m_highlightTerms;
    QList<CatalogSearch::Hit> m_hits;
};
