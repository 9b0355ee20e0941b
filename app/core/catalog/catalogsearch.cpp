#include "catalogsearch.h"

#include "textfold.h"

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
    // Every field becomes a sequence of word ids (for phrases and adjacency); ids are then renumbered in
    // sorted order so that all words sharing a prefix form one contiguous id range.
    QHash<QString, quint32> ids;
    QStringList vocabulary;
    const QList<ReplyCode> &entries = catalog.entries();
    const qsizetype languageCount = m_languages.size();
    m_sequences.resize(size_t(entries.size() * languageCount * 2));
    for (qsizetype e = 0; e < entries.size(); ++e) {
        for (qsizetype l = 0; l < languageCount; ++l) {
            const ReplyCode::Text &text = entries.at(e).text(m_languages.at(l));
            const QString fields[2] = {text.title, bodyOf(text)};
            for (int f = 0; f < 2; ++f) {
                std::vector<quint32> &sequence = m_sequences[size_t((e * languageCount + l) * 2 + f)];
                for (const QString &word : TextFold::words(TextFold::fold(fields[f]))) {
                    auto it = ids.constFind(word);
                    if (it == ids.constEnd()) {
                        it = ids.insert(word, quint32(vocabulary.size()));
                        vocabulary << word;
                    }
                    sequence.push_back(it.value());
                }
            }
        }
    }
    std::vector<quint32> order(size_t(vocabulary.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return vocabulary.at(a) < vocabulary.at(b); });
    std::vector<quint32> rank(order.size());
    m_words.reserve(vocabulary.size());
    for (size_t i = 0; i < order.size(); ++i) {
        rank[order[i]] = quint32(i);
        m_words << vocabulary.at(order[i]);
    }
    m_postings.resize(order.size());
    for (size_t s = 0; s < m_sequences.size(); ++s) {
        std::vector<quint32> &sequence = m_sequences[s];
        for (quint32 &id : sequence)
            id = rank[id];
        std::vector<quint32> unique = sequence;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        const quint32 entry = quint32(s / size_t(languageCount * 2));
        const quint32 language = quint32((s / 2) % size_t(languageCount));
        for (const quint32 id : unique)
            m_postings[id].push_back(entry << 3 | language << 1 | quint32(s % 2));
    }
    // One- and two-letter prefixes expand to thousands of words while someone starts typing: keep their
    // per-entry match flags ready (bit 2·language for a title, 2·language+1 for a body).
    for (quint32 id = 0; id < quint32(m_words.size()); ++id) {
        const QString &word = m_words.at(id);
        for (int length = 1; length <= shortPrefixLength && length <= word.size(); ++length) {
            std::vector<quint8> &flags = m_shortPrefixes[word.left(length)];
            flags.resize(size_t(entries.size()));
            for (const quint32 posting : m_postings[id])
                flags[posting >> 3] |= quint8(1u << ((posting >> 1 & 3) * 2 + (posting & 1)));
        }
    }
}

