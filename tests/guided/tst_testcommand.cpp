// `smtpdesk test` as a script or a person uses it: bad arguments exit 2 before any connection, a run prints
// steps and a summary, --json is parseable, secrets never show, and the exit status names the failing stage.
#include "fakesmtpserver.h"
#include "smtptesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace {

const QString password = QStringLiteral("Cli-Sécret-Pa55!");

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the binary while this process's event loop keeps serving the fake server.
Result smtpdesk(const QStringList &arguments, const QProcessEnvironment &extra = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SMTPDESK_BINARY), QStringList{QStringLiteral("test")} + arguments);
    if (!finished.wait(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString plainSession = QStringLiteral(R"(
S: 220 fake.test ESMTP
C: EHLO *
S: 250-fake.test
S: 250-ENHANCEDSTATUSCODES
S: 250 AUTH PLAIN LOGIN
C: AUTH PLAIN *
S: %1
C: QUIT
S: 221 2.0.0 Bye
)");

} // namespace

class TestTestCommand : public QObject {
    Q_OBJECT

private slots:
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void helpDocumentsExitStatuses();
    void successfulRunPrintsStepsAndSummary();
    void wrongPasswordExitsWithTheAuthStatus();
    void jsonAndTranscriptNeverShowThePassword();
    void refusedConnectionExitsWithTheConnectStatus();
};

void TestTestCommand::badArgumentsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no host") << QStringList{} << "--host";
    QTest::newRow("empty host") << QStringList{"--host", ""} << "--host";
    QTest::newRow("host with spaces")
        << QStringList{"--host", "mail example com"} << "not a valid server name";
    QTest::newRow("port 0") << QStringList{"--host", "h", "--port", "0"} << "not a valid port";
    QTest::newRow("port 70000") << QStringList{"--host", "h", "--port", "70000"} << "not a valid port";
    QTest::newRow("port abc") << QStringList{"--host", "h", "--port", "abc"} << "not a valid port";
    QTest::newRow("address without @")
        << QStringList{"--host", "h", "--from", "ana.example.org"} << "not an email address";
    QTest::newRow("recipient without @")
        << QStringList{"--host", "h", "--from", "a@b.c", "--to", "bob"} << "not an email address";
    QTest::newRow("password on the command line")
        << QStringList{"--host", "h", "--password", "x"} << "never accepted";
    QTest::newRow("password= on the command line")
        << QStringList{"--host", "h", "--password=x"} << "never accepted";
    QTest::newRow("two password sources")
        << QStringList{"--host", "h", "--user", "u", "--password-file", "/a", "--password-env", "B"}
        << "not both";
    QTest::newRow("auth none with a user")
        << QStringList{"--host", "h", "--auth", "none", "--user", "u"} << "contradicts";
    QTest::newRow("token with plain")
        << QStringList{"--host", "h", "--user", "u", "--auth", "plain", "--token-file", "/t"} << "xoauth2";
    QTest::newRow("test message without recipient")
        << QStringList{"--host", "h", "--send-test-message"} << "--from";
    QTest::newRow("unknown security")
        << QStringList{"--host", "h", "--security", "maybe"} << "none, starttls or tls";
    QTest::newRow("unknown option") << QStringList{"--host", "h", "--frobnicate"} << "Unknown option";
    QTest::newRow("no password and no terminal")
        << QStringList{"--host", "h", "--user", "u"} << "no terminal";
    QTest::newRow("missing password file")
        << QStringList{"--host", "h", "--user", "u", "--password-file", "/nonexistent/pw"}
        << "could not be read";
    // One argument cannot exceed 128 KiB on Linux (MAX_ARG_STRLEN); the largest one that can reach us.
    QTest::newRow("huge argument") << QStringList{"--host", QString(120 * 1024, QLatin1Char('a'))}
                                   << "too long";
    QTest::newRow("timeout 0") << QStringList{"--host", "h", "--timeout", "0"} << "not a valid timeout";
}

