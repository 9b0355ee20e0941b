#include "catalogsearch.h"

#include "textfold.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {

QString bodyOf(const ReplyCode::Text &text) {
    QStringList parts{text.summary, text.meaning, text.whenYouSeeIt, text.howToFix.join(QLatin1Char(' ')),
                      text.forOperators};
    for (const ReplyCode::ProviderNote &note : text.providerNotes)
        parts << note.wording << note.note;
    for (const ReplyCode::VariantText &variant : text.variants)
        parts << variant.title << variant.text;
    return parts.join(QLatin1Char(' '));
}

// 'x' in a code query stands for one digit ("5xx") or, in dotted codes, one whole number ("x.7.x").
// Returns 2 for a full match, 1 when the query is a prefix of the code, 0 otherwise.
int matchCode(const QString &query, const QString &code) {
    const bool dotted = query.contains(QLatin1Char('.'));
    qsizetype c = 0;
    for (qsizetype q = 0; q < query.size(); ++q) {
        if (c >= code.size())
            return 0;
        const QChar qc = query.at(q);
        if (qc == QLatin1Char('x') && code.at(c) != QLatin1Char('x')) {
            if (!code.at(c).isDigit())
                return 0;
            ++c;
            while (dotted && c < code.size() && code.at(c).isDigit())
                ++c;
        } else if (qc == code.at(c)) {
            ++c;
        } else {
            return 0;
        }
    }
    return c == code.size() ? 2 : 1;
}

} // namespace

CatalogSearch::CatalogSearch(const Catalog &catalog)
    : m_catalog(catalog)
    , m_languages(catalog.languages()) {
    // word → postings, gathered in a map (sorted vocabulary for prefix ranges), then flattened.
    QMap<QString, std::vector<quint32>> index;
    const QList<ReplyCode> &entries = catalog.entries();
    for (int e = 0; e < entries.size(); ++e) {
        for (int l = 0; l < m_languages.size(); ++l) {
            const ReplyCode::Text &text = entries.at(e).text(m_languages.at(l));
            const QString fields[2] = {text.title, bodyOf(text)};
            for (quint32 f = 0; f < 2; ++f) {
                QStringList words = TextFold::words(TextFold::fold(fields[f]));
                words.removeDuplicates();
                for (const QString &word : words)
                    index[word].push_back(quint32(e) << 3 | quint32(l) << 1 | f);
            }
        }
    }
    m_words.reserve(index.size());
    m_postings.reserve(index.size());
    for (auto it = index.begin(); it != index.end(); ++it) {
        m_words << it.key();
        m_postings.push_back(std::move(it.value()));
    }
}

