// Advice and verdicts from situations, without a network: the context rules of the guided test.
#include "catalog/catalogloader.h"
#include "i18n/languagemanager.h"
#include "smtp/guidedadvice.h"

#include <QTest>

namespace {

SmtpConfig settings(const QString &host, quint16 port, SmtpConfig::Security security) {
    SmtpConfig config;
    config.host = host;
    config.port = port;
    config.security = security;
    config.user = QStringLiteral("ana@example.org");
    return config;
}

SmtpResult failure(SmtpError::Code code, SmtpStep step, int reply = 0, const QString &enhanced = {}) {
    SmtpResult result;
    result.error.code = code;
    result.error.step = step;
    result.error.reply.code = reply;
    result.error.reply.enhancedCode = enhanced;
    return result;
}

GuidedStep passed(GuidedStep::Kind kind) {
    GuidedStep step;
    step.kind = kind;
    step.verdict = GuidedStep::Verdict::Pass;
    return step;
}

} // namespace

class TestGuidedAdvice : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }
    void contextAdvice_data();
    void contextAdvice();
    void warnings_data();
    void warnings();
    void failedStepGetsErrorAndCatalogAdvice();
    void summaryNamesTheFailedStepAndNextAction();
    void summaryCountsWarnings();
    void successNamesTheSettingsToUse();

private:
    LanguageManager m_languages; // English plural forms come from the English catalogue
};

void TestGuidedAdvice::contextAdvice_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("reply");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("expected");
    using S = SmtpConfig::Security;
    using E = SmtpError;
    QTest::newRow("535 at Gmail: app password") << "smtp.gmail.com" << 587 << int(S::StartTls)
                                                << int(E::AuthFailed) << int(SmtpStep::Auth) << 535 << "5.7.8"
                                                << "app password";
    QTest::newRow("534 at Gmail: app password")
        << "smtp.gmail.com" << 465 << int(S::ImplicitTls) << int(E::AuthMechanismTooWeak)
        << int(SmtpStep::Auth) << 534 << "5.7.9"
        << "app password";
    QTest::newRow("535 at Microsoft 365: SMTP AUTH setting")
        << "smtp.office365.com" << 587 << int(S::StartTls) << int(E::AuthFailed) << int(SmtpStep::Auth) << 535
        << "5.7.3"
        << "Authenticated SMTP";
    QTest::newRow("5.7.139: disabled for the tenant")
        << "mail.example.org" << 587 << int(S::StartTls) << int(E::AuthFailed) << int(SmtpStep::Auth) << 535
        << "5.7.139"
        << "switched off";
    QTest::newRow("530 before STARTTLS: choose STARTTLS")
        << "mail.example.org" << 587 << int(S::None) << int(E::EncryptionRequired) << int(SmtpStep::Mail)
        << 530 << "5.7.0"
        << "choose STARTTLS";
    QTest::newRow("refused on 465: try 587") << "mail.example.org" << 465 << int(S::ImplicitTls)
                                             << int(E::ConnectionRefused) << int(SmtpStep::Connect) << 0 << ""
                                             << "Try port 587";
    QTest::newRow("TLS on a plain port: wrong mode")
        << "mail.example.org" << 587 << int(S::ImplicitTls) << int(E::TlsHandshakeFailed)
        << int(SmtpStep::TlsHandshake) << 0 << ""
        << "choose STARTTLS instead of SSL/TLS";
    QTest::newRow("plain text on a TLS port: wrong mode")
        << "mail.example.org" << 465 << int(S::StartTls) << int(E::Timeout) << int(SmtpStep::Greeting) << 0
        << ""
        << "choose SSL/TLS";
    QTest::newRow("DNS failure: check the host name")
        << "smtp.gmial.com" << 587 << int(S::StartTls) << int(E::HostNotFound) << int(SmtpStep::None) << 0
        << ""
        << "typing mistakes";
    QTest::newRow("connect timeout: firewall") << "mail.example.org" << 25 << int(S::StartTls)
                                               << int(E::Timeout) << int(SmtpStep::Connect) << 0 << ""
                                               << "firewall";
    QTest::newRow("untrusted certificate: fingerprint")
        << "mail.example.org" << 587 << int(S::StartTls) << int(E::CertificateUntrusted)
        << int(SmtpStep::TlsHandshake) << 0 << ""
        << "fingerprint";
}

void TestGuidedAdvice::contextAdvice() {
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, security);
    QFETCH(int, error);
    QFETCH(int, step);
    QFETCH(int, reply);
    QFETCH(QString, enhanced);
    QFETCH(QString, expected);
    const SmtpConfig config = settings(host, quint16(port), SmtpConfig::Security(security));
    const SmtpResult result = failure(SmtpError::Code(error), SmtpStep(step), reply, enhanced);
    const GuidedAdvice advice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en"));
    const QString text = advice.contextAdvice();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestGuidedAdvice::warnings_data() {
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("expected");
    using S = SmtpConfig::Security;
    using K = GuidedStep::Kind;
    QTest::newRow("no STARTTLS on 587") << 587 << int(S::None) << int(K::Ehlo) << "" << 365 << "no STARTTLS";
    QTest::newRow("PLAIN/LOGIN without TLS")
        << 25 << int(S::None) << int(K::Ehlo) << "" << 365 << "without encryption";
    QTest::newRow("certificate expiring")
        << 587 << int(S::StartTls) << int(K::TlsHandshake) << "TLS 1.3" << 12 << "expires in 12 days";
    QTest::newRow("TLS 1.0") << 465 << int(S::ImplicitTls) << int(K::TlsHandshake) << "TLS 1.0" << 365
                             << "outdated";
    QTest::newRow("healthy TLS: no warning")
        << 465 << int(S::ImplicitTls) << int(K::TlsHandshake) << "TLS 1.3" << 365 << "";
}

