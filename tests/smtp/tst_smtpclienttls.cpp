// SmtpClient with STARTTLS and implicit TLS against the fake server and the material in tests/data/tls.
#include "fakesmtpserver.h"
#include "smtptesthelpers.h"

#include "smtp/smtpclient.h"

#include <QMessageAuthenticationCode>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace SmtpTest;
using Mechanism = SmtpConfig::AuthMechanism;
Q_DECLARE_METATYPE(Mechanism)

namespace {

const QString user = QStringLiteral("tls-user@example.org");
const QString password = QStringLiteral("Tls-Sëcret-Pässword-987");
const QString token = QStringLiteral("ya29.TLS-secret-token-zyxw9876");

QString authLines(Mechanism mechanism) {
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    switch (mechanism) {
    case Mechanism::Plain:
        return "C: AUTH PLAIN " + (QByteArray(1, '\0') + u + '\0' + p).toBase64() + "\nS: 235 2.7.0 ok\n";
    case Mechanism::Login:
        return "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " + u.toBase64() +
               "\nS: 334 UGFzc3dvcmQ6\nC: " + p.toBase64() + "\nS: 235 2.7.0 ok\n";
    case Mechanism::CramMd5: {
        const QByteArray challenge = "<99.1@fake.test>";
        const QByteArray answer =
            u + ' ' + QMessageAuthenticationCode::hash(challenge, p, QCryptographicHash::Md5).toHex();
        return "C: AUTH CRAM-MD5\nS: 334 " + challenge.toBase64() + "\nC: " + answer.toBase64() +
               "\nS: 235 2.7.0 ok\n";
    }
    case Mechanism::XOAuth2:
        return "C: AUTH XOAUTH2 " +
               ("user=" + u +
                "\x01"
                "auth=Bearer " +
                token.toUtf8() + "\x01\x01")
                   .toBase64() +
               "\nS: 235 2.7.0 ok\n";
    default:
        return {};
    }
}

// Before TLS the server offers SIZE and PLAIN only; inside TLS every mechanism but no SIZE, so a test
// can tell which list the client used.
const QString beforeTls = QStringLiteral(R"(
S: 220 fake.test ESMTP
C: EHLO client.test
S: 250-fake.test
S: 250-SIZE 1000
S: 250-STARTTLS
S: 250 AUTH PLAIN
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
X: starttls
)");

const QString ehloInsideTls = QStringLiteral(R"(
C: EHLO client.test
S: 250-fake.test
S: 250-ENHANCEDSTATUSCODES
S: 250 AUTH LOGIN CRAM-MD5 XOAUTH2 PLAIN
)");

const QString quit = QStringLiteral("C: QUIT\nS: 221 2.0.0 bye\n");

SmtpConfig tlsConfig(quint16 port, SmtpConfig::Security security = SmtpConfig::Security::StartTls) {
    SmtpConfig config = configFor(port);
    config.security = security;
    config.extraCaFile = tlsFile("ca.pem");
    return config;
}

QString stepsOf(const SmtpResult &result) {
    static const QHash<SmtpStep, QString> names{
        {SmtpStep::Connect, "CONNECT"}, {SmtpStep::TlsHandshake, "TLS"},  {SmtpStep::Greeting, "GREETING"},
        {SmtpStep::Ehlo, "EHLO"},       {SmtpStep::StartTls, "STARTTLS"}, {SmtpStep::Auth, "AUTH"},
        {SmtpStep::Quit, "QUIT"},       {SmtpStep::Mail, "MAIL"}};
    QStringList out;
    for (const SmtpStepRecord &record : result.steps)
        out << names.value(record.step, "?") + (record.ok ? "" : "!");
    return out.join(' ');
}

bool sentAuth(const FakeSmtpServer &server) {
    for (const QString &line : server.received()) {
        if (line.startsWith("AUTH"))
            return true;
    }
    return false;
}

} // namespace

class TestSmtpClientTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsWithEachMechanism_data();
    void startTlsWithEachMechanism();
    void implicitTls();
    void certificateProblems_data();
    void certificateProblems();
    void hostNameMatchesDnsSan();
    void trustedFingerprintOverridesProblems();
    void wrongFingerprintDoesNotHelp();
    void handshakeFailures_data();
    void handshakeFailures();
    void cancelAroundTheHandshake_data();
    void cancelAroundTheHandshake();

private:
    LanguageManager m_languages; // error messages are checked in vi and es too
};

void TestSmtpClientTls::initTestCase() {
    // The application cannot work without TLS: a missing backend is a failure, not a reason to skip.
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (the OpenSSL plugin is missing)");
}

void TestSmtpClientTls::startTlsWithEachMechanism_data() {
    QTest::addColumn<Mechanism>("mechanism");
    QTest::newRow("PLAIN") << Mechanism::Plain;
    QTest::newRow("LOGIN") << Mechanism::Login;
    QTest::newRow("CRAM-MD5") << Mechanism::CramMd5;
    QTest::newRow("XOAUTH2") << Mechanism::XOAuth2;
    QTest::newRow("automatic: LOGIN list from inside TLS") << Mechanism::Auto;
}

void TestSmtpClientTls::startTlsWithEachMechanism() {
    QFETCH(Mechanism, mechanism);
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("server.pem"), tlsFile("server.key")));
    // Automatic choice must use the list offered inside TLS, where CRAM-MD5 is the strongest.
    const Mechanism expected = mechanism == Mechanism::Auto ? Mechanism::CramMd5 : mechanism;
    server.setScript(beforeTls + ehloInsideTls + authLines(expected) + quit);
    QVERIFY(server.start());

    SmtpConfig config = tlsConfig(server.port());
    config.user = user;
    config.password = mechanism == Mechanism::XOAuth2 ? QString() : password;
    config.token = mechanism == Mechanism::XOAuth2 ? token : QString();
    config.authMechanism = mechanism;
    SmtpClient client;
    QList<TlsReport> established;
    connect(&client, &SmtpClient::tlsEstablished, this,
            [&](const TlsReport &report) { established << report; });
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QVERIFY2(result.ok(), qPrintable(result.error.message() + '\n' + result.error.detail + '\n' +
                                     result.transcript.toText()));
    QCOMPARE(stepsOf(result), "CONNECT GREETING EHLO STARTTLS TLS EHLO AUTH QUIT");

    // TLS facts.
    QCOMPARE(established.size(), 1);
    QVERIFY(result.tls.encrypted);
    QVERIFY2(result.tls.protocol == "TLS 1.3" || result.tls.protocol == "TLS 1.2",
             qPrintable(result.tls.protocol));
    QVERIFY(!result.tls.cipher.isEmpty());
    QVERIFY(result.tls.cipherBits >= 128);
    QVERIFY(result.tls.problems.isEmpty());
    QVERIFY(result.tls.extraCaUsed);
    QVERIFY(!result.tls.peerChain.isEmpty());
    QCOMPARE(result.tls.peerChain.first().subject, QStringLiteral("localhost"));
    QCOMPARE(result.tls.peerChain.first().sha256, fingerprintOf(tlsFile("server.pem")));
    QVERIFY(result.tls.peerChain.first().subjectAltNames.contains("IP:127.0.0.1"));
    const QString transcript = result.transcript.toText();
    QVERIFY(transcript.contains("TLS handshake started"));
    QVERIFY(transcript.contains(result.tls.cipher));

    // Everything from before TLS is forgotten.
    QVERIFY(!result.capabilities.size);
    QVERIFY(!result.capabilities.startTls);
    QVERIFY(result.capabilities.enhancedStatusCodes);
    QCOMPARE(result.capabilities.authMechanisms, (QStringList{"LOGIN", "CRAM-MD5", "XOAUTH2", "PLAIN"}));
    QCOMPARE(result.authMechanism, AuthExchange::mechanismName(expected));

    QVERIFY2(secretLeaks(result, {password, token}).isEmpty(),
             qPrintable(secretLeaks(result, {password, token}).join('\n')));
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClientTls::implicitTls() {
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("server.pem"), tlsFile("server.key")));
    server.setScript("S: 220 fake.test ESMTP\n" + ehloInsideTls + authLines(Mechanism::CramMd5) +
                     "C: MAIL FROM:<a@b>\nS: 250 ok\n" + quit);
    QVERIFY(server.start(FakeSmtpServer::Mode::ImplicitTls));
    SmtpConfig config = tlsConfig(server.port(), SmtpConfig::Security::ImplicitTls);
    config.user = user;
    config.password = password;
    config.mailFrom = "a@b";
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QVERIFY2(result.ok(), qPrintable(result.error.message() + '\n' + result.error.detail));
    QCOMPARE(stepsOf(result), "CONNECT TLS GREETING EHLO AUTH MAIL QUIT");
    QVERIFY(result.tls.encrypted);
    QCOMPARE(result.authMechanism, QStringLiteral("CRAM-MD5"));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClientTls::certificateProblems_data() {
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("sslError");

    QTest::newRow("unknown issuer") << "server" << false << "127.0.0.1"
                                    << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("expired") << "expired" << true << "127.0.0.1" << int(QSslError::CertificateExpired);
    QTest::newRow("wrong host") << "wronghost" << true << "127.0.0.1" << int(QSslError::HostNameMismatch);
}

