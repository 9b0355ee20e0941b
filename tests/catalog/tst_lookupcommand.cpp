// `smtpdesk lookup` as a person or a script uses it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result lookup(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("100"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SMTPDESK_BINARY), QStringList{QStringLiteral("lookup")} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestLookupCommand : public QObject {
    Q_OBJECT

private slots:
    void printsEverySection_data();
    void printsEverySection();
    void vietnameseEntryIsVietnamese();
    void unregisteredCodeExplainsFallback();
    void jsonForScripts();
    void unknownCodeSuggestsNeighbours();
    void malformedInputIsUsageError_data();
    void malformedInputIsUsageError();
};

void TestLookupCommand::printsEverySection_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("en") << "en"
                        << QStringList{"MEANING", "WHEN YOU SEE IT", "HOW TO FIX", "FOR SERVER OPERATORS",
                                       "SEE ALSO"};
    QTest::newRow("vi") << "vi" << QStringList{};
    QTest::newRow("es") << "es" << QStringList{};
}

void TestLookupCommand::printsEverySection() {
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    const Result result = lookup({QStringLiteral("535"), QStringLiteral("--lang"), language});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("535 — ")), qPrintable(result.out.left(200)));
    for (const QString &heading : headings)
        QVERIFY2(result.out.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')), qPrintable(heading));
    QVERIFY(result.out.contains(QStringLiteral("5.7.8")));
    QVERIFY(result.out.contains(QStringLiteral("RFC 4954")));
    QVERIFY(result.out.contains(QStringLiteral("  1. ")));
    for (const QString &line : result.out.split(QLatin1Char('\n'))) // wrapped for the terminal
        QVERIFY2(line.size() <= 100 || !line.contains(QLatin1Char(' ')), qPrintable(line));
}

void TestLookupCommand::vietnameseEntryIsVietnamese() {
    const Result english = lookup({QStringLiteral("535"), QStringLiteral("--lang=en")});
    const Result vietnamese = lookup({QStringLiteral("535"), QStringLiteral("--lang=vi")});
    QCOMPARE(vietnamese.exitCode, 0);
    QVERIFY(vietnamese.out != english.out);
    QVERIFY2(vietnamese.out.contains(QStringLiteral("xác thực"), Qt::CaseInsensitive),
             qPrintable(vietnamese.out));
    QVERIFY2(!vietnamese.out.contains(QStringLiteral("\nMEANING\n")), "section headings must be translated");
}

void TestLookupCommand::unregisteredCodeExplainsFallback() {
    const Result result = lookup({QStringLiteral("5.7.139"), QStringLiteral("--lang=en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("not a registered enhanced status code")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("5.X.X")));
    QVERIFY(result.out.contains(QStringLiteral("5.7.X")));
    QVERIFY(result.out.contains(QStringLiteral("Microsoft")));

    const Result unknown = lookup({QStringLiteral("4.7.321"), QStringLiteral("--lang=es")});
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY(unknown.out.contains(QStringLiteral("4.X.X")));
    QVERIFY(unknown.out.contains(QStringLiteral("4.7.X")));
}

void TestLookupCommand::jsonForScripts() {
    const Result result =
        lookup({QStringLiteral("5.7.8"), QStringLiteral("--json"), QStringLiteral("--lang=es")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object["status"].toString(), QStringLiteral("found"));
    QCOMPARE(object["language"].toString(), QStringLiteral("es"));
    const QJsonObject entry = object["entry"].toObject();
    QCOMPARE(entry["code"].toString(), QStringLiteral("5.7.8"));
    QCOMPARE(entry["catalogCode"].toString(), QStringLiteral("X.7.8"));
    QVERIFY(!entry["howToFix"].toArray().isEmpty());
    QVERIFY(entry["pairings"].toArray().contains(QStringLiteral("535")));
}

void TestLookupCommand::unknownCodeSuggestsNeighbours() {
    const Result result = lookup({QStringLiteral("537"), QStringLiteral("--lang=en")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("537")) && result.err.contains(QStringLiteral("538")),
             qPrintable(result.err));
}

void TestLookupCommand::malformedInputIsUsageError_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no code") << QStringList{};
    QTest::newRow("two codes") << QStringList{"535", "550"};
    QTest::newRow("word") << QStringList{"hello"};
    QTest::newRow("unknown option") << QStringList{"535", "--colour"};
    QTest::newRow("huge argument") << QStringList{QString(100000, QLatin1Char('5'))};
}

void TestLookupCommand::malformedInputIsUsageError() {
    QFETCH(QStringList, arguments);
    const Result result = lookup(arguments + QStringList{"--lang=en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(result.err.size() < 2000); // says what is wrong without echoing a flood back
}

QTEST_GUILESS_MAIN(TestLookupCommand)
#include "tst_lookupcommand.moc"
