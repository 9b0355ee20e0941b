// `smtpdesk test` against a real Postfix with Dovecot SASL on loopback (tests/integration/mailserver.sh):
// the guided test's verdicts, advice and exit statuses on a server we did not write.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestRealServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startTlsWithEachMechanism_data();
    void startTlsWithEachMechanism();
    void wrongPasswordIs535WithAdvice();
    void authBeforeStartTlsIsRefusedBeforeSecretsLeave();
    void implicitTlsOnTheSubmissionsPort();
    void unknownLocalRecipientIsExplained();
    void expiredCertificateThenTrustByFingerprint();
    void wrongHostCertificateThenTrustByFingerprint();

private:
    Result smtpdesk(const QStringList &arguments);
    QStringList base(const QString &portKey) const;

    QTemporaryDir *m_dir = nullptr;
    QHash<QString, QString> m_env;
    QString m_passwordFile;
};

void TestRealServer::initTestCase() {
    // Short, world-searchable path: Unix socket paths are limited and Postfix runs as another user.
    m_dir = new QTemporaryDir(QStringLiteral("/tmp/sd-it-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup);
    QProcess start;
    start.setProcessChannelMode(QProcess::MergedChannels);
    start.start(QStringLiteral("bash"),
                {QStringLiteral(SMTPDESK_SOURCE_DIR "/tests/integration/mailserver.sh"),
                 QStringLiteral("start"), m_dir->path()});
    QVERIFY(start.waitForFinished(600000)); // may install packages the first time
    const QString output = QString::fromUtf8(start.readAll());
    // No silent skip: a real server that cannot start is a failure with its reason.
    QVERIFY2(start.exitCode() == 0,
             qPrintable(QStringLiteral("the real mail server did not start:\n") + output));
    QFile env(m_dir->filePath(QStringLiteral("env.sh")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0 && !line.startsWith('#'))
            m_env.insert(QString::fromUtf8(line.left(equals)),
                         QString::fromUtf8(line.mid(equals + 1)).trimmed());
    }
    for (const char *key : {"HOST", "PORT_STARTTLS", "PORT_TLS", "PORT_EXPIRED", "PORT_WRONGHOST", "USER",
                            "PASSWORD", "CA_FILE", "UNKNOWN_RECIPIENT", "FROM"})
        QVERIFY2(!m_env.value(QString::fromLatin1(key)).isEmpty(), key);
    m_passwordFile = m_dir->filePath(QStringLiteral("password"));
    QFile password(m_passwordFile);
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(m_env.value(QStringLiteral("PASSWORD")).toUtf8() + '\n');
}

void TestRealServer::cleanupTestCase() {
    if (m_dir) {
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral(SMTPDESK_SOURCE_DIR "/tests/integration/mailserver.sh"),
                           QStringLiteral("stop"), m_dir->path()});
        delete m_dir;
    }
}

Result TestRealServer::smtpdesk(const QStringList &arguments) {
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SMTPDESK_BINARY),
                  QStringList{QStringLiteral("test")} + arguments +
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestRealServer::base(const QString &portKey) const {
    return {QStringLiteral("--host"),    m_env.value(QStringLiteral("HOST")),
            QStringLiteral("--port"),    m_env.value(portKey),
            QStringLiteral("--ca-file"), m_env.value(QStringLiteral("CA_FILE")),
            QStringLiteral("--timeout"), QStringLiteral("10")};
}

void TestRealServer::startTlsWithEachMechanism_data() {
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("PLAIN") << "plain";
    QTest::newRow("LOGIN") << "login";
    QTest::newRow("CRAM-MD5") << "cram-md5";
}

