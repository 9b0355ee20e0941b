// SmtpConfig validation and the user-facing texts of errors, steps and TLS problems.
#include "smtp/smtpconfig.h"
#include "smtp/smtperror.h"
#include "smtp/tlsreport.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSmtpConfig : public QObject {
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void fingerprintNormalized();
    void everyErrorHasAMessage();
    void errorMessagesUseArguments();
    void everyStepHasAName();
    void tlsProblemNamesTheCertificate();
};

void TestSmtpConfig::validate_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults with a host") << "" << true;
    QTest::newRow("no host") << "host=" << false;
    QTest::newRow("port 0") << "port=0" << false;
    QTest::newRow("CRLF in sender") << "mailFrom=a@b\r\nRCPT TO:<x@y>" << false;
    QTest::newRow("LF in EHLO name") << "ehloName=a\nb" << false;
    QTest::newRow("CR in VRFY") << "vrfy=x\ry" << false;
    QTest::newRow("CR in host") << "host=a\rb" << false;
    QTest::newRow("LF in user") << "user=a\nb" << false;
    QTest::newRow("CRLF in recipient") << "rcpt=x@y\r\nDATA" << false;
    QTest::newRow("empty recipient") << "rcpt= " << false;
    QTest::newRow("recipient without sender") << "rcpt=x@y" << false;
    QTest::newRow("sender and recipient") << "mailFrom=a@b;rcpt=x@y" << true;
    QTest::newRow("test message without recipient") << "mailFrom=a@b;message" << false;
    QTest::newRow("zero step timeout") << "step=0" << false;
    QTest::newRow("zero run timeout") << "run=0" << false;
    QTest::newRow("zero line limit") << "line=0" << false;
    QTest::newRow("forced PLAIN without password") << "plain;user=u" << false;
    QTest::newRow("forced PLAIN with password") << "plain;user=u;password=p" << true;
    QTest::newRow("forced XOAUTH2 without token") << "xoauth2;user=u;password=p" << false;
    QTest::newRow("forced XOAUTH2 with token") << "xoauth2;user=u;token=t" << true;
    QTest::newRow("password without user") << "password=p" << false;
    QTest::newRow("NUL in password") << QStringLiteral("plain;user=u;password=p") + QChar(0) + "q" << false;
    QTest::newRow("NUL in token") << QStringLiteral("xoauth2;user=u;token=t") + QChar(0) << false;
    QTest::newRow("line break in password is fine") << "plain;user=u;password=p\r\nq" << true;
    QTest::newRow("short fingerprint") << "fingerprint=AB:CD" << false;
    QTest::newRow("non-hex fingerprint") << "fingerprint=" + QString(64, 'z') << false;
    QTest::newRow("fingerprint with colons") << "fingerprint=" + QStringList(32, "aB").join(':') << true;
}

void TestSmtpConfig::validate() {
    QFETCH(QString, change);
    SmtpConfig config;
    config.host = "mail.example.org";
    for (const QString &part : change.split(';', Qt::SkipEmptyParts)) {
        const QString key = part.section('=', 0, 0);
        const QString value = part.section('=', 1);
        if (key == "host")
            config.host = value;
        else if (key == "port")
            config.port = quint16(value.toUInt());
        else if (key == "mailFrom")
            config.mailFrom = value;
        else if (key == "ehloName")
            config.ehloName = value;
        else if (key == "vrfy")
            config.vrfy = value;
        else if (key == "user")
            config.user = value;
        else if (key == "password")
            config.password = value;
        else if (key == "token")
            config.token = value;
        else if (key == "rcpt")
            config.rcptTo << value;
        else if (key == "message")
            config.sendTestMessage = true;
        else if (key == "step")
            config.stepTimeoutMs = value.toInt();
        else if (key == "run")
            config.runTimeoutMs = value.toInt();
        else if (key == "line")
            config.limits.maxLineLength = value.toInt();
        else if (key == "plain")
            config.authMechanism = SmtpConfig::AuthMechanism::Plain;
        else if (key == "xoauth2")
            config.authMechanism = SmtpConfig::AuthMechanism::XOAuth2;
        else if (key == "fingerprint")
            config.trustedFingerprintSha256 = value;
        else
            QFAIL(qPrintable("unknown key " + key));
    }
    QFETCH(bool, valid);
    const QString problem = config.validate();
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    QVERIFY(!problem.contains("%1"));
}