void TestSmtpClientTls::certificateProblems() {
    QFETCH(QString, certificate);
    QFETCH(bool, withCa);
    QFETCH(QString, host);
    QFETCH(int, sslError);
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile(certificate + ".pem"), tlsFile(certificate + ".key")));
    server.setScript(beforeTls + "X: wait-close");
    QVERIFY(server.start());
    SmtpConfig config = tlsConfig(server.port());
    config.host = host;
    if (!withCa)
        config.extraCaFile.clear();
    config.user = user;
    config.password = password;
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.error.code == SmtpError::CertificateUntrusted,
             qPrintable(SmtpError::codeName(result.error.code) + ": " + result.error.detail));
    QCOMPARE(result.error.step, SmtpStep::TlsHandshake);
    QCOMPARE(stepsOf(result), "CONNECT GREETING EHLO STARTTLS TLS!");
    QVERIFY(!sentAuth(server));
    QVERIFY(!result.tls.encrypted);

    // Each problem names the certificate it concerns.
    bool found = false;
    for (const TlsProblem &problem : result.tls.problems) {
        QVERIFY(!problem.description.isEmpty());
        QVERIFY(!problem.certificate.isNull());
        found = found || problem.error == QSslError::SslError(sslError);
    }
    QVERIFY2(found, qPrintable(result.tls.describeProblems()));
    const QString fingerprint = fingerprintOf(tlsFile(certificate + ".pem"));
    const CertificateInfo &leaf = result.tls.problems.first().certificate;
    QCOMPARE(leaf.sha256, fingerprint);
    QCOMPARE(leaf.issuer, QStringLiteral("SMTP Desk Test CA"));
    QVERIFY(!leaf.subjectAltNames.isEmpty());
    QVERIFY(leaf.notBefore.isValid() && leaf.notAfter.isValid());
    QVERIFY(result.error.detail.contains(fingerprint));
    QVERIFY(result.error.detail.contains(leaf.subjectAltNames.first()));
    QVERIFY(!result.tls.peerChain.isEmpty());
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClientTls::hostNameMatchesDnsSan() {
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("server.pem"), tlsFile("server.key")));
    server.setScript(beforeTls + ehloInsideTls + quit);
    QVERIFY(server.start());
    SmtpConfig config = tlsConfig(server.port());
    config.host = "localhost"; // verified against DNS:localhost; ::1 may be tried first and refused
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.ok(), qPrintable(result.error.message() + '\n' + result.error.detail));
    QVERIFY(result.tls.encrypted);
    QVERIFY(result.tls.problems.isEmpty());
}