void TestTestCommand::badArgumentsExitTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = smtpdesk(arguments + QStringList{"--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err.left(300)));
    QVERIFY(result.err.size() < 2000);
}

void TestTestCommand::helpDocumentsExitStatuses() {
    const Result result = smtpdesk({"--help", "--lang", "en"});
    QCOMPARE(result.exitCode, 0);
    for (const char *words : {"3 DNS or connection", "4 TLS", "7 AUTH", "9 RCPT TO", "--password-file"})
        QVERIFY2(result.out.contains(QString::fromUtf8(words)), words);
}

void TestTestCommand::successfulRunPrintsStepsAndSummary() {
    FakeSmtpServer server;
    server.setScript(QString(plainSession).arg(QStringLiteral("235 2.7.0 Authentication successful")));
    QVERIFY(server.start());
    QProcessEnvironment env;
    env.insert(QStringLiteral("SMTPDESK_TEST_PW"), password);
    const Result result = smtpdesk({"--host", "127.0.0.1", "--port", QString::number(server.port()),
                                    "--security", "none", "--user", "ana@example.org", "--password-env",
                                    "SMTPDESK_TEST_PW", "--allow-plaintext-auth", "--lang", "en"},
                                   env);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join(QLatin1Char('\n'))));
    QCOMPARE(result.exitCode, 0);
    // Signing in without encryption works but is flagged.
    QVERIFY2(result.out.contains(QStringLiteral("! Sign in (AUTH)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Signed in as ana@example.org with PLAIN")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("The server works, with 2 warnings.")),
             qPrintable(result.out));
    QVERIFY(!result.out.contains(password));
}

void TestTestCommand::wrongPasswordExitsWithTheAuthStatus() {
    FakeSmtpServer server;
    server.setScript(
        QString(plainSession).arg(QStringLiteral("535 5.7.8 Username and Password not accepted")));
    QVERIFY(server.start());
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("pw")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(password.toUtf8() + "\n");
    secret.close();
    const Result result = smtpdesk({"--host", "127.0.0.1", "--port", QString::number(server.port()),
                                    "--security", "none", "--user", "ana@example.org", "--password-file",
                                    secret.fileName(), "--allow-plaintext-auth", "--lang", "en"});
    QCOMPARE(result.exitCode, 7);
    QVERIFY(result.out.contains(QStringLiteral("✗ Sign in (AUTH)")));
    QVERIFY(result.out.contains(QStringLiteral("smtpdesk lookup 5.7.8")));
    QVERIFY(!result.out.contains(password));
}

void TestTestCommand::jsonAndTranscriptNeverShowThePassword() {
    FakeSmtpServer server;
    server.setScript(QString(plainSession).arg(QStringLiteral("235 2.7.0 ok")));
    QVERIFY(server.start());
    QProcessEnvironment env;
    env.insert(QStringLiteral("SMTPDESK_TEST_PW"), password);
    const Result result =
        smtpdesk({"--host", "127.0.0.1", "--port", QString::number(server.port()), "--security", "none",
                  "--user", "ana@example.org", "--password-env", "SMTPDESK_TEST_PW", "--allow-plaintext-auth",
                  "--json", "--transcript", "--lang", "vi"},
                 env);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[QStringLiteral("language")].toString(), QStringLiteral("vi"));
    QCOMPARE(root[QStringLiteral("error")].toString(), QStringLiteral("None"));
    const QJsonArray steps = root[QStringLiteral("steps")].toArray();
    QVERIFY(steps.size() >= 6);
    QVERIFY(root[QStringLiteral("transcript")].toString().contains(QStringLiteral("AUTH PLAIN")));
    QVERIFY2(secretLeaks(result.out, {password}).isEmpty(),
             qPrintable(secretLeaks(result.out, {password}).join(' ')));
    QVERIFY(secretLeaks(result.err, {password}).isEmpty());
}

void TestTestCommand::refusedConnectionExitsWithTheConnectStatus() {
    QTcpServer probe; // a port that was free a moment ago and has nothing listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Result result = smtpdesk({"--host", "127.0.0.1", "--port", QString::number(port), "--lang", "en"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains(QStringLiteral("✗ Connect")));
}

QTEST_GUILESS_MAIN(TestTestCommand)
#include "tst_testcommand.moc"
