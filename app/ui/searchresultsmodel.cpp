#include "searchresultsmodel.h"

#include "searchroles.h"

SearchResultsModel::SearchResultsModel(const CatalogSearch &search, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(search) {}

void SearchResultsModel::setQuery(const QString &query, const QString &language) {
    beginResetModel();
    m_query = query;
    m_language = language;
    m_hits = m_search.search(query, language);
    m_highlightTerms = CatalogSearch::highlightTerms(query);
    endResetModel();
}

void SearchResultsModel::setHits(const QList<CatalogSearch::Hit> &hits, const QStringList &highlightTerms) {
    beginResetModel();
    m_hits = hits;
    m_highlightTerms = highlightTerms;
    endResetModel();
}

void SearchResultsModel::setLanguage(const QString &language) {
    m_language = language;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::groupLabel(const QString &group) const {
    if (group.endsWith(QLatin1String("xx"))) {
        switch (group.at(0).digitValue()) {
        case 2:
            return tr("2xx — success");
        case 3:
            return tr("3xx — waiting for more");
        case 4:
            return tr("4xx — temporary failure, try again later");
        case 5:
            return tr("5xx — permanent failure");
        }
    }
    if (group == QLatin1String("classes"))
        return tr("Enhanced status codes — classes");
    // The subject's own catalog entry ("X.7.X") names it, in every language the catalog has.
    const Catalog::Lookup subject = m_search.catalog().lookup(group + QStringLiteral(".X"));
    const QString name = subject.entry ? subject.entry->text(m_language).title : QString();
    //: %1 is a subject like X.7, %2 its name such as "Security or policy status"
    return tr("Enhanced status codes %1.x — %2").arg(group, name);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const CatalogSearch::Hit &hit = m_hits.at(index.row());
    const ReplyCode &code = m_search.catalog().entries().at(hit.entry);
    const bool browsing = hit.tier == CatalogSearch::Tier::Browse;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(hit.displayCode, code.text(m_language).title);
    case Qt::ToolTipRole:
    case SearchRoles::Summary:
        return code.text(m_language).summary;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(hit.displayCode, code.text(m_language).title);
    case SearchRoles::Code:
        return hit.displayCode;
    case SearchRoles::Title:
        return code.text(m_language).title;
    case SearchRoles::Tier:
        return int(hit.tier);
    case SearchRoles::Group:
        return browsing ? hit.group : QString();
    case SearchRoles::GroupStart:
        return browsing && (index.row() == 0 || m_hits.at(index.row() - 1).group != hit.group);
    case SearchRoles::GroupLabel:
        return browsing ? groupLabel(hit.group) : QString();
    case SearchRoles::EntryIndex:
        return hit.entry;
    }
    return {};
}
