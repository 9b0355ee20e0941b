#pragma once

#include "catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Ranked search over a catalog, built once: exact code, then code prefixes (55, 5.7, 5xx, x.7.x), then
// title words, then body words — the current language before the other two. Text matching is case- and
// accent-insensitive (TextFold); several words narrow the result, "quoted phrases" match as phrases and the
// words are matched as prefixes, so results follow each keystroke.
class CatalogSearch {
public:
    enum class Tier { ExactCode, CodePrefix, TitleCurrent, TitleOther, BodyCurrent, BodyOther, Browse };

    struct Hit {
        int entry = -1;      // index into catalog().entries()
        QString displayCode; // "5.7.8" when the query named class 5, else the stored form
        Tier tier = Tier::Browse;
        QString group; // browse groups: "2xx" … "5xx", "classes", "X.0" … "X.7"
    };

    explicit CatalogSearch(const Catalog &catalog);

    const Catalog &catalog() const { return m_catalog; }
    QList<Hit> search(const QString &query, const QString &language) const;
    // Every entry, grouped by class (2xx … 5xx) and, for enhanced codes, by subject, in code order.
    QList<Hit> browseAll() const;
    // Folded words and phrases of a query, for highlighting matches in displayed text.
    static QStringList highlightTerms(const QString &query);
    static bool isCodeQuery(const QString &query);

private:
    struct ParsedQuery {
        QStringList words;          // every folded word, phrases included
        QList<QStringList> phrases; // words of each quoted phrase
    };
    static ParsedQuery parse(const QString &query);
    QList<Hit> searchCodes(const QString &query) const;
    QList<Hit> searchText(const ParsedQuery &query, int language) const;
    struct IdRange {
        quint32 first = 0; // word ids [first, last) in the sorted vocabulary
        quint32 last = 0;
    };
    IdRange wordRange(const QString &word, bool prefix) const;
    QList<IdRange> phraseRanges(const QStringList &words) const;
    bool containsPhrase(int entry, const QList<IdRange> &phrase) const;
    static QString groupOf(const ReplyCode &code);

    const Catalog &m_catalog;
    QStringList m_languages;
    QStringList m_words; // sorted vocabulary of folded words
    std::vector<std::vector<quint32>>
        m_postings; // per word id: entry << 3 | language << 1 | field (0 title, 1 body)
    static constexpr int shortPrefixLength = 2;
    QHash<QString, std::vector<quint8>> m_shortPrefixes; // per entry: title/body match bits per language
    std::vector<std::vector<quint32>>
        m_sequences; // per (entry, language, field): the field's word ids in order
};
