// Ranking and matching of the Codes view's search, on the real catalog.
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "catalog/textfold.h"

#include <QTest>

namespace {

const CatalogSearch &search() {
    static const CatalogSearch instance(CatalogLoader::builtIn().catalog);
    return instance;
}

QStringList codes(const QList<CatalogSearch::Hit> &hits, int limit = 1000) {
    QStringList result;
    for (int i = 0; i < hits.size() && i < limit; ++i)
        result << hits.at(i).displayCode;
    return result;
}

} // namespace

class TestCatalogSearch : public QObject {
    Q_OBJECT

private slots:
    void folding_data();
    void folding();
    void exactCodeComesFirst();
    void codePrefixes_data();
    void codePrefixes();
    void classDigitShowsConcreteCodes();
    void accentFreeQueriesFindAccentedText_data();
    void accentFreeQueriesFindAccentedText();
    void currentLanguageTitlesRankFirst();
    void severalWordsNarrow();
    void quotedPhraseMatchesAsPhrase();
    void emptyQueryBrowsesAllGroupedInOrder();
    void nonsenseFindsNothing();
};

void TestCatalogSearch::folding_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("vietnamese") << "Xác thực"
                                << "xac thuc";
    QTest::newRow("d with stroke") << "Đăng nhập đã"
                                   << "dang nhap da";
    QTest::newRow("spanish") << "Autenticación ÑANDÚ"
                             << "autenticacion nandu";
    QTest::newRow("decomposed input") << QString::fromUtf8("a\xcc\x81") << "a";
    QTest::newRow("horn and hook") << "ƯỚC LƯỢNG"
                                   << "uoc luong";
}

void TestCatalogSearch::folding() {
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(input), folded);
}

void TestCatalogSearch::exactCodeComesFirst() {
    const auto hits = search().search(QStringLiteral("535"), QStringLiteral("en"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().displayCode, QStringLiteral("535"));
    QCOMPARE(hits.first().tier, CatalogSearch::Tier::ExactCode);
}

void TestCatalogSearch::codePrefixes_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("55") << "55" << QStringList{"550", "551", "552", "553", "554", "555", "556"}
                        << QStringList{"535"};
    QTest::newRow("5xx") << "5xx" << QStringList{"500", "535", "556"} << QStringList{"421", "250"};
    QTest::newRow("4XX upper") << "4XX" << QStringList{"421", "454"} << QStringList{"535"};
    QTest::newRow("5.7") << "5.7" << QStringList{"5.7.0", "5.7.8", "5.7.30", "5.7.139"}
                         << QStringList{"535", "5.1.1"};
    QTest::newRow("x.7.x") << "x.7.x" << QStringList{"X.7.X", "X.7.8", "X.7.26"} << QStringList{"X.1.1"};
    QTest::newRow("5.7.1 prefix") << "5.7.1" << QStringList{"5.7.1", "5.7.10", "5.7.19", "5.7.139"}
                                  << QStringList{"5.7.2"};
}

void TestCatalogSearch::codePrefixes() {
    QFETCH(QString, query);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QStringList found = codes(search().search(query, QStringLiteral("en")));
    for (const QString &code : mustContain)
        QVERIFY2(found.contains(code),
                 qPrintable(code + QStringLiteral(" missing from ") + found.join(QLatin1Char(' '))));
    for (const QString &code : mustNotContain)
        QVERIFY2(!found.contains(code), qPrintable(code));
}

void TestCatalogSearch::classDigitShowsConcreteCodes() {
    const auto hits = search().search(QStringLiteral("5.7.8"), QStringLiteral("en"));
    QCOMPARE(hits.first().displayCode, QStringLiteral("5.7.8"));
    QCOMPARE(hits.first().tier, CatalogSearch::Tier::ExactCode);
    // X.1.5 (destination valid) is a success code only: there is no 5.1.5 to show.
    QVERIFY(!codes(search().search(QStringLiteral("5.1"), QStringLiteral("en")))
                 .contains(QStringLiteral("5.1.5")));
    QVERIFY(codes(search().search(QStringLiteral("2.1"), QStringLiteral("en")))
                .contains(QStringLiteral("2.1.5")));
}