bool CatalogSearch::isCodeQuery(const QString &query) {
    static const QRegularExpression code(
        QStringLiteral("^\\s*([2-5x][0-9x]{0,2}|[245x]\\.([0-9]{1,3}|x)?(\\.([0-9]{0,3}|x))?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return code.match(query).hasMatch();
}

CatalogSearch::ParsedQuery CatalogSearch::parse(const QString &query) {
    ParsedQuery parsed;
    const QStringList pieces = query.split(QLatin1Char('"'));
    for (int i = 0; i < pieces.size(); ++i) {
        const QStringList words = TextFold::words(TextFold::fold(pieces.at(i)));
        parsed.words << words;
        if (i % 2 == 1 && words.size() > 1) // odd pieces sit between quotes
            parsed.phrases << words;
    }
    return parsed;
}

QStringList CatalogSearch::highlightTerms(const QString &query) {
    if (isCodeQuery(query))
        return {query.trimmed().toLower()};
    const ParsedQuery parsed = parse(query);
    QStringList terms = parsed.words;
    for (const QStringList &phrase : parsed.phrases)
        terms << phrase.join(QLatin1Char(' '));
    return terms;
}

QString CatalogSearch::groupOf(const ReplyCode &code) {
    switch (code.kind) {
    case ReplyCode::Kind::Basic:
        return code.code.left(1) + QStringLiteral("xx");
    case ReplyCode::Kind::Class:
        return QStringLiteral("classes");
    case ReplyCode::Kind::Subject:
    case ReplyCode::Kind::Enhanced:
    case ReplyCode::Kind::Vendor:
        return QStringLiteral("X.%1").arg(code.subjectDigit());
    }
    return {};
}

QList<CatalogSearch::Hit> CatalogSearch::browseAll() const {
    QList<Hit> hits;
    const QList<ReplyCode> &entries = m_catalog.entries();
    for (int e = 0; e < entries.size(); ++e)
        hits.append({e, entries.at(e).code, Tier::Browse, groupOf(entries.at(e))});
    // Basic classes first, then the enhanced classes, then each subject with its codes; stable within.
    const auto rank = [](const QString &group) {
        if (group.endsWith(QLatin1String("xx")))
            return group.at(0).digitValue();
        if (group == QLatin1String("classes"))
            return 10;
        return 20 + group.mid(2).toInt();
    };
    std::stable_sort(hits.begin(), hits.end(),
                     [&](const Hit &a, const Hit &b) { return rank(a.group) < rank(b.group); });
    return hits;
}

QList<CatalogSearch::Hit> CatalogSearch::searchCodes(const QString &query) const {
    const QString q = query.trimmed().toLower();
    const QChar first = q.at(0);
    const int classDigit = first.isDigit() && q.contains(QLatin1Char('.')) ? first.digitValue() : 0;
    QList<Hit> exact;
    QList<Hit> prefix;
    const QList<ReplyCode> &entries = m_catalog.entries();
    for (int e = 0; e < entries.size(); ++e) {
        const ReplyCode &code = entries.at(e);
        const bool registryForm =
            code.kind == ReplyCode::Kind::Enhanced || code.kind == ReplyCode::Kind::Subject;
        if (registryForm && classDigit && !code.classes.contains(classDigit))
            continue; // 2.1.5 exists, 5.1.5 does not
        const QString shown = registryForm ? code.displayCode(classDigit) : code.code;
        const int match = matchCode(q, shown.toLower());
        if (match == 2)
            exact.append({e, shown, Tier::ExactCode, groupOf(code)});
        else if (match == 1)
            prefix.append({e, shown, Tier::CodePrefix, groupOf(code)});
    }
    return exact + prefix;
}

QList<CatalogSearch::Hit> CatalogSearch::searchText(const ParsedQuery &query, int language) const {
    const int count = int(m_catalog.entries().size());
    // Worst tier over the query's words, per entry; 0 = not (yet) matched by every word.
    std::vector<quint8> worst(count, 1);
    std::vector<quint8> best(count);
    for (const QString &word : query.words) {
        std::fill(best.begin(), best.end(), quint8(0));
        auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), word);
        for (; it != m_words.cend() && it->startsWith(word); ++it) {
            for (const quint32 posting : m_postings[it - m_words.cbegin()]) {
                const int entry = int(posting >> 3);
                const bool current = int((posting >> 1) & 3) == language;
                const bool body = posting & 1;
                const quint8 tier = quint8(int(Tier::TitleCurrent) + (body ? 2 : 0) + (current ? 0 : 1) + 1);
                if (best[entry] == 0 || tier < best[entry])
                    best[entry] = tier;
            }
        }
        for (int e = 0; e < count; ++e)
            worst[e] = best[e] == 0 || worst[e] == 0 ? 0 : std::max(worst[e], best[e]);
    }
    QList<Hit> hits;
    for (int e = 0; e < count; ++e) {
        if (worst[e] == 0 || query.words.isEmpty())
            continue;
        const bool phrasesOk =
            std::all_of(query.phrases.cbegin(), query.phrases.cend(),
                        [&](const QStringList &phrase) { return containsPhrase(e, phrase); });
        if (phrasesOk) {
            const ReplyCode &code = m_catalog.entries().at(e);
            hits.append({e, code.code, Tier(worst[e] - 1), groupOf(code)});
        }
    }
    // Within a tier, entries holding the words side by side come first ("mat khau ung dung" → the entry
    // about app passwords before one that merely mentions each word). Bounded: phrase checks fold text.
    constexpr int adjacencyLimit = 300;
    QList<bool> adjacent(hits.size(), false);
    if (query.words.size() > 1 && hits.size() <= adjacencyLimit) {
        for (qsizetype i = 0; i < hits.size(); ++i)
            adjacent[i] = containsPhrase(hits.at(i).entry, query.words);
    }
    QList<qsizetype> order(hits.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (hits.at(a).tier != hits.at(b).tier)
            return hits.at(a).tier < hits.at(b).tier;
        return adjacent.at(a) && !adjacent.at(b);
    });
    QList<Hit> sorted;
    sorted.reserve(hits.size());
    for (const qsizetype i : order)
        sorted.append(hits.at(i));
    hits = sorted;
    return hits;
}

bool CatalogSearch::containsPhrase(int entry, const QStringList &phrase) const {
    // Words of the phrase in a row, the last one as a prefix (it may still be being typed).
    for (const QString &language : m_languages) {
        const ReplyCode::Text &text = m_catalog.entries().at(entry).text(language);
        for (const QString &field : {text.title, bodyOf(text)}) {
            const QStringList words = TextFold::words(TextFold::fold(field));
            for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
                bool match = true;
                for (qsizetype j = 0; j < phrase.size() && match; ++j) {
                    const bool last = j == phrase.size() - 1;
                    match = last ? words.at(i + j).startsWith(phrase.at(j)) : words.at(i + j) == phrase.at(j);
                }
                if (match)
                    return true;
            }
        }
    }
    return false;
}

QList<CatalogSearch::Hit> CatalogSearch::search(const QString &query, const QString &language) const {
    if (query.trimmed().isEmpty())
        return browseAll();
    if (isCodeQuery(query))
        return searchCodes(query);
    return searchText(parse(query), int(m_languages.indexOf(language)));
}
