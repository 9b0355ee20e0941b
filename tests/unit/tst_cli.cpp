#include "clirunner.h"
#include "smtpdesk_version.h"

#include <QProcess>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result runSmtpdesk(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line must never need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/smtpdesk-tst-cli"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SMTPDESK_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
