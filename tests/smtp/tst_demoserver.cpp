// The demo server: every scenario against SmtpClient with its own suggested settings, TLS verified with the
// demo's own certificate, loopback only, bounded input, and the demo-server command.
#include "smtptesthelpers.h"

#include "catalog/catalogloader.h"
#include "smtp/demoscenario.h"
#include "smtp/demoserver.h"
#include "smtp/demosession.h"
#include "smtp/guidedtest.h"
#include "smtp/smtpclient.h"

#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <vector>

using namespace SmtpTest;
Q_DECLARE_METATYPE(SmtpError::Code)
Q_DECLARE_METATYPE(SmtpStep)

namespace {

// Scenario delays run at this fraction: the slow server greets after 400 ms, its suggested step time
// limit is 150 ms.
constexpr double fastTime = 0.05;

struct Expectation {
    SmtpError::Code error;
    SmtpStep step;
    int code;
    QString enhancedCode;
};

// What a client must see in each scenario, written down here rather than taken from the scenario itself.
const QHash<QString, Expectation> &expectations() {
    static const QHash<QString, Expectation> table{
        {"healthy", {SmtpError::None, SmtpStep::None, 0, ""}},
        {"auth-required", {SmtpError::AuthenticationRequired, SmtpStep::Mail, 530, "5.7.0"}},
        {"wrong-password", {SmtpError::AuthFailed, SmtpStep::Auth, 535, "5.7.8"}},
        {"mailbox-name-invalid", {SmtpError::RecipientRejected, SmtpStep::Rcpt, 553, "5.1.3"}},
        {"app-password-required", {SmtpError::AuthMechanismTooWeak, SmtpStep::Auth, 534, "5.7.9"}},
        {"starttls-required", {SmtpError::EncryptionRequired, SmtpStep::Mail, 530, "5.7.0"}},
        {"encryption-required-for-mechanism",
         {SmtpError::AuthEncryptionRequired, SmtpStep::Auth, 538, "5.7.11"}},
        {"temporary-auth-failure", {SmtpError::AuthTemporaryFailure, SmtpStep::Auth, 454, "4.7.0"}},
        {"service-unavailable", {SmtpError::ServiceUnavailable, SmtpStep::Greeting, 421, "4.3.2"}},
        {"mailbox-full", {SmtpError::RecipientRejected, SmtpStep::Rcpt, 452, "4.2.2"}},
        {"mailbox-full-permanent", {SmtpError::MessageRejected, SmtpStep::Message, 552, "5.2.2"}},
        {"unknown-user", {SmtpError::RecipientRejected, SmtpStep::Rcpt, 550, "5.1.1"}},
        {"relay-denied", {SmtpError::RecipientRejected, SmtpStep::Rcpt, 554, "5.7.1"}},
        {"greylisting", {SmtpError::RecipientRejected, SmtpStep::Rcpt, 450, "4.2.0"}},
        {"slow-server", {SmtpError::Timeout, SmtpStep::Greeting, 0, ""}},
    };
    return table;
}

QString explain(const SmtpResult &result) {
    return SmtpError::codeName(result.error.code) + " at step " + QString::number(int(result.error.step)) +
           ": " + result.error.reply.toString() + "\n" + result.error.detail + "\n" +
           result.transcript.toText();
}

// The last record of a step, or nullptr.
const SmtpStepRecord *recordOf(const SmtpResult &result, SmtpStep step) {
    for (auto it = result.steps.crbegin(); it != result.steps.crend(); ++it) {
        if (it->step == step)
            return &*it;
    }
    return nullptr;
}

SmtpReply replyOf(const SmtpResult &result, SmtpStep step) {
    const SmtpStepRecord *record = recordOf(result, step);
    return record && !record->replies.isEmpty() ? record->replies.last() : SmtpReply();
}

// A bare client that speaks raw lines, for what SmtpClient never sends. Waits by running the event loop,
// since the server lives in the same thread.
class RawClient {
public:
    explicit RawClient(QSslSocket *socket = nullptr)
        : m_socket(socket ? socket : &m_own) {}

