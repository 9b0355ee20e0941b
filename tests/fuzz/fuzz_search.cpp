// CatalogSearch::search with the input as the query (UTF-8, and as raw UTF-16 for lone surrogates and other
// text no keyboard types), in each catalog language and one the catalog lacks, on the built-in catalog built
// once. Checks that hits point at entries and that code queries and word queries keep to their tiers.
#include "fuzzsupport.h"

#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"

#include <cstdint>

namespace {

const CatalogSearch *search = nullptr;

void check(const QString &query) {
    const qsizetype entries = search->catalog().entries().size();
    const bool codeQuery = CatalogSearch::isCodeQuery(query);
    const bool empty = query.trimmed().isEmpty();
    const QStringList terms = CatalogSearch::highlightTerms(query);
    Q_UNUSED(terms);
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es"), QStringLiteral("xx")}) {
        const QList<CatalogSearch::Hit> hits = search->search(query, language);
        FUZZ_CHECK(hits.size() <= entries, query);
        for (const CatalogSearch::Hit &hit : hits) {
            FUZZ_CHECK(hit.entry >= 0 && hit.entry < entries, query);
            FUZZ_CHECK(!hit.displayCode.isEmpty(), query);
            if (empty)
                FUZZ_CHECK(hit.tier == CatalogSearch::Tier::Browse, query);
            else if (codeQuery)
                FUZZ_CHECK(hit.tier == CatalogSearch::Tier::ExactCode ||
                               hit.tier == CatalogSearch::Tier::CodePrefix,
                           query);
            else
                FUZZ_CHECK(hit.tier >= CatalogSearch::Tier::TitleCurrent &&
                               hit.tier <= CatalogSearch::Tier::BodyOther,
                           query);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ensureApplication();
    const CatalogLoader::Result &builtIn = CatalogLoader::builtIn();
    if (builtIn.catalog.isEmpty() || !builtIn.ok())
        fuzz::fail("the built-in catalog did not load: are the resources linked?");
    search = new CatalogSearch(builtIn.catalog);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *bytes = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(bytes, qsizetype(size)));
    if (size >= 2) {
        QString utf16(qsizetype(size / 2), Qt::Uninitialized);
        for (size_t i = 0; i + 1 < size; i += 2)
            utf16[qsizetype(i / 2)] = QChar(char16_t(data[i] | data[i + 1] << 8));
        check(utf16);
    }
    return 0;
}
