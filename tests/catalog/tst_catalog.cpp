// The built-in catalog: complete, consistent and really translated; lookups resolve every code form.
#include "catalog/catalogloader.h"
#include "catalog/catalogvalidator.h"

#include <QFile>
#include <QTest>

namespace {

const CatalogLoader::Result &builtIn() {
    return CatalogLoader::builtIn();
}

QString problemsText(const QList<CatalogLoader::Problem> &problems) {
    QStringList lines;
    for (const CatalogLoader::Problem &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

// Every code the catalog must cover: the basic codes SMTP Desk promises and the whole IANA registry.
QStringList requiredCodes() {
    QStringList codes{"211", "214", "220", "221", "235", "250", "251", "252", "253", "334", "354", "421",
                      "432", "450", "451", "452", "454", "455", "458", "459", "500", "501", "502", "503",
                      "504", "521", "530", "534", "535", "538", "550", "551", "552", "553", "554", "555",
                      "556",
                      // provider-specific codes the catalog explains (Microsoft 365)
                      "5.7.139", "5.7.57", "5.7.60", "5.7.64", "5.7.708"};
    QFile registry(QStringLiteral(SMTPDESK_SOURCE_DIR "/resources/catalog/iana-enhanced-status-codes.tsv"));
    if (!registry.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = registry.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QString code = QString::fromUtf8(line.split('\t').value(0)).trimmed();
        if (!code.isEmpty())
            codes << QString(code).replace(QStringLiteral("XXX"), QStringLiteral("X"));
    }
    return codes;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void loadsWithoutProblems();
    void passesValidation();
    void coversEveryRequiredCode();
    void registryRowsAreEnhancedEntries();
    void multiMeaningCodesExplainEachMeaning_data();
    void multiMeaningCodesExplainEachMeaning();
    void wellKnownPairings_data();
    void wellKnownPairings();
    void lookup_data();
    void lookup();
    void unknownCodesSuggestNeighbours();
};

void TestCatalog::loadsWithoutProblems() {
    QVERIFY2(builtIn().ok(), qPrintable(problemsText(builtIn().problems)));
    QCOMPARE(builtIn().catalog.languages(), (QStringList{"en", "vi", "es"}));
}

void TestCatalog::passesValidation() {
    const QList<CatalogLoader::Problem> problems = CatalogValidator::validate(builtIn().catalog);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
}

void TestCatalog::coversEveryRequiredCode() {
    const QStringList required = requiredCodes();
    QVERIFY2(required.size() > 120, "the registry copy could not be read");
    QStringList missing;
    for (const QString &code : required) {
        if (!builtIn().catalog.entry(code))
            missing << code;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
}

void TestCatalog::registryRowsAreEnhancedEntries() {
    const Catalog &catalog = builtIn().catalog;
    const QList<QPair<QString, ReplyCode::Kind>> expected{{"5.X.X", ReplyCode::Kind::Class},
                                                          {"X.7.X", ReplyCode::Kind::Subject},
                                                          {"X.7.8", ReplyCode::Kind::Enhanced},
                                                          {"5.7.139", ReplyCode::Kind::Vendor},
                                                          {"535", ReplyCode::Kind::Basic}};
    for (const auto &[code, kind] : expected) {
        const ReplyCode *entry = catalog.entry(code);
        QVERIFY2(entry, qPrintable(code));
        QCOMPARE(entry->kind, kind);
        QCOMPARE(entry->provider.isEmpty(), kind != ReplyCode::Kind::Vendor);
    }
}

void TestCatalog::multiMeaningCodesExplainEachMeaning_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("stage");
    for (const auto &[code, stage] : QList<QPair<QString, QString>>{{"220", "CONNECT"},
                                                                    {"220", "STARTTLS"},
                                                                    {"454", "STARTTLS"},
                                                                    {"454", "AUTH"},
                                                                    {"530", "MAIL"},
                                                                    {"500", "AUTH"},
                                                                    {"501", "AUTH"},
                                                                    {"503", "AUTH"},
                                                                    {"554", "CONNECT"}})
        QTest::newRow(qPrintable(code + QLatin1Char(' ') + stage)) << code << stage;
}

void TestCatalog::multiMeaningCodesExplainEachMeaning() {
    QFETCH(QString, code);
    QFETCH(QString, stage);
    const ReplyCode *entry = builtIn().catalog.entry(code);
    QVERIFY(entry);
    QVERIFY2(entry->variants.size() >= 2, "a code with several meanings must explain each");
    bool covered = false;
    for (const ReplyCode::VariantSpec &variant : entry->variants)
        covered = covered || variant.stages.contains(stage);
    QVERIFY2(covered, qPrintable(QStringLiteral("no variant for the reply to %1").arg(stage)));
}

void TestCatalog::wellKnownPairings_data() {
    QTest::addColumn<QString>("basic");
    QTest::addColumn<QString>("enhanced");
    QTest::newRow("535 5.7.8") << "535"
                               << "5.7.8";
    QTest::newRow("534 5.7.9") << "534"
                               << "5.7.9";
    QTest::newRow("530 5.7.0") << "530"
                               << "5.7.0";
    QTest::newRow("454 4.7.0") << "454"
                               << "4.7.0";
    QTest::newRow("538 5.7.11") << "538"
                                << "5.7.11";
    QTest::newRow("432 4.7.12") << "432"
                                << "4.7.12";
    QTest::newRow("553 5.6.7") << "553"
                               << "5.6.7";
}

void TestCatalog::wellKnownPairings() {
    QFETCH(QString, basic);
    QFETCH(QString, enhanced);
    const Catalog &catalog = builtIn().catalog;
    const ReplyCode *entry = catalog.entry(basic);
    QVERIFY2(entry, qPrintable(basic));
    QVERIFY2(entry->pairings.contains(enhanced), qPrintable(entry->pairings.join(QLatin1Char(' '))));
    const ReplyCode *partner = catalog.lookup(enhanced).entry;
    QVERIFY(partner);
    QVERIFY2(partner->pairings.contains(basic), qPrintable(partner->pairings.join(QLatin1Char(' '))));
}

void TestCatalog::lookup_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("classDigit");
    QTest::addColumn<bool>("registered");
    using S = Catalog::Lookup::Status;
    QTest::newRow("basic") << "535" << int(S::Found) << "535"
                           << "535" << 5 << true;
    QTest::newRow("spaces trimmed") << "  250 " << int(S::Found) << "250"
                                    << "250" << 2 << true;
    QTest::newRow("enhanced concrete") << "5.7.8" << int(S::Found) << "5.7.8"
                                       << "X.7.8" << 5 << true;
    QTest::newRow("enhanced leading zeros") << "5.07.008" << int(S::Found) << "5.7.8"
                                            << "X.7.8" << 5 << true;
    QTest::newRow("registry form lower-case") << "x.7.8" << int(S::Found) << "X.7.8"
                                              << "X.7.8" << 0 << true;
    QTest::newRow("success class enhanced") << "2.1.5" << int(S::Found) << "2.1.5"
                                            << "X.1.5" << 2 << true;
    QTest::newRow("class") << "5.x.x" << int(S::Found) << "5.X.X"
                           << "5.X.X" << 5 << true;
    QTest::newRow("subject") << "X.7.X" << int(S::Found) << "X.7.X"
                             << "X.7.X" << 0 << true;
    QTest::newRow("provider code") << "5.7.139" << int(S::Fallback) << "5.7.139"
                                   << "5.7.139" << 5 << false;
    QTest::newRow("unregistered, no knowledge") << "5.7.999" << int(S::Fallback) << "5.7.999"
                                                << "" << 5 << false;
    QTest::newRow("unknown basic") << "537" << int(S::Unknown) << "537"
                                   << "" << 5 << true;
    QTest::newRow("no 3 class for enhanced") << "3.1.1" << int(S::Invalid) << "3.1.1"
                                             << "" << 3 << false;
    QTest::newRow("unknown subject") << "5.9.1" << int(S::Unknown) << "5.9.1"
                                     << "" << 5 << false;
    QTest::newRow("word") << "hello" << int(S::Invalid) << ""
                          << "" << 0 << false;
    QTest::newRow("too long") << "5350" << int(S::Invalid) << ""
                              << "" << 0 << false;
    QTest::newRow("1xx does not exist") << "150" << int(S::Invalid) << ""
                                        << "" << 0 << false;
}

void TestCatalog::lookup() {
    QFETCH(QString, input);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, entry);
    QFETCH(int, classDigit);
    QFETCH(bool, registered);
    const Catalog::Lookup result = builtIn().catalog.lookup(input);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.code, code);
    QCOMPARE(result.entry ? result.entry->code : QString(), entry);
    QCOMPARE(result.classDigit, classDigit);
    QCOMPARE(result.registered, registered);
    if (result.status == Catalog::Lookup::Status::Fallback) {
        QVERIFY(result.classEntry);
        QVERIFY(result.subjectEntry);
        QCOMPARE(result.subjectEntry->code, QStringLiteral("X.7.X"));
    }
}

void TestCatalog::unknownCodesSuggestNeighbours() {
    const Catalog::Lookup basic = builtIn().catalog.lookup(QStringLiteral("537"));
    QCOMPARE(basic.nearest.size(), 3);
    QVERIFY2(basic.nearest.contains(QStringLiteral("538")) && basic.nearest.contains(QStringLiteral("535")),
             qPrintable(basic.nearest.join(QLatin1Char(' '))));
    const Catalog::Lookup enhanced = builtIn().catalog.lookup(QStringLiteral("X.7.99"));
    QCOMPARE(enhanced.status, Catalog::Lookup::Status::Unknown);
    QVERIFY2(enhanced.nearest.contains(QStringLiteral("X.7.30")),
             qPrintable(enhanced.nearest.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