CatalogSearch::IdRange CatalogSearch::wordRange(const QString &word, bool prefix) const {
    const auto first = std::lower_bound(m_words.cbegin(), m_words.cend(), word);
    auto last = first;
    if (prefix) {
        while (last != m_words.cend() && last->startsWith(word))
            ++last;
    } else if (last != m_words.cend() && *last == word) {
        ++last;
    }
    return {quint32(first - m_words.cbegin()), quint32(last - m_words.cbegin())};
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
            exact.append({e, shown, Tier::ExactCode, {}});
        else if (match == 1)
            prefix.append({e, shown, Tier::CodePrefix, {}});
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
        const auto tierOf = [](bool body, bool current) {
            return quint8(int(Tier::TitleCurrent) + (body ? 2 : 0) + (current ? 0 : 1) + 1);
        };
        if (word.size() <= shortPrefixLength) {
            const auto it = m_shortPrefixes.constFind(word);
            if (it != m_shortPrefixes.constEnd()) {
                const quint8 titleCurrent = language >= 0 ? quint8(1u << (2 * language)) : 0;
                const quint8 bodyCurrent = quint8(titleCurrent << 1);
                for (int e = 0; e < count; ++e) {
                    const quint8 flags = it.value()[size_t(e)];
                    if (!flags)
                        continue;
                    if (flags & titleCurrent)
                        best[e] = tierOf(false, true);
                    else if (flags & 0x55 & ~titleCurrent)
                        best[e] = tierOf(false, false);
                    else if (flags & bodyCurrent)
                        best[e] = tierOf(true, true);
                    else
                        best[e] = tierOf(true, false);
                }
            }
            for (int e = 0; e < count; ++e)
                worst[e] = best[e] == 0 || worst[e] == 0 ? 0 : std::max(worst[e], best[e]);
            continue;
        }
        const IdRange range = wordRange(word, true);
        for (quint32 id = range.first; id < range.last; ++id) {
            for (const quint32 posting : m_postings[id]) {
                const int entry = int(posting >> 3);
                const bool current = int((posting >> 1) & 3) == language;
                const bool body = posting & 1;
                const quint8 tier = tierOf(body, current);
                if (best[entry] == 0 || tier < best[entry])
                    best[entry] = tier;
            }
        }
        for (int e = 0; e < count; ++e)
            worst[e] = best[e] == 0 || worst[e] == 0 ? 0 : std::max(worst[e], best[e]);
    }
    QList<QList<IdRange>> phrases;
    for (const QStringList &phrase : query.phrases)
        phrases << phraseRanges(phrase);
    QList<Hit> hits;
    for (int e = 0; e < count; ++e) {
        if (worst[e] == 0 || query.words.isEmpty())
            continue;
        const bool phrasesOk =
            std::all_of(phrases.cbegin(), phrases.cend(),
                        [&](const QList<IdRange> &phrase) { return containsPhrase(e, phrase); });
        if (phrasesOk) {
            const ReplyCode &code = m_catalog.entries().at(e);
            hits.append({e, code.code, Tier(worst[e] - 1), {}});
        }
    }
    // Within a tier, entries holding the words side by side come first ("mat khau ung dung" → the entry
    // about app passwords before one that merely mentions each word). Only the top of a long list is worth
    // the scan: it is what a person sees while typing.
    constexpr qsizetype adjacencyLimit = 400;
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.tier < b.tier; });
    QList<bool> adjacent(hits.size(), false);
    if (query.words.size() > 1) {
        const QList<IdRange> together = phraseRanges(query.words);
        for (qsizetype i = 0; i < hits.size() && i < adjacencyLimit; ++i)
            adjacent[i] = containsPhrase(hits.at(i).entry, together);
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

bool CatalogSearch::containsPhrase(int entry, const QList<IdRange> &phrase) const {
    // Words of the phrase in a row; the last one is a prefix range (it may still be being typed).
    if (phrase.isEmpty())
        return true;
    const size_t perEntry = size_t(m_languages.size() * 2);
    for (size_t s = size_t(entry) * perEntry; s < size_t(entry + 1) * perEntry; ++s) {
        const std::vector<quint32> &words = m_sequences[s];
        for (size_t i = 0; i + size_t(phrase.size()) <= words.size(); ++i) {
            bool match = true;
            for (qsizetype j = 0; j < phrase.size() && match; ++j) {
                const quint32 id = words[i + size_t(j)];
                match = id >= phrase.at(j).first && id < phrase.at(j).last;
            }
            if (match)
                return true;
        }
    }
    return false;
}

QList<CatalogSearch::IdRange> CatalogSearch::phraseRanges(const QStringList &words) const {
    QList<IdRange> ranges;
    for (qsizetype j = 0; j < words.size(); ++j)
        ranges << wordRange(words.at(j), j == words.size() - 1);
    return ranges;
}

QList<CatalogSearch::Hit> CatalogSearch::search(const QString &query, const QString &language) const {
    if (query.trimmed().isEmpty())
        return browseAll();
    if (isCodeQuery(query))
        return searchCodes(query);
    return searchText(parse(query), int(m_languages.indexOf(language)));
}
