// The guided test over the real engine and the scripted fake server: plan, live steps, verdicts, summary.
#include "catalog/catalogloader.h"
#include "fakesmtpserver.h"
#include "i18n/languagemanager.h"
#include "smtp/guidedtest.h"
#include "smtptesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpTest;

namespace {

const QString user = QStringLiteral("guided@example.org");
const QString password = QStringLiteral("Güided-Sécret-4711");

const QString healthy = QStringLiteral(R"(
S: 220 fake.test ESMTP
C: EHLO client.test
S: 250-fake.test
S: 250-STARTTLS
S: 250 SIZE 1000
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
X: starttls
C: EHLO client.test
S: 250-fake.test
S: 250-ENHANCEDSTATUSCODES
S: 250 AUTH PLAIN LOGIN
C: AUTH PLAIN *
S: 235 2.7.0 Authentication successful
C: MAIL FROM:<guided@example.org>*
S: 250 2.1.0 Ok
C: RCPT TO:<ana@example.net>*
S: 250 2.1.5 Ok
C: QUIT
S: 221 2.0.0 Bye
)");

QStringList kinds(const GuidedTest &test) {
    QStringList out;
    for (const GuidedStep &step : test.steps())
        out << GuidedStep::kindName(step.kind) + QLatin1Char(':') + GuidedStep::verdictName(step.verdict);
    return out;
}

bool runToEnd(GuidedTest &test, const SmtpConfig &config) {
    QSignalSpy finished(&test, &GuidedTest::finished);
    if (!test.start(config))
        return false;
    return finished.wait(20000) || finished.count() == 1;
}

} // namespace

class TestGuidedTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }
    void healthyRunPassesEveryStep();
    void wrongPasswordFailsAtAuthWithAdvice();
    void starttlsRequiredSaysChooseStartTls();
    void unknownHostFailsAtResolve();
    void cancelWhileWaitingSkipsTheRest();
    void languageSwitchRewritesAdvice();
    void port25UsesStartTlsOnlyWhenOffered();
    void opportunisticStartTlsStillEncryptsWhenOffered();

private:
    LanguageManager m_languages;
};

void TestGuidedTest::healthyRunPassesEveryStep() {
    FakeSmtpServer server;
    QVERIFY(
        server.setCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))));
    server.setScript(healthy);
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.security = SmtpConfig::Security::StartTls;
    config.extraCaFile = tlsFile(QStringLiteral("ca.pem"));
    config.user = user;
    config.password = password;
    config.mailFrom = user;
    config.rcptTo = {QStringLiteral("ana@example.net")};

    GuidedTest test(CatalogLoader::builtIn().catalog);
    QSignalSpy changed(&test, &GuidedTest::stepChanged);
    QVERIFY(runToEnd(test, config));
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join(QLatin1Char('\n'))));
    QCOMPARE(kinds(test), (QStringList{"resolve:pass", "connect:pass", "greeting:pass", "ehlo:pass",
                                       "starttls:pass", "tls-handshake:pass", "ehlo-again:pass", "auth:pass",
                                       "mail:pass", "rcpt:pass", "quit:pass"}));
    QVERIFY(changed.count() > test.steps().size()); // the list filled in live
    QCOMPARE(test.summary().verdict, GuidedStep::Verdict::Pass);
    QVERIFY(test.summary().nextAction.contains(QStringLiteral("127.0.0.1")));
    for (const GuidedStep &step : test.steps()) {
        QVERIFY2(!step.explanation.isEmpty(), qPrintable(step.title()));
        QVERIFY(!step.command.contains(password));
    }
    QCOMPARE(test.steps().at(7).reply.code, 235);
    QVERIFY(test.steps().at(7).explanation.contains(user));
    QVERIFY(test.settings().password.isEmpty()); // nothing secret is kept after the run
    QVERIFY(secretLeaks(test.result(), {password}).isEmpty());
}

void TestGuidedTest::wrongPasswordFailsAtAuthWithAdvice() {
    FakeSmtpServer server;
    QVERIFY(
        server.setCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))));
    QString script = healthy;
    script.replace(QStringLiteral("S: 235 2.7.0 Authentication successful"),
                   QStringLiteral("S: 535 5.7.8 Username and Password not accepted"));
    script = script.left(script.indexOf(QStringLiteral("C: MAIL"))) +
             QStringLiteral("C: QUIT\nS: 221 2.0.0 Bye\n");
    server.setScript(script);
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.security = SmtpConfig::Security::StartTls;
    config.extraCaFile = tlsFile(QStringLiteral("ca.pem"));
    config.user = user;
    config.password = password;

    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    const GuidedTest::Summary summary = test.summary();
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Fail);
    const GuidedStep &auth = test.steps().at(summary.failedStep);
    QCOMPARE(auth.kind, GuidedStep::Kind::Auth);
    QCOMPARE(auth.reply.code, 535);
    QCOMPARE(auth.catalogCode, QStringLiteral("5.7.8"));
    QVERIFY2(auth.advice.contains(QStringLiteral("535 means")), qPrintable(auth.advice));
    QVERIFY(secretLeaks(test.result(), {password}).isEmpty());
}