    bool connectTo(quint16 port) {
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    // Every line of the next complete reply ("250-a", "250 b"); empty on timeout or close.
    QList<QByteArray> reply(int timeoutMs = 3000) {
        QList<QByteArray> lines;
        const bool done = QTest::qWaitFor(
            [&] {
                while (m_socket->canReadLine()) {
                    QByteArray line = m_socket->readLine();
                    line.chop(line.endsWith("\r\n") ? 2 : 1);
                    lines << line;
                    if (line.size() < 4 || line.at(3) != '-')
                        return true;
                }
                return m_socket->state() == QAbstractSocket::UnconnectedState && !m_socket->canReadLine();
            },
            timeoutMs);
        if (!done || lines.isEmpty() || (lines.last().size() >= 4 && lines.last().at(3) == '-'))
            return {};
        return lines;
    }
    QByteArray firstLine(int timeoutMs = 3000) { return reply(timeoutMs).value(0); }
    bool waitClosed(int timeoutMs = 5000) {
        return QTest::qWaitFor(
            [&] {
                m_socket->readAll();
                return m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QSslSocket *socket() { return m_socket; }

private:
    QSslSocket m_own;
    QSslSocket *m_socket;
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    env.insert("XDG_CONFIG_HOME", QDir::tempPath() + "/smtpdesk-tst-demoserver");
    return env;
}

CliResult runSmtpdesk(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(SMTPDESK_BINARY, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Splits a POSIX shell line as DemoCommand writes it: words separated by spaces, single quotes.
QStringList shellWords(const QString &line) {
    QStringList words;
    QString word;
    bool quoted = false;
    bool inWord = false;
    for (const QChar c : line) {
        if (c == '\'') {
            quoted = !quoted;
            inWord = true;
        } else if (c == ' ' && !quoted) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scenariosAreComplete();
    void everyScenario_data();
    void everyScenario();
    void healthyGoesAllTheWay();
    void healthyRefusesOtherCredentials();
    void healthyAcceptsLogin();
    void signInOnlyAfterStartTls();
    void relayAllowedAfterSignIn();
    void trustExactlyTheDemoCertificate();
    void demoCertificate();
    void slowServerGreetsEventually();
    void guidedTestReportsTheSlowServer();
    void listensOnLoopbackOnly();
    void sequentialAndParallelSessions();
    void refusesBeyondParallelLimit();
    void commandsInPlainText_data();
    void commandsInPlainText();
    void pipeliningAndDotStuffing();
    void startTlsDiscardsPlaintextSentAhead();
    void absurdInputClosesSession_data();
    void absurdInputClosesSession();
    void tooManyCommands();
    void tooManyErrors();
    void idleTimeout();
    void stopEndsSessions();
    void cliListsScenarios();
    void cliRejectsBadArguments_data();
    void cliRejectsBadArguments();
    void cliServesTheSuggestedTest();
};

void TestDemoServer::initTestCase() {
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (the OpenSSL plugin is missing)");
    QVERIFY2(!DemoServer::caCertificatePem().isEmpty(), "the demo certificate is not compiled in");
    qRegisterMetaType<DemoSession *>(); // for QSignalSpy
}

void TestDemoServer::scenariosAreComplete() {
    const QList<DemoScenario> all = DemoScenario::all();
    QCOMPARE(all.size(), expectations().size());
    QSet<QString> names;
    QSet<QString> titles;
    for (const DemoScenario &scenario : all) {
        QVERIFY2(expectations().contains(scenario.name()), qPrintable(scenario.name()));
        names << scenario.name();
        titles << scenario.title();
        QVERIFY(!scenario.description().isEmpty());
        QVERIFY(scenario.description().endsWith('.'));
        QCOMPARE(DemoScenario::fromName(scenario.name())->id(), scenario.id());
        QCOMPARE(DemoScenario::fromName(scenario.name().toUpper())->id(), scenario.id());
        const SmtpConfig config = scenario.suggestedConfig(2525);
        QVERIFY2(config.validate().isEmpty(), qPrintable(scenario.name() + ": " + config.validate()));
        QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(config.port, quint16(2525));
        // Sign-in over plain text only where the scenario is about it.
        QCOMPARE(config.allowPlaintextAuth, scenario.offersAuthWithoutTls());
    }
    QCOMPARE(names.size(), all.size());
    QCOMPARE(titles.size(), all.size());
    QVERIFY(!DemoScenario::fromName("no-such-scenario"));
    QVERIFY(!DemoScenario::fromName(""));
}

void TestDemoServer::everyScenario_data() {
    QTest::addColumn<QString>("name");
    for (const DemoScenario &scenario : DemoScenario::all())
        QTest::newRow(qPrintable(scenario.name())) << scenario.name();
}

void TestDemoServer::everyScenario() {
    QFETCH(QString, name);
    const Expectation expected = expectations().value(name);
    DemoServer server(*DemoScenario::fromName(name));
    server.setTimeScale(fastTime);
    QVERIFY(server.start());
    const SmtpConfig config = server.suggestedConfig();
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.error.code == expected.error, qPrintable(explain(result)));
    if (expected.error != SmtpError::None) {
        QCOMPARE(result.error.step, expected.step);
        QCOMPARE(result.error.reply.code, expected.code);
        QCOMPARE(result.error.reply.enhancedCode, expected.enhancedCode);
    }
    // Wherever the run got to TLS, the demo's own certificate verified: no problem overridden.
    if (config.security == SmtpConfig::Security::StartTls && recordOf(result, SmtpStep::TlsHandshake)) {
        QVERIFY(result.tls.encrypted);
        QVERIFY2(result.tls.problems.isEmpty(), qPrintable(result.tls.describeProblems()));
        QVERIFY(!result.tls.trustedByFingerprint);
        QVERIFY(result.tls.extraCaUsed);
        QCOMPARE(result.tls.peerChain.value(0).sha256, DemoServer::fingerprintSha256());
    }
    QVERIFY(secretLeaks(result, {DemoScenario::password()}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(server.sessions().isEmpty(), 5000);
}

void TestDemoServer::healthyGoesAllTheWay() {
    DemoServer server{DemoScenario(DemoScenario::Id::Healthy)};
    QVERIFY(server.start());
    int messages = -1;
    qint64 size = -1;
    DemoSession::CloseReason reason = DemoSession::CloseReason::Open;
    connect(&server, &DemoServer::sessionClosed, this, [&](DemoSession *session) {
        messages = session->messagesAccepted();
        size = session->lastMessageSize();
        reason = session->closeReason();
    });
    SmtpClient client;
    const SmtpResult result = run(client, server.suggestedConfig());
    QVERIFY2(result.ok(), qPrintable(explain(result)));

    QCOMPARE(replyOf(result, SmtpStep::Greeting).code, 220);
    QCOMPARE(replyOf(result, SmtpStep::StartTls).code, 220);
    QCOMPARE(replyOf(result, SmtpStep::Auth).code, 235);
    QCOMPARE(replyOf(result, SmtpStep::Auth).enhancedCode, QStringLiteral("2.7.0"));
    QCOMPARE(replyOf(result, SmtpStep::Vrfy).code, 252);
    QCOMPARE(replyOf(result, SmtpStep::Help).code, 214);
    QCOMPARE(replyOf(result, SmtpStep::Mail).code, 250);
    QCOMPARE(replyOf(result, SmtpStep::Mail).enhancedCode, QStringLiteral("2.1.0"));
    QCOMPARE(replyOf(result, SmtpStep::Rcpt).code, 250);
    QCOMPARE(replyOf(result, SmtpStep::Rcpt).enhancedCode, QStringLiteral("2.1.5"));
    QCOMPARE(replyOf(result, SmtpStep::Data).code, 354);
    QCOMPARE(replyOf(result, SmtpStep::Message).code, 250);
    QCOMPARE(replyOf(result, SmtpStep::Message).enhancedCode, QStringLiteral("2.0.0"));
    QCOMPARE(replyOf(result, SmtpStep::Quit).code, 221);
    QCOMPARE(result.recipientsAccepted, 1);
    QCOMPARE(result.authMechanism, QStringLiteral("PLAIN"));

    // Before TLS: STARTTLS and no AUTH; inside TLS: AUTH and no STARTTLS.
    const SmtpStepRecord *firstEhlo = nullptr;
    for (const SmtpStepRecord &record : result.steps) {
        if (record.step == SmtpStep::Ehlo) {
            firstEhlo = &record;
            break;
        }
    }
    QVERIFY(firstEhlo);
    const QStringList before = firstEhlo->replies.value(0).lines;
    QVERIFY(before.contains("STARTTLS"));
    QVERIFY(!before.join('\n').contains("AUTH"));
    const Capabilities &caps = result.capabilities;
    QVERIFY(caps.ehlo);
    QVERIFY(caps.enhancedStatusCodes);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.eightBitMime);
    QVERIFY(caps.size);
    QCOMPARE(caps.sizeLimit, DemoSession::maxMessageSize);
    QVERIFY(!caps.startTls);
    QCOMPARE(caps.authMechanisms, (QStringList{"PLAIN", "LOGIN"}));
    QVERIFY(result.tls.encrypted);
    QCOMPARE(result.tls.peerChain.value(0).subject, QStringLiteral("localhost"));

    // The transcript stays readable: only the AUTH payload is hidden, not names or addresses.
    const QString transcript = result.transcript.toText();
    QVERIFY2(transcript.contains("220 demo.smtpdesk.test ESMTP"), qPrintable(transcript));
    QVERIFY(transcript.contains("MAIL FROM:<demo@smtpdesk.test>"));
    QCOMPARE(transcript.count(Redactor::marker()), 1);

    QTRY_COMPARE_WITH_TIMEOUT(messages, 1, 5000);
    QVERIFY(size > 100);
    QCOMPARE(reason, DemoSession::CloseReason::Quit);
}

void TestDemoServer::healthyRefusesOtherCredentials() {
    DemoServer server;
    QVERIFY(server.start());
    SmtpConfig config = server.suggestedConfig();
    config.password = "not-the-demo-password";
    SmtpClient client;
    const SmtpResult result = run(client, config);
    QCOMPARE(result.error.code, SmtpError::AuthFailed);
    QCOMPARE(result.error.reply.code, 535);
    QCOMPARE(result.error.reply.enhancedCode, QStringLiteral("5.7.8"));
    QVERIFY(secretLeaks(result, {config.password}).isEmpty());
}

void TestDemoServer::healthyAcceptsLogin() {
    DemoServer server;
    QVERIFY(server.start());
    SmtpConfig config = server.suggestedConfig();
    config.authMechanism = SmtpConfig::AuthMechanism::Login;
    SmtpClient client;
    const SmtpResult result = run(client, config);
    QVERIFY2(result.ok(), qPrintable(explain(result)));
    QCOMPARE(result.authMechanism, QStringLiteral("LOGIN"));
    QCOMPARE(replyOf(result, SmtpStep::Auth).code, 235);
}

void TestDemoServer::signInOnlyAfterStartTls() {
    DemoServer server;
    QVERIFY(server.start());
    SmtpConfig config = server.suggestedConfig();
    config.security = SmtpConfig::Security::None;
    config.allowPlaintextAuth = true;
    SmtpClient client;
    const SmtpResult result = run(client, config);
    QCOMPARE(result.error.code, SmtpError::AuthNotOffered);
    QVERIFY(result.capabilities.startTls);
}

void TestDemoServer::relayAllowedAfterSignIn() {
    // The lesson of relay-denied: the same recipient is fine once the client signs in.
    DemoServer server{DemoScenario(DemoScenario::Id::RelayDenied)};
    QVERIFY(server.start());
    SmtpConfig config = server.suggestedConfig();
    config.user = DemoScenario::userName();
    config.password = DemoScenario::password();
    SmtpClient client;
    const SmtpResult result = run(client, config);
    QVERIFY2(result.ok(), qPrintable(explain(result)));
    QCOMPARE(replyOf(result, SmtpStep::Rcpt).code, 250);
}

void TestDemoServer::trustExactlyTheDemoCertificate() {
    DemoServer server;
    QVERIFY(server.start());
    // By fingerprint instead of the CA file.
    SmtpConfig config = server.suggestedConfig();
    config.extraCaFile.clear();
    config.trustedFingerprintSha256 = DemoServer::fingerprintSha256();
    SmtpClient client;
    SmtpResult result = run(client, config);
    QVERIFY2(result.ok(), qPrintable(explain(result)));
    QVERIFY(result.tls.trustedByFingerprint);

    // Without either, nothing on the system trusts it.
    config.trustedFingerprintSha256.clear();
    result = run(client, config);
    QCOMPARE(result.error.code, SmtpError::CertificateUntrusted);
    QVERIFY(!result.tls.problems.isEmpty());
}

void TestDemoServer::demoCertificate() {
    const QString path = DemoServer::caCertificatePath();
    QVERIFY(!path.isEmpty());
    QCOMPARE(DemoServer::caCertificatePath(), path); // written once
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), DemoServer::caCertificatePem());
    QVERIFY(!(file.permissions() & (QFileDevice::WriteOther | QFileDevice::WriteGroup)));

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate &cert = certificates.first();
    QVERIFY(cert.isSelfSigned());
    QCOMPARE(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
             DemoServer::fingerprintSha256());
    const auto names = cert.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains("localhost"));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains("127.0.0.1"));
    QVERIFY(cert.expiryDate() > QDateTime(QDate(2050, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(cert.effectiveDate() < QDateTime::currentDateTimeUtc());
}

void TestDemoServer::slowServerGreetsEventually() {
    // A delay, not a hang: with a longer time limit the slow server works.
    DemoServer server{DemoScenario(DemoScenario::Id::SlowServer)};
    server.setTimeScale(fastTime);
    QVERIFY(server.start());
    SmtpConfig config = server.suggestedConfig();
    QVERIFY(config.stepTimeoutMs < 400);
    config.stepTimeoutMs = 5000;
    QElapsedTimer clock;
    clock.start();
    SmtpClient client;
    const SmtpResult result = run(client, config);
    QVERIFY2(result.ok(), qPrintable(explain(result)));
    QVERIFY(clock.elapsed() >= 350);
}

void TestDemoServer::guidedTestReportsTheSlowServer() {
    DemoServer server{DemoScenario(DemoScenario::Id::SlowServer)};
    server.setTimeScale(fastTime);
    QVERIFY(server.start());
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QSignalSpy finished(&test, &GuidedTest::finished);
    QVERIFY(test.start(server.suggestedConfig()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(test.result().error.code, SmtpError::Timeout);
    const GuidedTest::Summary summary = test.summary();
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Fail);
    QVERIFY(summary.failedStep >= 0);
    QCOMPARE(test.steps().at(summary.failedStep).kind, GuidedStep::Kind::Greeting);
}

void TestDemoServer::listensOnLoopbackOnly() {
    DemoServer server;
    QVERIFY(!server.isListening());
    QVERIFY(server.start());
    QCOMPARE(server.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.serverAddress().isLoopback());
    QVERIFY(server.serverPort() != 0);
    QCOMPARE(server.suggestedConfig().port, server.serverPort());
    QVERIFY(!server.start()); // already listening

    // A given port, also on loopback only; a second server cannot take it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    DemoServer fixed;
    QVERIFY2(fixed.start(port), qPrintable(fixed.errorString()));
    QCOMPARE(fixed.serverPort(), port);
    QCOMPARE(fixed.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    DemoServer second;
    QVERIFY(!second.start(port));
    QVERIFY(!second.errorString().isEmpty());
}

void TestDemoServer::sequentialAndParallelSessions() {
    DemoServer server;
    QVERIFY(server.start());
    const SmtpConfig config = server.suggestedConfig();
    for (int i = 0; i < 3; ++i) {
        SmtpClient client;
        const SmtpResult result = run(client, config);
        QVERIFY2(result.ok(), qPrintable(explain(result)));
    }
    constexpr int parallel = 6;
    QList<SmtpClient *> clients;
    int finished = 0;
    int succeeded = 0;
    for (int i = 0; i < parallel; ++i) {
        auto *client = new SmtpClient(this);
        clients << client;
        connect(client, &SmtpClient::finished, this, [&](const SmtpResult &result) {
            ++finished;
            succeeded += result.ok() ? 1 : 0;
        });
        QVERIFY(client->start(config));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, parallel, 20000);
    QCOMPARE(succeeded, parallel);
    QCOMPARE(server.sessionsStarted(), 3 + parallel);
    QTRY_VERIFY_WITH_TIMEOUT(server.sessions().isEmpty(), 5000);
    qDeleteAll(clients);
}

void TestDemoServer::refusesBeyondParallelLimit() {
    DemoServer server;
    QVERIFY(server.start());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < DemoServer::maxParallelSessions; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTo(server.serverPort()));
        QVERIFY(clients.back()->firstLine().startsWith("220 "));
    }
    RawClient extra;
    QVERIFY(extra.connectTo(server.serverPort()));
    QVERIFY(extra.firstLine().startsWith("421 4.7.0"));
    QVERIFY(extra.waitClosed());
    // A place that frees up is available again.
    clients.front()->send("QUIT\r\n");
    QVERIFY(clients.front()->firstLine().startsWith("221 "));
    QTRY_COMPARE(server.sessions().size(), DemoServer::maxParallelSessions - 1);
    RawClient next;
    QVERIFY(next.connectTo(server.serverPort()));
    QVERIFY(next.firstLine().startsWith("220 "));
}

void TestDemoServer::commandsInPlainText_data() {
    QTest::addColumn<QByteArray>("commands");
    QTest::addColumn<QByteArray>("lastReply");
    const QByteArray ehlo = "EHLO client.test\r\n";
    QTest::newRow("HELP") << ehlo + "HELP\r\n" << QByteArray("214 2.0.0");
    QTest::newRow("VRFY") << ehlo + "VRFY demo@smtpdesk.test\r\n" << QByteArray("252 2.0.0");
    QTest::newRow("VRFY without argument") << ehlo + "VRFY\r\n" << QByteArray("501 5.5.4");
    QTest::newRow("NOOP") << ehlo + "NOOP\r\n" << QByteArray("250 2.0.0");
    QTest::newRow("RSET") << ehlo + "RSET\r\n" << QByteArray("250 2.0.0");
    QTest::newRow("lower case") << ehlo + "noop\r\n" << QByteArray("250 2.0.0");
    QTest::newRow("unknown command") << ehlo + "FROBNICATE\r\n" << QByteArray("500 5.5.2");
    QTest::newRow("EXPN") << ehlo + "EXPN staff\r\n" << QByteArray("502 5.5.1");
    QTest::newRow("AUTH before STARTTLS") << ehlo + "AUTH PLAIN\r\n" << QByteArray("530 5.7.0");
    QTest::newRow("MAIL before EHLO")
        << QByteArray("MAIL FROM:<a@smtpdesk.test>\r\n") << QByteArray("503 5.5.1");
    QTest::newRow("MAIL syntax") << ehlo + "MAIL FROM a@smtpdesk.test\r\n" << QByteArray("501 5.5.4");
    QTest::newRow("MAIL too large") << ehlo + "MAIL FROM:<a@smtpdesk.test> SIZE=999999999\r\n"
                                    << QByteArray("552 5.3.4");
    QTest::newRow("MAIL unknown parameter") << ehlo + "MAIL FROM:<a@smtpdesk.test> XYZ=1\r\n"
                                            << QByteArray("555 5.5.4");
    QTest::newRow("null sender") << ehlo + "MAIL FROM:<>\r\n" << QByteArray("250 2.1.0");
    QTest::newRow("RCPT without MAIL") << ehlo + "RCPT TO:<b@smtpdesk.test>\r\n" << QByteArray("503 5.5.1");
    QTest::newRow("RCPT bad address") << ehlo + "MAIL FROM:<a@smtpdesk.test>\r\nRCPT TO:<nobody>\r\n"
                                      << QByteArray("501 5.1.3");
    QTest::newRow("DATA without RCPT") << ehlo + "MAIL FROM:<a@smtpdesk.test>\r\nDATA\r\n"
                                       << QByteArray("554 5.5.1");
    QTest::newRow("EHLO without name") << QByteArray("EHLO\r\n") << QByteArray("501 5.5.4");
    QTest::newRow("HELO") << QByteArray("HELO client.test\r\n") << QByteArray("250 demo.smtpdesk.test");
    QTest::newRow("QUIT") << QByteArray("QUIT\r\n") << QByteArray("221 2.0.0");
}

void TestDemoServer::commandsInPlainText() {
    QFETCH(QByteArray, commands);
    QFETCH(QByteArray, lastReply);
    DemoServer server;
    QVERIFY(server.start());
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 demo.smtpdesk.test ESMTP"));
    const int count = int(commands.count("\r\n"));
    client.send(commands); // all at once, as with PIPELINING
    QList<QByteArray> last;
    for (int i = 0; i < count; ++i)
        last = client.reply();
    QVERIFY(!last.isEmpty());
    QVERIFY2(last.last().startsWith(lastReply), last.join('\n').constData());
}

void TestDemoServer::pipeliningAndDotStuffing() {
    DemoServer server;
    QVERIFY(server.start());
    QPointer<DemoSession> session;
    connect(&server, &DemoServer::sessionOpened, this, [&](DemoSession *s) { session = s; });
    DemoSession::CloseReason reason = DemoSession::CloseReason::Open;
    connect(&server, &DemoServer::sessionClosed, this, [&](DemoSession *s) { reason = s->closeReason(); });
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    client.send("EHLO client.test\r\nMAIL FROM:<a@smtpdesk.test>\r\nRCPT TO:<b@smtpdesk.test>\r\n"
                "RCPT TO:<c@smtpdesk.test>\r\nDATA\r\n");
    const QList<QByteArray> ehlo = client.reply();
    QVERIFY(ehlo.contains("250-PIPELINING"));
    QVERIFY(ehlo.contains("250-ENHANCEDSTATUSCODES"));
    QVERIFY(ehlo.contains("250-8BITMIME"));
    QVERIFY(ehlo.contains("250-STARTTLS"));
    QVERIFY(ehlo.contains("250 HELP"));
    QVERIFY(client.firstLine().startsWith("250 2.1.0"));
    QVERIFY(client.firstLine().startsWith("250 2.1.5"));
    QVERIFY(client.firstLine().startsWith("250 2.1.5"));
    QVERIFY(client.firstLine().startsWith("354 "));
    // A doubled dot is text, a lone dot ends the message; the body arrives in pieces.
    client.send("Subject: dots\r\n\r\n..\r\n");
    QTest::qWait(50);
    QVERIFY(!client.socket()->canReadLine()); // ".." did not end the message
    client.send("..leading\r\n.x\r\n.\r\n");
    QVERIFY(client.firstLine().startsWith("250 2.0.0 Ok: queued as "));
    QVERIFY(session);
    QCOMPARE(session->messagesAccepted(), 1);
    const QByteArray unstuffed = "Subject: dots\r\n\r\n.\r\n.leading\r\nx\r\n";
    QCOMPARE(session->lastMessageSize(), qint64(unstuffed.size()));
    client.send("QUIT\r\n");
    QVERIFY(client.firstLine().startsWith("221 2.0.0"));
    QVERIFY(client.waitClosed());
    QTRY_COMPARE(reason, DemoSession::CloseReason::Quit);
}

void TestDemoServer::startTlsDiscardsPlaintextSentAhead() {
    DemoServer server;
    QVERIFY(server.start());
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(DemoServer::caCertificatePem()));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(ssl);
    socket.setPeerVerifyName("localhost");
    QList<QSslError> errors;
    connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &e) { errors << e; });
    RawClient client(&socket);
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    client.send("EHLO client.test\r\n");
    QVERIFY(!client.reply().isEmpty());
    // An attacker in the path adds a command behind STARTTLS; the server must not run it inside TLS.
    client.send("STARTTLS\r\nMAIL FROM:<injected@example.com>\r\n");
    QVERIFY(client.firstLine().startsWith("220 2.0.0"));
    socket.startClientEncryption();
    QVERIFY(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 5000));
    QVERIFY(errors.isEmpty());
    client.send("EHLO client.test\r\n");
    const QList<QByteArray> ehlo = client.reply();
    QVERIFY2(ehlo.value(0).startsWith("250-demo.smtpdesk.test"), ehlo.value(0).constData());
    QVERIFY(ehlo.contains("250-AUTH PLAIN LOGIN"));
    QVERIFY(!ehlo.contains("250-STARTTLS"));
    // No sender was taken over from plain text: a new MAIL FROM is not "nested".
    client.send("MAIL FROM:<demo@smtpdesk.test>\r\n");
    QVERIFY(client.firstLine().startsWith("250 2.1.0"));
}

void TestDemoServer::absurdInputClosesSession_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("100 KB line without end") << QByteArray(100 * 1024, 'A');
    QTest::newRow("100 KB line with end") << QByteArray(100 * 1024, 'A') + "\r\n";
    QByteArray garbage(256 * 1024, '\0');
    QRandomGenerator random(42);
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("binary garbage") << garbage;
    QByteArray newlines;
    for (int i = 0; i < 5000; ++i)
        newlines += QByteArray(1 + i % 7, char(0x80 + i % 100)) + '\n';
    QTest::newRow("short binary lines") << newlines;
}

void TestDemoServer::absurdInputClosesSession() {
    QFETCH(QByteArray, input);
    DemoServer server;
    QVERIFY(server.start());
    QPointer<DemoSession> session;
    connect(&server, &DemoServer::sessionOpened, this, [&](DemoSession *s) { session = s; });
    DemoSession::CloseReason reason = DemoSession::CloseReason::Open;
    connect(&server, &DemoServer::sessionClosed, this, [&](DemoSession *s) { reason = s->closeReason(); });
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    QVERIFY(session);
    client.send(input);
    int largest = 0;
    const bool closed = QTest::qWaitFor(
        [&] {
            if (session)
                largest = qMax(largest, session->bufferedBytes());
            client.socket()->readAll();
            return client.socket()->state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    QVERIFY(closed);
    QVERIFY2(largest <= DemoSession::maxBufferedBytes, qPrintable(QString::number(largest)));
    QTRY_VERIFY(reason != DemoSession::CloseReason::Open);
    QVERIFY2(reason == DemoSession::CloseReason::LineTooLong ||
                 reason == DemoSession::CloseReason::TooManyErrors ||
                 reason == DemoSession::CloseReason::TooManyCommands,
             qPrintable(DemoSession::describe(reason)));
    QTRY_VERIFY(server.sessions().isEmpty());
    // The server is still there for the next client.
    SmtpClient next;
    QVERIFY2(run(next, server.suggestedConfig()).ok(), "the server no longer serves");
}

void TestDemoServer::tooManyCommands() {
    DemoServer server;
    QVERIFY(server.start());
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    client.send(QByteArray("NOOP\r\n").repeated(DemoSession::maxCommands + 20));
    for (int i = 0; i < DemoSession::maxCommands; ++i)
        QVERIFY(client.firstLine().startsWith("250 2.0.0"));
    QVERIFY(client.firstLine().startsWith("421 4.7.0"));
    QVERIFY(client.waitClosed());
}

void TestDemoServer::tooManyErrors() {
    DemoServer server;
    QVERIFY(server.start());
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    client.send(QByteArray("BOGUS\r\n").repeated(DemoSession::maxErrors + 5));
    for (int i = 0; i < DemoSession::maxErrors; ++i)
        QVERIFY(client.firstLine().startsWith("500 5.5.2"));
    QVERIFY(client.firstLine().startsWith("421 4.7.0"));
    QVERIFY(client.waitClosed());
}

void TestDemoServer::idleTimeout() {
    DemoServer server;
    server.setIdleTimeoutMs(300);
    QVERIFY(server.start());
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    QVERIFY(client.firstLine(3000).startsWith("421 4.4.2"));
    QVERIFY(client.waitClosed());
}

void TestDemoServer::stopEndsSessions() {
    DemoServer server;
    QVERIFY(server.start());
    RawClient client;
    QVERIFY(client.connectTo(server.serverPort()));
    QVERIFY(client.firstLine().startsWith("220 "));
    QSignalSpy closed(&server, &DemoServer::sessionClosed);
    server.stop();
    QVERIFY(!server.isListening());
    QCOMPARE(closed.size(), 1);
    QVERIFY(server.sessions().isEmpty());
    QVERIFY(client.waitClosed());
}

void TestDemoServer::cliListsScenarios() {
    const CliResult result = runSmtpdesk({"--lang", "en", "demo-server", "--list"});
    QCOMPARE(result.exitCode, 0);
    for (const DemoScenario &scenario : DemoScenario::all()) {
        QVERIFY2(result.out.contains(scenario.name()), qPrintable(scenario.name()));
        QVERIFY2(result.out.contains(scenario.title()), qPrintable(scenario.title()));
    }
    const CliResult help = runSmtpdesk({"--lang", "en", "--help"});
    QVERIFY(help.out.contains("demo-server"));
}

void TestDemoServer::cliRejectsBadArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scenario") << QStringList{"--scenario", "no-such-thing"} << "unknown scenario";
    QTest::newRow("scenario without name") << QStringList{"--scenario"} << "--scenario";
    QTest::newRow("port too large") << QStringList{"--port", "70000"} << "not a valid port";
    QTest::newRow("port not a number") << QStringList{"--port=abc"} << "not a valid port";
    QTest::newRow("negative port") << QStringList{"--port", "-1"} << "not a valid port";
    QTest::newRow("unknown option") << QStringList{"--bind", "0.0.0.0"} << "unknown option";
}

void TestDemoServer::cliRejectsBadArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = runSmtpdesk(QStringList{"--lang", "en", "demo-server"} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestDemoServer::cliServesTheSuggestedTest() {
    QProcess server;
    server.setProcessEnvironment(cliEnvironment());
    server.start(SMTPDESK_BINARY, {"--lang", "en", "demo-server", "--scenario", "healthy"});
    QVERIFY(server.waitForStarted());
    QString out;
    static const QRegularExpression listening("Listening on 127\\.0\\.0\\.1:(\\d+)");
    static const QRegularExpression command("^\\s*(SMTPDESK_DEMO_PASSWORD=.* smtpdesk test .*)$",
                                            QRegularExpression::MultilineOption);
    const bool ready = QTest::qWaitFor(
        [&] {
            server.waitForReadyRead(50);
            out += QString::fromUtf8(server.readAllStandardOutput());
            return out.contains("Press Ctrl+C");
        },
        20000);
    if (!ready)
        server.kill();
    QVERIFY2(ready, qPrintable(out + QString::fromUtf8(server.readAllStandardError())));
    const QRegularExpressionMatch port = listening.match(out);
    QVERIFY2(port.hasMatch(), qPrintable(out));
    QVERIFY(out.contains(DemoServer::fingerprintSha256()));
    QVERIFY(out.contains("Healthy server"));
    const QRegularExpressionMatch line = command.match(out);
    QVERIFY2(line.hasMatch(), qPrintable(out));
    QVERIFY(line.captured(1).contains("--port " + port.captured(1)));

    // Run exactly what was printed.
    QStringList words = shellWords(line.captured(1));
    QProcessEnvironment env = cliEnvironment();
    const QString assignment = words.takeFirst();
    env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    QCOMPARE(words.takeFirst(), QStringLiteral("smtpdesk"));
    words.prepend("en");
    words.prepend("--lang");
    const CliResult test = runSmtpdesk(words, env);
    QVERIFY2(test.exitCode == 0, qPrintable(test.out + test.err));

    // SIGTERM stops the server cleanly.
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    out += QString::fromUtf8(server.readAllStandardOutput());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(out.contains("Session 1 opened"), qPrintable(out));
    QVERIFY2(out.contains("Demo server stopped."), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