void TestGuidedAdvice::warnings() {
    QFETCH(int, port);
    QFETCH(int, security);
    QFETCH(int, kind);
    QFETCH(QString, protocol);
    QFETCH(int, daysLeft);
    QFETCH(QString, expected);
    const SmtpConfig config =
        settings(QStringLiteral("mail.example.org"), quint16(port), SmtpConfig::Security(security));
    SmtpResult result;
    result.capabilities.ehlo = true;
    result.capabilities.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    result.tls.protocol = protocol;
    CertificateInfo leaf;
    leaf.sha256 = QStringLiteral("AB:CD");
    leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft).addSecs(3600);
    result.tls.peerChain << leaf;
    GuidedStep step = passed(GuidedStep::Kind(kind));
    GuidedAdvice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en")).annotate(step);
    if (expected.isEmpty()) {
        QCOMPARE(step.verdict, GuidedStep::Verdict::Pass);
    } else {
        QCOMPARE(step.verdict, GuidedStep::Verdict::Warning);
        QVERIFY2(step.advice.contains(expected), qPrintable(step.advice));
    }
}

void TestGuidedAdvice::failedStepGetsErrorAndCatalogAdvice() {
    const SmtpConfig config = settings(QStringLiteral("smtp.gmail.com"), 587, SmtpConfig::Security::StartTls);
    SmtpResult result = failure(SmtpError::AuthFailed, SmtpStep::Auth, 535, QStringLiteral("5.7.8"));
    result.error.host = config.host;
    GuidedStep step;
    step.kind = GuidedStep::Kind::Auth;
    step.verdict = GuidedStep::Verdict::Fail;
    step.reply = result.error.reply;
    GuidedAdvice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en")).annotate(step);
    QCOMPARE(step.catalogCode, QStringLiteral("5.7.8"));
    QVERIFY(!step.explanation.isEmpty());
    QVERIFY2(step.advice.contains(QStringLiteral("app password")), qPrintable(step.advice));
    QVERIFY2(step.advice.contains(QStringLiteral("535 means")), qPrintable(step.advice));

    GuidedStep vietnamese = step;
    vietnamese.verdict = GuidedStep::Verdict::Fail;
    GuidedAdvice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("vi")).annotate(vietnamese);
    const QString viTitle =
        CatalogLoader::builtIn().catalog.entry(QStringLiteral("535"))->text(QStringLiteral("vi")).title;
    QVERIFY2(vietnamese.advice.contains(viTitle), qPrintable(vietnamese.advice));
}

void TestGuidedAdvice::summaryNamesTheFailedStepAndNextAction() {
    const SmtpConfig config = settings(QStringLiteral("mail.example.org"), 587, SmtpConfig::Security::None);
    const SmtpResult result =
        failure(SmtpError::EncryptionRequired, SmtpStep::Mail, 530, QStringLiteral("5.7.0"));
    QList<GuidedStep> steps{passed(GuidedStep::Kind::Connect), passed(GuidedStep::Kind::Greeting)};
    GuidedStep mail;
    mail.kind = GuidedStep::Kind::Mail;
    mail.verdict = GuidedStep::Verdict::Fail;
    steps << mail;
    const GuidedAdvice advice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en"));
    for (GuidedStep &step : steps)
        advice.annotate(step);
    const GuidedTest::Summary summary = advice.summarize(steps, 2);
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Fail);
    QVERIFY2(summary.headline.contains(GuidedStep::title(GuidedStep::Kind::Mail)),
             qPrintable(summary.headline));
    QVERIFY2(summary.nextAction.contains(QStringLiteral("STARTTLS")), qPrintable(summary.nextAction));
}

void TestGuidedAdvice::summaryCountsWarnings() {
    const SmtpConfig config = settings(QStringLiteral("mail.example.org"), 587, SmtpConfig::Security::None);
    SmtpResult result;
    result.capabilities.ehlo = true;
    QList<GuidedStep> steps{passed(GuidedStep::Kind::Connect), passed(GuidedStep::Kind::Ehlo)};
    const GuidedAdvice advice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en"));
    for (GuidedStep &step : steps)
        advice.annotate(step);
    const GuidedTest::Summary summary = advice.summarize(steps, -1);
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Warning);
    QVERIFY2(summary.headline.contains(QStringLiteral("1 warning")), qPrintable(summary.headline));
    QVERIFY(summary.nextAction.contains(QStringLiteral("STARTTLS")));
}

void TestGuidedAdvice::successNamesTheSettingsToUse() {
    const SmtpConfig config =
        settings(QStringLiteral("mail.example.org"), 465, SmtpConfig::Security::ImplicitTls);
    SmtpResult result;
    result.authMechanism = QStringLiteral("PLAIN");
    const GuidedAdvice advice(CatalogLoader::builtIn().catalog, config, result, QStringLiteral("en"));
    const GuidedTest::Summary summary = advice.summarize({passed(GuidedStep::Kind::Auth)}, -1);
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Pass);
    QVERIFY(summary.nextAction.contains(QStringLiteral("mail.example.org")));
    QVERIFY(summary.nextAction.contains(QStringLiteral("465")));
}

QTEST_GUILESS_MAIN(TestGuidedAdvice)
#include "tst_guidedadvice.moc"