void TestSmtpClientTls::trustedFingerprintOverridesProblems() {
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("wronghost.pem"), tlsFile("wronghost.key")));
    server.setScript(beforeTls + ehloInsideTls + authLines(Mechanism::Login) + quit);
    QVERIFY(server.start());
    SmtpConfig config = tlsConfig(server.port());
    config.extraCaFile.clear(); // untrusted issuer and wrong name: the fingerprint covers both
    config.trustedFingerprintSha256 = fingerprintOf(tlsFile("wronghost.pem")).toLower().remove(':');
    config.user = user;
    config.password = password;
    config.authMechanism = Mechanism::Login;
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.ok(), qPrintable(result.error.message() + '\n' + result.error.detail));
    QVERIFY(result.tls.trustedByFingerprint);
    QVERIFY(result.tls.encrypted);
    QVERIFY(result.tls.problems.size() >= 2); // still reported
    QVERIFY(result.transcript.toText().contains("fingerprint"));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
}

void TestSmtpClientTls::wrongFingerprintDoesNotHelp() {
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("wronghost.pem"), tlsFile("wronghost.key")));
    server.setScript(beforeTls + "X: wait-close");
    QVERIFY(server.start());
    SmtpConfig config = tlsConfig(server.port());
    config.trustedFingerprintSha256 = fingerprintOf(tlsFile("server.pem")); // a different certificate
    config.user = user;
    config.password = password;
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QCOMPARE(result.error.code, SmtpError::CertificateUntrusted);
    QVERIFY(!result.tls.trustedByFingerprint);
    QVERIFY(result.transcript.toText().contains(fingerprintOf(tlsFile("wronghost.pem"))));
    QVERIFY(!sentAuth(server));
}

void TestSmtpClientTls::handshakeFailures_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("serverMode");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("steps");

    const int plain = int(FakeSmtpServer::Mode::Plain);
    const int startTls = int(SmtpConfig::Security::StartTls);
    QTest::newRow("implicit TLS on a plain port")
        << "S: 220 plain.test ESMTP\nX: wait-close" << plain << int(SmtpConfig::Security::ImplicitTls)
        << int(SmtpError::TlsHandshakeFailed) << "CONNECT TLS!";
    QTest::newRow("plain client on a TLS port")
        << "S: 220 never seen\nX: wait-close" << int(FakeSmtpServer::Mode::ImplicitTls)
        << int(SmtpConfig::Security::None) << int(SmtpError::Timeout) << "CONNECT GREETING!";
    QTest::newRow("server closes instead of the handshake")
        << QString(beforeTls).replace("X: starttls", "X: close") << plain << startTls
        << int(SmtpError::TlsHandshakeFailed) << "CONNECT GREETING EHLO STARTTLS TLS!";
    QTest::newRow("plain text instead of the handshake")
        << QString(beforeTls).replace("X: starttls", "X: sleep 100\nS: 250 still plain text\nX: wait-close")
        << plain << startTls << int(SmtpError::TlsHandshakeFailed) << "CONNECT GREETING EHLO STARTTLS TLS!";
    QTest::newRow("handshake never answered")
        << QString(beforeTls).replace("X: starttls", "X: wait-close") << plain << startTls
        << int(SmtpError::Timeout) << "CONNECT GREETING EHLO STARTTLS TLS!";
    // Inside TLS the socket's read buffer holds decrypted bytes: the flood must stay bounded there too.
    QTest::newRow("endless line inside TLS")
        << beforeTls + "C: EHLO client.test\nX: endless" << plain << startTls
        << int(SmtpError::ReplyLineTooLong) << "CONNECT GREETING EHLO STARTTLS TLS EHLO!";
    QTest::newRow("100,000-line reply inside TLS")
        << beforeTls + "C: EHLO client.test\nX: repeat 100000 250-filler\nS: 250 end" << plain << startTls
        << int(SmtpError::ReplyTooManyLines) << "CONNECT GREETING EHLO STARTTLS TLS EHLO!";
}

