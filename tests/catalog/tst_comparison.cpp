// Comparisons of curated and generated pairs, in every language: complete, about both codes, symmetric.
#include "catalog/catalogloader.h"
#include "catalog/comparison.h"
#include "catalog/curatedcomparisons.h"
#include "i18n/languagemanager.h"

#include <QTest>

namespace {

const QStringList languages{"en", "vi", "es"};

// The pairs people confuse most; each must have hand-written text.
const QList<QPair<QString, QString>> requiredCuratedPairs{
    {"530", "535"},     {"535", "534"},     {"535", "538"}, {"530", "538"}, {"454", "535"},
    {"421", "450"},     {"450", "550"},     {"451", "554"}, {"550", "553"}, {"550", "551"},
    {"552", "452"},     {"252", "550"},     {"250", "251"}, {"354", "250"}, {"235", "535"},
    {"334", "535"},     {"214", "502"},     {"220", "554"}, {"221", "421"}, {"5.7.1", "5.7.8"},
    {"5.1.1", "5.1.0"}, {"4.7.0", "5.7.0"}, {"252", "535"}, {"235", "553"}, {"354", "535"},
    {"214", "535"}};

const Comparison &comparison() {
    static const Comparison instance(CatalogLoader::builtIn().catalog, CuratedComparisons::builtIn());
    return instance;
}

QString allText(const Comparison::Result &r) {
    return QStringList{r.lead, r.differences.join(QLatin1Char('\n')), r.whenA, r.whenB}.join(
        QLatin1Char('\n'));
}

void addPairs(const QList<QPair<QString, QString>> &pairs) {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("language");
    for (const auto &[a, b] : pairs)
        for (const QString &language : languages)
            QTest::newRow(qPrintable(QStringLiteral("%1/%2 %3").arg(a, b, language))) << a << b << language;
}

} // namespace

class TestComparison : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); } // tests below switch languages
    void curatedDataIsSound();
    void curatedPairs_data() { addPairs(requiredCuratedPairs); }
    void curatedPairs();
    void generatedPairs_data();
    void generatedPairs();
    void swappingExchangesSides_data() { addPairs({{"530", "535"}, {"250", "421"}, {"5.7.139", "535"}}); }
    void swappingExchangesSides();
    void sameCodeSaysSo();
    void basicWithItsEnhancedPartnerExplainsHowTheyCombine();
    void unknownCodeIsAClearError();
    void plainTextHasEverySection();

private:
    LanguageManager m_languages;
};

void TestComparison::initTestCase() {
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestComparison::curatedDataIsSound() {
    const QList<CatalogLoader::Problem> *problems = nullptr;
    CuratedComparisons::builtIn(&problems);
    QStringList lines;
    for (const CatalogLoader::Problem &problem : *problems)
        lines << problem.toString();
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    for (const auto &[a, b] : requiredCuratedPairs) {
        bool swapped = false;
        QVERIFY2(CuratedComparisons::builtIn().find(a, b, &swapped), qPrintable(a + QLatin1Char('/') + b));
    }
}

void TestComparison::curatedPairs() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    const Comparison::Result result = comparison().compare(a, b, language);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QVERIFY(result.curated);
    QCOMPARE(result.a.code, a);
    QCOMPARE(result.b.code, b);
    QVERIFY(!result.lead.trimmed().isEmpty());
    QVERIFY(result.differences.size() >= 3);
    QVERIFY(!result.whenA.trimmed().isEmpty() && !result.whenB.trimmed().isEmpty());
    QVERIFY(!result.a.meaning.isEmpty() && !result.b.howToFix.isEmpty());
    const QString text = allText(result);
    QVERIFY2(text.contains(a) && text.contains(b), qPrintable(text.left(300)));
    if (language != QLatin1String("en")) {
        const Comparison::Result english = comparison().compare(a, b, QStringLiteral("en"));
        QVERIFY(result.lead != english.lead);
        QVERIFY(result.differences.first() != english.differences.first());
    }
}

void TestComparison::generatedPairs_data() {
    addPairs({{"250", "421"},
              {"211", "556"},
              {"334", "5.7.9"},
              {"X.7.X", "5.X.X"},
              {"5.7.139", "535"},
              {"4.7.321", "550"},
              {"503", "5.5.1"}});
}

void TestComparison::generatedPairs() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    const Comparison::Result result = comparison().compare(a, b, language);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QVERIFY(!result.curated);
    QVERIFY(result.differences.size() >= 3);
    for (const QString &section :
         {result.lead, result.whenA, result.whenB, result.a.meaning, result.b.whenYouSeeIt})
        QVERIFY(!section.trimmed().isEmpty());
    const QString text = allText(result);
    QVERIFY2(text.contains(result.a.code) && text.contains(result.b.code), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(QStringLiteral("%1")) && !text.contains(QStringLiteral("%2")),
             "unfilled placeholder");
}

void TestComparison::swappingExchangesSides() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, language);
    const Comparison::Result forward = comparison().compare(a, b, language);
    const Comparison::Result backward = comparison().compare(b, a, language);
    QVERIFY(forward.isValid() && backward.isValid());
    QCOMPARE(forward.a.code, backward.b.code);
    QCOMPARE(forward.b.code, backward.a.code);
    QCOMPARE(forward.a.meaning, backward.b.meaning);
    QCOMPARE(forward.whenA, backward.whenB);
    QCOMPARE(forward.whenB, backward.whenA);
    QCOMPARE(forward.differences.size(), backward.differences.size());
}

void TestComparison::sameCodeSaysSo() {
    const Comparison::Result result =
        comparison().compare(QStringLiteral("535"), QStringLiteral("535"), QStringLiteral("en"));
    QVERIFY(result.isValid());
    QVERIFY2(result.lead.contains(QStringLiteral("itself")), qPrintable(result.lead));
    QCOMPARE(result.differences.size(), 1);
}

void TestComparison::basicWithItsEnhancedPartnerExplainsHowTheyCombine() {
    const Comparison::Result result =
        comparison().compare(QStringLiteral("535"), QStringLiteral("5.7.8"), QStringLiteral("en"));
    QVERIFY(result.isValid());
    QVERIFY2(result.lead.contains(QStringLiteral("535 5.7.8")), qPrintable(result.lead));
    QVERIFY(result.differences.join(QLatin1Char(' ')).contains(QStringLiteral("ENHANCEDSTATUSCODES")));
}

void TestComparison::unknownCodeIsAClearError() {
    const Comparison::Result result =
        comparison().compare(QStringLiteral("537"), QStringLiteral("535"), QStringLiteral("en"));
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QStringLiteral("537")) && result.error.contains(QStringLiteral("538")),
             qPrintable(result.error));
    const Comparison::Result garbage =
        comparison().compare(QStringLiteral("hello"), QStringLiteral("535"), QStringLiteral("en"));
    QVERIFY(!garbage.isValid());
    QVERIFY(garbage.error.contains(QStringLiteral("hello")));
    QVERIFY(Comparison::toText(garbage).contains(QStringLiteral("hello")));
}

void TestComparison::plainTextHasEverySection() {
    const QString text = Comparison::toText(
        comparison().compare(QStringLiteral("530"), QStringLiteral("535"), QStringLiteral("en")));
    for (const char *heading : {"KEY DIFFERENCES", "WHEN TO USE WHICH", "530 — ", "535 — "})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("  1. ")));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