void TestGuidedTest::starttlsRequiredSaysChooseStartTls() {
    FakeSmtpServer server;
    server.setScript(QStringLiteral(R"(
S: 220 fake.test ESMTP
C: EHLO client.test
S: 250-fake.test
S: 250-STARTTLS
S: 250 ENHANCEDSTATUSCODES
C: MAIL FROM:<guided@example.org>*
S: 530 5.7.0 Must issue a STARTTLS command first
C: QUIT
S: 221 2.0.0 Bye
)"));
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.mailFrom = user;
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    const GuidedTest::Summary summary = test.summary();
    QCOMPARE(summary.verdict, GuidedStep::Verdict::Fail);
    QCOMPARE(test.steps().at(summary.failedStep).kind, GuidedStep::Kind::Mail);
    QVERIFY2(summary.nextAction.contains(QStringLiteral("choose STARTTLS")), qPrintable(summary.nextAction));
}

void TestGuidedTest::unknownHostFailsAtResolve() {
    SmtpConfig config = configFor(25);
    config.host = QStringLiteral("no-such-host.invalid"); // .invalid never resolves (RFC 2606)
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    QCOMPARE(test.summary().failedStep, 0);
    QCOMPARE(test.steps().first().verdict, GuidedStep::Verdict::Fail);
    QVERIFY2(test.summary().nextAction.contains(QStringLiteral("typing mistakes")),
             qPrintable(test.summary().nextAction));
    QCOMPARE(test.steps().last().verdict, GuidedStep::Verdict::Skipped);
}

void TestGuidedTest::cancelWhileWaitingSkipsTheRest() {
    FakeSmtpServer server;
    server.setScript(QStringLiteral("X: sleep 5000\nS: 220 too late\n"));
    QVERIFY(server.start());
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QSignalSpy finished(&test, &GuidedTest::finished);
    QVERIFY(test.start(configFor(server.port())));
    QTRY_VERIFY_WITH_TIMEOUT(test.steps().at(1).verdict == GuidedStep::Verdict::Pass, 5000); // connected
    test.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!test.isRunning());
    QVERIFY(test.summary().headline.contains(QStringLiteral("cancelled")));
    for (const GuidedStep &step : test.steps().mid(2))
        QCOMPARE(step.verdict, GuidedStep::Verdict::Skipped);
}

void TestGuidedTest::languageSwitchRewritesAdvice() {
    SmtpConfig config = configFor(25);
    config.host = QStringLiteral("no-such-host.invalid");
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    const QString english = test.summary().nextAction;
    QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
    test.setLanguage(QStringLiteral("es"));
    const QString spanish = test.summary().nextAction;
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY(!spanish.isEmpty());
    QVERIFY2(spanish != english, qPrintable(spanish));
    QCOMPARE(test.steps().first().verdict, GuidedStep::Verdict::Fail);
}

void TestGuidedTest::port25UsesStartTlsOnlyWhenOffered() {
    QCOMPARE(GuidedTest::defaultSecurity(25), SmtpConfig::Security::StartTlsIfOffered);
    QCOMPARE(GuidedTest::defaultSecurity(587), SmtpConfig::Security::StartTls);
    QCOMPARE(GuidedTest::defaultSecurity(465), SmtpConfig::Security::ImplicitTls);

    FakeSmtpServer server; // an MX-style server without STARTTLS
    server.setScript(QStringLiteral(R"(
S: 220 fake.test ESMTP
C: EHLO client.test
S: 250-fake.test
S: 250 SIZE 1000
C: QUIT
S: 221 2.0.0 Bye
)"));
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.security = SmtpConfig::Security::StartTlsIfOffered;
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join(QLatin1Char('\n'))));
    QCOMPARE(test.summary().verdict, GuidedStep::Verdict::Warning);
    QCOMPARE(kinds(test),
             (QStringList{"resolve:pass", "connect:pass", "greeting:pass", "ehlo:warning", "starttls:skipped",
                          "tls-handshake:skipped", "ehlo-again:skipped", "quit:pass"}));
    QVERIFY2(test.steps().at(4).explanation.contains(QStringLiteral("offers no STARTTLS")),
             qPrintable(test.steps().at(4).explanation));
}

void TestGuidedTest::opportunisticStartTlsStillEncryptsWhenOffered() {
    FakeSmtpServer server;
    QVERIFY(
        server.setCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))));
    QString script = healthy;
    script = script.left(script.indexOf(QStringLiteral("C: AUTH"))) +
             QStringLiteral("C: QUIT\nS: 221 2.0.0 Bye\n");
    server.setScript(script);
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.security = SmtpConfig::Security::StartTlsIfOffered;
    config.extraCaFile = tlsFile(QStringLiteral("ca.pem"));
    GuidedTest test(CatalogLoader::builtIn().catalog);
    QVERIFY(runToEnd(test, config));
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join(QLatin1Char('\n'))));
    QCOMPARE(test.summary().verdict, GuidedStep::Verdict::Pass);
    QVERIFY(test.result().tls.encrypted);
}

QTEST_GUILESS_MAIN(TestGuidedTest)
#include "tst_guidedtest.moc"
