// CatalogLoader::load and CatalogValidator::validate with one catalog data file replaced by the input, next
// to the real files copied from the built-in resources. Nothing may crash: bad data becomes problems.
//
// Input: byte 0 picks the file (bits 0-1: codes.json, en.json, vi.json, es.json) and how much is loaded
// (bit 2 set: only the language of that file, or English for codes.json, for speed; clear: all three);
// the rest is the file's content. Catalogs small enough to index cheaply also go through CatalogSearch and
// Catalog::lookup, which the application runs on whatever the loader returns.
#include "fuzzsupport.h"

#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "catalog/catalogvalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {

const QStringList files{QStringLiteral("codes.json"), QStringLiteral("en.json"), QStringLiteral("vi.json"),
                        QStringLiteral("es.json")};
const QStringList languages{QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")};

// One folder per replaceable file, so each keeps the real versions of the other three.
QList<QTemporaryDir *> folders;

void writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        fuzz::fail("cannot write the catalog file", path + QStringLiteral(": ") + file.errorString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ensureApplication();
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto *folder = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/smtpdesk-fuzz-catalog-XXXXXX"));
        if (!folder->isValid())
            fuzz::fail("cannot create a temporary folder", folder->errorString());
        for (const QString &name : files + QStringList{QStringLiteral("comparisons.json")}) {
            QFile resource(CatalogLoader::defaultLocation() + QLatin1Char('/') + name);
            if (!resource.open(QIODevice::ReadOnly))
                fuzz::fail("the catalog resources are missing: are they linked?", resource.fileName());
            writeFile(folder->filePath(name), resource.readAll());
        }
        folders << folder;
    }
    // Deleted at exit so the folders go away after a normal run (a crash leaves them in the temp folder).
    std::atexit([] { qDeleteAll(folders); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const int which = data[0] & 3;
    const bool oneLanguage = data[0] & 4;
    const QTemporaryDir &folder = *folders.at(which);
    writeFile(folder.filePath(files.at(which)),
              QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)));

    const QStringList wanted =
        oneLanguage ? QStringList{which == 0 ? QStringLiteral("en") : languages.at(which - 1)} : languages;
    const CatalogLoader::Result result = CatalogLoader::load(folder.path(), wanted);
    for (const CatalogLoader::Problem &problem : result.problems)
        FUZZ_CHECK(!problem.toString().isEmpty(), QString());
    const QList<CatalogLoader::Problem> problems = CatalogValidator::validate(
        result.catalog, {QStringLiteral("535"), QStringLiteral("X.7.8"), QStringLiteral("5.X.X")});
    for (const CatalogLoader::Problem &problem : problems)
        FUZZ_CHECK(!problem.toString().isEmpty(), QString());

    const Catalog &catalog = result.catalog;
    if (catalog.entries().size() <= 64) {
        for (const ReplyCode &code : catalog.entries()) {
            const Catalog::Lookup lookup = catalog.lookup(code.code);
            Q_UNUSED(lookup);
        }
        for (const QString &code : {QStringLiteral("535"), QStringLiteral("5.7.8"), QStringLiteral("599"),
                                    QStringLiteral("5.9.999"), QStringLiteral("x.7.x")})
            Q_UNUSED(catalog.lookup(code));
        const CatalogSearch search(catalog);
        Q_UNUSED(search.browseAll());
        for (const QString &query : {QStringLiteral("5"), QStringLiteral("5.7"), QStringLiteral("x.7.x"),
                                     QStringLiteral("au"), QStringLiteral("auth \"user name\"")}) {
            for (const QString &language : languages)
                Q_UNUSED(search.search(query, language));
        }
    }
    return 0;
}
