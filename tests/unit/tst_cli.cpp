#include "clirunner.h"
#include "smtpdesk_version.h"

#include <QProcess>
#include <QStringDecoder>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut;
    QByteArray rawErr;
};

// Runs the program; with shellArguments set, through /bin/sh so that printf can put bytes into an argument
// that no QString holds (invalid UTF-8).
Result runSmtpdesk(const QStringList &arguments, const QByteArray &input = {},
                   const QString &shellArguments = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line must never need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/smtpdesk-tst-cli"));
    process.setProcessEnvironment(env);
    if (shellArguments.isEmpty())
        process.start(QStringLiteral(SMTPDESK_BINARY), arguments);
    else
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("exec \"$0\" ") + shellArguments,
                       QStringLiteral(SMTPDESK_BINARY)});
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.rawOut = process.readAllStandardOutput();
    result.rawErr = process.readAllStandardError();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(result.rawErr);
    return result;
}

// Output a terminal could act on: ESC, other C0 controls but tab and newline, C1 controls in UTF-8, bidi
// overrides; and output that is not valid UTF-8.
QString terminalProblem(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QStringLiteral("invalid UTF-8");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) ||
            (u >= 0x202A && u <= 0x202E))
            return QStringLiteral("control character U+%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void isCliInvocation_data();
    void isCliInvocation();
    void versionPrintsProjectVersion();
    void helpListsUsageAndExitStatus();
    void helpFollowsLanguage();
    void unknownCommandExitsTwo();
    void invalidUtf8ArgumentsGetAClearMessage_data();
    void invalidUtf8ArgumentsGetAClearMessage();
    void hostileStandardInputIsNeutralised();
};

void TestCli::isCliInvocation_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("cli");
    QTest::newRow("no arguments: window") << QStringList{"smtpdesk"} << false;
    QTest::newRow("language only: window") << QStringList{"smtpdesk", "--lang", "vi"} << false;
    QTest::newRow("Qt platform option: window") << QStringList{"smtpdesk", "-platform", "offscreen"} << false;
    QTest::newRow("help") << QStringList{"smtpdesk", "--help"} << true;
    QTest::newRow("version") << QStringList{"smtpdesk", "--version"} << true;
    QTest::newRow("subcommand after language")
        << QStringList{"smtpdesk", "--lang=es", "lookup", "535"} << true;
    QTest::newRow("unknown word") << QStringList{"smtpdesk", "frobnicate"} << true;
}

void TestCli::isCliInvocation() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, cli);
    QCOMPARE(CliRunner::isCliInvocation(arguments), cli);
}

void TestCli::versionPrintsProjectVersion() {
    const Result result = runSmtpdesk({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("smtpdesk " SMTPDESK_VERSION));
}

void TestCli::helpListsUsageAndExitStatus() {
    const Result result =
        runSmtpdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Usage: smtpdesk")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("--version")));
    QVERIFY(result.out.contains(QStringLiteral("2 wrong usage")));
}

void TestCli::helpFollowsLanguage() {
    const Result english = runSmtpdesk({QStringLiteral("--help"), QStringLiteral("--lang=en")});
    const Result vietnamese = runSmtpdesk({QStringLiteral("--help"), QStringLiteral("--lang=vi")});
    const Result spanish = runSmtpdesk({QStringLiteral("--help"), QStringLiteral("--lang=es")});
    QCOMPARE(vietnamese.exitCode, 0);
    QCOMPARE(spanish.exitCode, 0);
    QVERIFY(vietnamese.out != english.out);
    QVERIFY(spanish.out != english.out);
    QVERIFY2(vietnamese.out.contains(QStringLiteral("smtpdesk")), qPrintable(vietnamese.out));
}

void TestCli::unknownCommandExitsTwo() {
    const Result result =
        runSmtpdesk({QStringLiteral("frobnicate"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::invalidUtf8ArgumentsGetAClearMessage_data() {
    QTest::addColumn<QString>("shellArguments"); // printf formats the bytes; no QString could hold them
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("command") << R"sh("$(printf '\377\376\033[2J')" --lang en)sh" << 2 << "unknown command";
    QTest::newRow("lookup") << R"sh(lookup "$(printf '5\3773\2405')" --lang en)sh" << 2
                            << "not an SMTP reply code";
    QTest::newRow("compare") << R"sh(compare 535 "$(printf '\303\050\033]0;x\007')" --lang en)sh" << 2 << "";
    QTest::newRow("test --host") << R"sh(test --host "$(printf 'smtp\377.example')" --lang en)sh" << 2
                                 << "not valid text";
    QTest::newRow("test --from") << R"sh(test --host h --from "$(printf 'a\377@b')" --lang en)sh" << 2
                                 << "not valid text";
    QTest::newRow("explain") << R"sh(explain "$(printf '550 5.1.1 \377\033[31mx')" --lang en)sh" << 0 << "";
}

void TestCli::invalidUtf8ArgumentsGetAClearMessage() {
    QFETCH(QString, shellArguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = runSmtpdesk({}, {}, shellArguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(terminalProblem(result.rawErr).isEmpty(), qPrintable(terminalProblem(result.rawErr)));
    QVERIFY2(terminalProblem(result.rawOut).isEmpty(), qPrintable(terminalProblem(result.rawOut)));
}

void TestCli::hostileStandardInputIsNeutralised() {
    // A bounce with escape sequences, a bidi override and invalid UTF-8, read from standard input.
    const QByteArray bounce = "Delivery failed.\r\n\x1b[2J\x1b]0;pwned\x07Remote server said:\r\n"
                              "550 5.1.1 <a@b.example>: \xe2\x80\xae\xff\xfeUser unknown \x9b"
                              "31m\r\n";
    const Result result = runSmtpdesk(
        {QStringLiteral("explain"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")},
        bounce);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("5.1.1")), qPrintable(result.out));
    QVERIFY2(terminalProblem(result.rawOut).isEmpty(), qPrintable(terminalProblem(result.rawOut)));
    QVERIFY2(terminalProblem(result.rawErr).isEmpty(), qPrintable(terminalProblem(result.rawErr)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