void TestSmtpClientTls::handshakeFailures() {
    QFETCH(QString, script);
    QFETCH(int, serverMode);
    QFETCH(int, security);
    QFETCH(int, error);
    QFETCH(QString, steps);
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("server.pem"), tlsFile("server.key")));
    server.setScript(script);
    QVERIFY(server.start(FakeSmtpServer::Mode(serverMode)));
    SmtpConfig config = tlsConfig(server.port(), SmtpConfig::Security(security));
    config.stepTimeoutMs = 800;
    config.user = user;
    config.password = password;
    config.allowPlaintextAuth = true; // even so, nothing secret may go out
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.error.code == error, qPrintable(SmtpError::codeName(result.error.code) + ": " +
                                                    result.error.detail + '\n' + result.transcript.toText()));
    QCOMPARE(stepsOf(result), steps);
    QVERIFY(!sentAuth(server));
    QVERIFY(!result.error.message().isEmpty());
    const QStringList problems = untranslated(m_languages, result.error);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QVERIFY2(client.peakBufferedBytes() <= SmtpClient::maxBufferedBytes(),
             qPrintable(QString::number(client.peakBufferedBytes())));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClientTls::cancelAroundTheHandshake_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("deferred");
    QTest::addColumn<bool>("implicit");
    QTest::newRow("STARTTLS, inside the signal") << int(SmtpStep::StartTls) << false << false;
    QTest::newRow("STARTTLS, while waiting") << int(SmtpStep::StartTls) << true << false;
    QTest::newRow("handshake, inside the signal") << int(SmtpStep::TlsHandshake) << false << false;
    QTest::newRow("handshake, while waiting") << int(SmtpStep::TlsHandshake) << true << false;
    QTest::newRow("EHLO inside TLS, inside the signal") << int(SmtpStep::Ehlo) << false << false;
    QTest::newRow("implicit handshake, inside the signal") << int(SmtpStep::TlsHandshake) << false << true;
    QTest::newRow("implicit handshake, while waiting") << int(SmtpStep::TlsHandshake) << true << true;
}

void TestSmtpClientTls::cancelAroundTheHandshake() {
    QFETCH(int, step);
    QFETCH(bool, deferred);
    QFETCH(bool, implicit);
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(tlsFile("server.pem"), tlsFile("server.key")));
    if (implicit) {
        // The server never starts its side of the handshake.
        server.setScript("X: wait-close");
        QVERIFY(server.start());
    } else {
        // Replies come late so that a deferred cancel finds the step waiting; the handshake never ends.
        QString script = beforeTls;
        script.replace("C: STARTTLS\n", "C: STARTTLS\nX: sleep 200\n");
        if (step == int(SmtpStep::TlsHandshake))
            script.replace("X: starttls", "X: wait-close");
        server.setScript(script + ehloInsideTls + quit);
        QVERIFY(server.start());
    }
    SmtpConfig config = tlsConfig(server.port(), implicit ? SmtpConfig::Security::ImplicitTls
                                                          : SmtpConfig::Security::StartTls);
    config.user = user;
    config.password = password;
    SmtpClient client;
    int finishedCount = 0;
    SmtpResult result;
    QTimer later;
    later.setSingleShot(true);
    later.setInterval(50);
    connect(&later, &QTimer::timeout, &client, &SmtpClient::cancel);
    int ehloSeen = 0;
    connect(&client, &SmtpClient::stepStarted, this, [&](SmtpStep started) {
        if (started == SmtpStep::Ehlo && ++ehloSeen < 2)
            return; // the EHLO inside TLS is the second one
        if (int(started) != step)
            return;
        if (deferred)
            later.start();
        else
            client.cancel();
    });
    connect(&client, &SmtpClient::finished, this, [&](const SmtpResult &r) {
        ++finishedCount;
        result = r;
    });
    QVERIFY(client.start(config));
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 10000);
    QCOMPARE(result.error.code, SmtpError::Cancelled);
    QCOMPARE(int(result.steps.last().step), step);
    QTRY_VERIFY2_WITH_TIMEOUT(leftovers(client).isEmpty(), qPrintable(leftovers(client).join(", ")), 2000);
    QTest::qWait(100);
    QCOMPARE(finishedCount, 1);
    QVERIFY(!sentAuth(server));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpClientTls)
#include "tst_smtpclienttls.moc"