void TestRealServer::startTlsWithEachMechanism() {
    QFETCH(QString, mechanism);
    const Result result =
        smtpdesk(base(QStringLiteral("PORT_STARTTLS")) +
                 QStringList{"--user", m_env.value("USER"), "--password-file", m_passwordFile, "--auth",
                             mechanism, "--json", "--transcript"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root["authMechanism"].toString(), mechanism.toUpper());
    bool signedIn = false;
    for (const QJsonValue &step : root["steps"].toArray()) {
        if (step["step"].toString() == QLatin1String("auth"))
            signedIn = step["reply"]["code"].toInt() == 235;
    }
    QVERIFY(signedIn);
    QVERIFY(root["tls"]["protocol"].toString().startsWith(QStringLiteral("TLS")));
    QVERIFY(!result.out.contains(m_env.value("PASSWORD")));
    QVERIFY(!result.out.contains(QString::fromLatin1(m_env.value("PASSWORD").toUtf8().toBase64())));
}

void TestRealServer::wrongPasswordIs535WithAdvice() {
    QFile wrong(m_dir->filePath(QStringLiteral("wrong")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-the-password\n");
    wrong.close();
    const Result result =
        smtpdesk(base(QStringLiteral("PORT_STARTTLS")) +
                 QStringList{"--user", m_env.value("USER"), "--password-file", wrong.fileName()});
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(result.out.contains(QStringLiteral("< 535 5.7.8")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("What to do:")));
    QVERIFY(result.out.contains(QStringLiteral("smtpdesk lookup 5.7.8")));
}

void TestRealServer::authBeforeStartTlsIsRefusedBeforeSecretsLeave() {
    const Result result = smtpdesk(base(QStringLiteral("PORT_STARTTLS")) +
                                   QStringList{"--security", "none", "--user", m_env.value("USER"),
                                               "--password-file", m_passwordFile, "--transcript"});
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(!result.out.contains(QStringLiteral("C: AUTH")),
             qPrintable(result.out)); // nothing was even tried
    QVERIFY(!result.out.contains(m_env.value("PASSWORD")));
}

void TestRealServer::implicitTlsOnTheSubmissionsPort() {
    // Only port 465 implies TLS; the rig's high port says so explicitly.
    const Result result = smtpdesk(
        base(QStringLiteral("PORT_TLS")) +
        QStringList{"--security", "tls", "--user", m_env.value("USER"), "--password-file", m_passwordFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("security: SSL/TLS")));
    QVERIFY(result.out.contains(QStringLiteral("✓ Sign in (AUTH)")));
}

void TestRealServer::unknownLocalRecipientIsExplained() {
    const Result result =
        smtpdesk(base(QStringLiteral("PORT_STARTTLS")) +
                 QStringList{"--user", m_env.value("USER"), "--password-file", m_passwordFile, "--from",
                             m_env.value("FROM"), "--to", m_env.value("UNKNOWN_RECIPIENT")});
    QCOMPARE(result.exitCode, 9);
    QVERIFY2(result.out.contains(QStringLiteral("< 550 5.1.1")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("does not exist")));
}

void TestRealServer::expiredCertificateThenTrustByFingerprint() {
    const Result refused = smtpdesk(base(QStringLiteral("PORT_EXPIRED")));
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.out.contains(QStringLiteral("expired"), Qt::CaseInsensitive), qPrintable(refused.out));
    QVERIFY(refused.out.contains(QStringLiteral("fingerprint")));
    const Result trusted = smtpdesk(base(QStringLiteral("PORT_EXPIRED")) +
                                    QStringList{"--trust-fingerprint", m_env.value("EXPIRED_FINGERPRINT")});
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
    QVERIFY(trusted.out.contains(QStringLiteral("trusted for this run only")));
}

void TestRealServer::wrongHostCertificateThenTrustByFingerprint() {
    const Result refused = smtpdesk(base(QStringLiteral("PORT_WRONGHOST")));
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.out.contains(QStringLiteral("host"), Qt::CaseInsensitive), qPrintable(refused.out));
    const Result trusted = smtpdesk(base(QStringLiteral("PORT_WRONGHOST")) +
                                    QStringList{"--trust-fingerprint", m_env.value("WRONGHOST_FINGERPRINT")});
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
}

QTEST_GUILESS_MAIN(TestRealServer)
#include "tst_realserver.moc"