void TestSmtpConfig::fingerprintNormalized() {
    SmtpConfig config;
    config.trustedFingerprintSha256 = " AB:cd:" + QString(60, 'E') + " ";
    QCOMPARE(config.normalizedFingerprint(), "abcd" + QByteArray(60, 'e'));
    config.trustedFingerprintSha256 = "xyz";
    QVERIFY(config.normalizedFingerprint().isEmpty());
}

void TestSmtpConfig::everyErrorHasAMessage() {
    const QMetaEnum codes = QMetaEnum::fromType<SmtpError::Code>();
    QSet<QString> seen;
    for (int i = 0; i < codes.keyCount(); ++i) {
        SmtpError error;
        error.code = SmtpError::Code(codes.value(i));
        error.step = SmtpStep::Auth;
        error.host = "mx.example";
        error.port = 2525;
        error.detail = "DETAIL";
        error.reply.code = 535;
        error.reply.enhancedCode = "5.7.8";
        error.timeoutMs = 1500;
        const QString message = error.message();
        QCOMPARE(SmtpError::codeName(error.code), QString::fromLatin1(codes.key(i)));
        if (error.code == SmtpError::None) {
            QVERIFY(message.isEmpty());
            continue;
        }
        QVERIFY2(!message.isEmpty(), codes.key(i));
        QVERIFY2(!message.contains(QRegularExpression("%\\d")), qPrintable(message));
        QVERIFY2(!seen.contains(message), qPrintable("duplicate message: " + message));
        seen << message;
    }
}

void TestSmtpConfig::errorMessagesUseArguments() {
    SmtpError error;
    error.host = "mx.example";
    error.port = 2525;
    error.code = SmtpError::ConnectionRefused;
    QVERIFY(error.message().contains("mx.example"));
    QVERIFY(error.message().contains("2525"));
    error.code = SmtpError::AuthFailed;
    error.reply.code = 535;
    error.reply.enhancedCode = "5.7.8";
    QVERIFY(error.message().contains("535 5.7.8"));
    error.code = SmtpError::Timeout;
    error.step = SmtpStep::Greeting;
    error.timeoutMs = 1500;
    QVERIFY(error.message().contains("1.5"));
    QVERIFY(error.message().contains(SmtpStepText::name(SmtpStep::Greeting)));
}

void TestSmtpConfig::everyStepHasAName() {
    for (int step = int(SmtpStep::Connect); step <= int(SmtpStep::Quit); ++step)
        QVERIFY(!SmtpStepText::name(SmtpStep(step)).isEmpty());
    QVERIFY(SmtpStepText::name(SmtpStep::None).isEmpty());
}

void TestSmtpConfig::tlsProblemNamesTheCertificate() {
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(QStringLiteral(SMTPDESK_SOURCE_DIR "/tests/data/tls/wronghost.pem"));
    QCOMPARE(certs.size(), 1);
    TlsProblem problem;
    problem.error = QSslError::HostNameMismatch;
    problem.description = "The host name did not match";
    problem.certificate = CertificateInfo::from(certs.first());
    QCOMPARE(problem.certificate.subject, QStringLiteral("mail.wrong-host.invalid"));
    QCOMPARE(problem.certificate.subjectAltNames, QStringList{"DNS:mail.wrong-host.invalid"});
    QCOMPARE(problem.certificate.sha256.size(), 32 * 3 - 1);
    TlsReport report;
    report.problems << problem << problem;
    const QString text = report.describeProblems();
    QVERIFY(text.contains("The host name did not match"));
    QVERIFY(text.contains("CN=mail.wrong-host.invalid"));
    QVERIFY(text.contains("SMTP Desk Test CA"));
    QVERIFY(text.contains("2020-01-01"));
    QVERIFY(text.contains("2120-01-01"));
    QVERIFY(text.contains("DNS:mail.wrong-host.invalid"));
    QVERIFY(text.contains(problem.certificate.sha256));
    QCOMPARE(text.count(problem.certificate.sha256), 2);
    QCOMPARE(TlsReport::protocolName(QSsl::TlsV1_3), QStringLiteral("TLS 1.3"));
}

QTEST_GUILESS_MAIN(TestSmtpConfig)
#include "tst_smtpconfig.moc"