void TestCatalogSearch::accentFreeQueriesFindAccentedText_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vi without diacritics") << "xac thuc"
                                           << "vi"
                                           << "535";
    QTest::newRow("vi with diacritics") << "xác thực"
                                        << "vi"
                                        << "535";
    QTest::newRow("es without accent") << "autenticacion"
                                       << "es"
                                       << "535";
    QTest::newRow("es with accent") << "autenticación"
                                    << "es"
                                    << "535";
    QTest::newRow("en upper case") << "AUTHENTICATION"
                                   << "en"
                                   << "535";
    QTest::newRow("vi word in en ui") << "mat khau ung dung"
                                      << "en"
                                      << "534";
    QTest::newRow("prefix while typing") << "autentic"
                                         << "es"
                                         << "535";
}

void TestCatalogSearch::accentFreeQueriesFindAccentedText() {
    QFETCH(QString, query);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QStringList found = codes(search().search(query, language));
    QVERIFY2(found.contains(expected), qPrintable(found.join(QLatin1Char(' '))));
}

void TestCatalogSearch::currentLanguageTitlesRankFirst() {
    const auto hits = search().search(QStringLiteral("mailbox"), QStringLiteral("en"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().tier, CatalogSearch::Tier::TitleCurrent);
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).tier <= hits.at(i).tier);
    // The same English word searched from the Spanish UI ranks as another language's title.
    const auto fromSpanish = search().search(QStringLiteral("mailbox"), QStringLiteral("es"));
    QVERIFY(!fromSpanish.isEmpty());
    QVERIFY(fromSpanish.first().tier >= CatalogSearch::Tier::TitleOther);
}

void TestCatalogSearch::severalWordsNarrow() {
    const auto one = search().search(QStringLiteral("password"), QStringLiteral("en"));
    const auto two = search().search(QStringLiteral("password application"), QStringLiteral("en"));
    QVERIFY(!two.isEmpty());
    QVERIFY(two.size() < one.size());
    for (const CatalogSearch::Hit &hit : two)
        QVERIFY(codes(one).contains(hit.displayCode));
}

void TestCatalogSearch::quotedPhraseMatchesAsPhrase() {
    const auto phrase = search().search(QStringLiteral("\"app password\""), QStringLiteral("en"));
    const auto words = search().search(QStringLiteral("password app"), QStringLiteral("en"));
    QVERIFY(!phrase.isEmpty());
    QVERIFY(phrase.size() <= words.size());
    QVERIFY(search().search(QStringLiteral("\"password app\""), QStringLiteral("en")).size() < words.size());
}

void TestCatalogSearch::emptyQueryBrowsesAllGroupedInOrder() {
    const auto hits = search().search(QString(), QStringLiteral("en"));
    QCOMPARE(hits.size(), CatalogLoader::builtIn().catalog.entries().size());
    QCOMPARE(hits.first().group, QStringLiteral("2xx"));
    QStringList groups;
    for (const CatalogSearch::Hit &hit : hits) {
        if (groups.isEmpty() || groups.last() != hit.group)
            groups << hit.group;
    }
    QCOMPARE(groups, (QStringList{"2xx", "3xx", "4xx", "5xx", "classes", "X.0", "X.1", "X.2", "X.3", "X.4",
                                  "X.5", "X.6", "X.7"}));
    const QStringList all = codes(hits);
    QVERIFY(all.indexOf(QStringLiteral("X.7.8")) < all.indexOf(QStringLiteral("X.7.10")));
    QVERIFY(all.indexOf(QStringLiteral("X.7.X")) < all.indexOf(QStringLiteral("X.7.0")));
}

void TestCatalogSearch::nonsenseFindsNothing() {
    QVERIFY(search().search(QStringLiteral("zzqxw"), QStringLiteral("en")).isEmpty());
    QVERIFY(search().search(QStringLiteral("authentication zzqxw"), QStringLiteral("en")).isEmpty());
    QVERIFY(search().search(QStringLiteral("599"), QStringLiteral("en")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
