// Every subcommand against hostile arguments, run in process (an exec'd program cannot get an argument over
// 128 KiB on Linux, and QProcess cannot pass invalid UTF-8; tst_cli covers the real program). Whatever comes
// in: a usage error exits 2 with a short message in the user's language, nothing hangs, and nothing printed
// carries a terminal control sequence or an echo of a huge argument.
#include "clirunner.h"
#include "hostiletext.h"
#include "i18n/languagemanager.h"
#include "text/textsafety.h"

#include <QTest>

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments, const QString &language) {
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.exitCode = CliRunner(out, err, language).run(QStringList{QStringLiteral("smtpdesk")} + arguments);
    out.flush();
    err.flush();
    return outcome;
}

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

private slots:
    void hostileArguments_data();
    void hostileArguments();
    void hostileTextIsQuotedHarmlessly();
    void shownArgument_data();
    void shownArgument();

private:
    LanguageManager m_languages;
};

void TestCliBadInput::hostileArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("usageError"); // false: the command may also run and find nothing (exit 0 or 1)

    for (const auto &[name, value] : HostileText::values()) {
        QTest::addRow("command: %s", name) << QStringList{value} << true;
        QTest::addRow("lookup: %s", name) << QStringList{QStringLiteral("lookup"), value} << false;
        QTest::addRow("lookup option: %s", name)
            << QStringList{QStringLiteral("lookup"), QStringLiteral("--") + value} << true;
        QTest::addRow("compare: %s", name)
            << QStringList{QStringLiteral("compare"), value, QStringLiteral("535")} << true;
        QTest::addRow("explain: %s", name) << QStringList{QStringLiteral("explain"), value} << false;
        QTest::addRow("explain option: %s", name)
            << QStringList{QStringLiteral("explain"), QStringLiteral("--x") + value} << true;
        QTest::addRow("test --host: %s", name)
            << QStringList{QStringLiteral("test"), QStringLiteral("--host"), value} << true;
        QTest::addRow("test --port: %s", name)
            << QStringList{QStringLiteral("test"), QStringLiteral("--host"), QStringLiteral("h"),
                           QStringLiteral("--port"), value}
            << true;
        QTest::addRow("test --from: %s", name)
            << QStringList{QStringLiteral("test"), QStringLiteral("--host"), QStringLiteral("h"),
                           QStringLiteral("--from"), value + QStringLiteral("@")}
            << true;
        QTest::addRow("test option: %s", name)
            << QStringList{QStringLiteral("test"), QStringLiteral("--host"), QStringLiteral("h"),
                           QStringLiteral("--y") + value}
            << true;
        QTest::addRow("demo-server --port: %s", name)
            << QStringList{QStringLiteral("demo-server"), QStringLiteral("--port"),
                           value + QStringLiteral("x")}
            << true;
        QTest::addRow("demo-server --scenario: %s", name)
            << QStringList{QStringLiteral("demo-server"), QStringLiteral("--scenario"),
                           value + QStringLiteral("?")}
            << true;
    }
    // Not a value but a count: many arguments at once.
    QStringList many{QStringLiteral("compare")};
    for (int i = 0; i < 100000; ++i)
        many << QStringLiteral("535");
    QTest::newRow("compare: 100,000 codes") << many << true;
}

void TestCliBadInput::hostileArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, usageError);

    QString english;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")}) {
        QVERIFY(m_languages.setLanguage(language));
        const Outcome outcome = runCli(arguments, language);
        if (usageError)
            QCOMPARE(outcome.exitCode, 2);
        else
            QVERIFY2(outcome.exitCode >= 0 && outcome.exitCode <= 2,
                     qPrintable(QString::number(outcome.exitCode)));
        if (outcome.exitCode != 0) // usage errors on stderr; "nothing found" may be the report itself
            QVERIFY2(!(usageError ? outcome.err : outcome.err + outcome.out).trimmed().isEmpty(),
                     "a failure must say why");
        // Short: no echo of a huge argument, no flood.
        QVERIFY2(outcome.err.size() < 4000, qPrintable(outcome.err.left(200)));
        QVERIFY2(outcome.out.size() < 64 * 1024, qPrintable(QString::number(outcome.out.size())));
        const QString control = HostileText::firstDangerous(outcome.out + outcome.err);
        QVERIFY2(control.isEmpty(), qPrintable(control + QStringLiteral(" in ") + outcome.err.left(200)));
        // The usage message is in the user's language.
        if (language == QLatin1String("en"))
            english = outcome.err;
        else if (usageError)
            QVERIFY2(outcome.err != english,
                     qPrintable(language + QStringLiteral(": ") + outcome.err.left(200)));
    }
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestCliBadInput::hostileTextIsQuotedHarmlessly() {
    // explain quotes what it found; escape sequences in the text must not reach the terminal (tst_cli
    // checks the same through standard input of the real program).
    const QString hostile =
        QStringLiteral("550 5.1.1 \x1b[31mUser unknown\x1b[0m") + QChar(0x202E) + QStringLiteral(" done");
    const Outcome outcome = runCli({QStringLiteral("explain"), hostile}, QStringLiteral("en"));
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("5.1.1")), qPrintable(outcome.out));
    QVERIFY2(HostileText::firstDangerous(outcome.out).isEmpty(),
             qPrintable(HostileText::firstDangerous(outcome.out)));
    QVERIFY2(outcome.out.contains(QStringLiteral("User unknown")),
             qPrintable(outcome.out)); // the text is kept
}

void TestCliBadInput::shownArgument_data() {
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    const QString r(QChar(0xFFFD));
    QTest::newRow("plain") << QStringLiteral("535") << 60 << QStringLiteral("535");
    QTest::newRow("cut") << QStringLiteral("abcdef") << 3 << QStringLiteral("abc") + QChar(0x2026);
    QTest::newRow("escape") << QStringLiteral("\x1b[2Jx") << 60 << r + QStringLiteral("[2Jx");
    QTest::newRow("line break on one line") << QStringLiteral("a\nb") << 60 << QStringLiteral("a") + r + "b";
    QTest::newRow("C1 control") << QStringLiteral("a") + QChar(0x9B) << 60 << QStringLiteral("a") + r;
    QTest::newRow("bidi isolate") << QChar(0x2067) + QStringLiteral("x") << 60 << r + QStringLiteral("x");
    QTest::newRow("emoji kept") << QStringLiteral("ok 😀") << 60 << QStringLiteral("ok 😀");
    QTest::newRow("pair not split by the cut")
        << QStringLiteral("ab😀") << 3 << QStringLiteral("ab") + QChar(0x2026);
    QTest::newRow("lone high surrogate")
        << QChar(0xD83D) + QStringLiteral("x") << 60 << r + QStringLiteral("x");
    QTest::newRow("lone low surrogate")
        << QStringLiteral("x") + QChar(0xDE00) << 60 << QStringLiteral("x") + r;
}

void TestCliBadInput::shownArgument() {
    QFETCH(QString, argument);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(TextSafety::shown(argument, maxLength), expected);
    // safe() keeps tabs and line breaks (text of several lines), and never changes the length.
    const QString safe = TextSafety::safe(argument);
    QCOMPARE(safe.size(), argument.size());
    QCOMPARE(safe.count(QLatin1Char('\n')), argument.count(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
