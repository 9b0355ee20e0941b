// The Test connection view driven offscreen against the built-in demo server: every training scenario
// ends with the verdict and code it is meant to show; bad input is explained before any connection;
// exports never contain the password; cancel stops at once.
#include "catalog/catalogloader.h"
#include "connectionform.h"
#include "connectionpanel.h"
#include "hostiletext.h"
#include "i18n/languagemanager.h"
#include "smtp/demoscenario.h"
#include "smtp/demoserver.h"
#include "smtp/guidedtest.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

Q_DECLARE_METATYPE(DemoScenario::Id)

namespace {

struct Expectation {
    DemoScenario::Id id;
    GuidedStep::Verdict verdict;
    GuidedStep::Kind failedKind; // meaningful when the verdict is Fail
    int code;                    // the failed step's reply code, 0 when none
};

bool finishRun(ConnectionPanel &panel, int timeoutMs = 30000) {
    QSignalSpy finished(&panel.test(), &GuidedTest::finished);
    if (!panel.run())
        return false;
    return finished.wait(timeoutMs) || finished.count() == 1;
}

} // namespace

class TestConnectionPanel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyDemoScenario_data();
    void everyDemoScenario();
    void badInputIsExplainedBeforeConnecting_data();
    void badInputIsExplainedBeforeConnecting();
    void hostileTextInEveryField_data();
    void hostileTextInEveryField();
    void exportsNeverContainThePassword();
    void cancelStopsAtOnce();
    void settingsAreRememberedWithoutPassword();
    void languageSwitchRewritesTheResult();
    void emailAddressFillsInAKnownProvider();

private:
    QTemporaryDir *m_dir = nullptr;
    QSettings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    ConnectionPanel *m_panel = nullptr;
};

void TestConnectionPanel::init() {
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_panel = new ConnectionPanel(CatalogLoader::builtIn().catalog, *m_languages, *m_settings);
    m_panel->setAskAboutCertificates(false);
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestConnectionPanel::cleanup() {
    delete m_panel;
    delete m_languages;
    delete m_settings;
    delete m_dir;
}

void TestConnectionPanel::everyDemoScenario_data() {
    using Id = DemoScenario::Id;
    using V = GuidedStep::Verdict;
    using K = GuidedStep::Kind;
    QTest::addColumn<DemoScenario::Id>("scenario");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("failedKind");
    QTest::addColumn<int>("code");
    const QList<Expectation> expectations{
        {Id::Healthy, V::Pass, K::Quit, 0},
        {Id::AuthRequired, V::Fail, K::Mail, 530},
        {Id::WrongPassword, V::Fail, K::Auth, 535},
        {Id::MailboxNameInvalid, V::Fail, K::Rcpt, 553},
        {Id::AppPasswordRequired, V::Fail, K::Auth, 534},
        {Id::StartTlsRequired, V::Fail, K::Mail, 530},
        {Id::EncryptionRequiredForMechanism, V::Fail, K::Auth, 538},
        {Id::TemporaryAuthFailure, V::Fail, K::Auth, 454},
        {Id::ServiceUnavailable, V::Fail, K::Greeting, 421},
        {Id::MailboxFull, V::Fail, K::Rcpt, 452},
        {Id::MailboxFullPermanent, V::Fail, K::Data, 552},
        {Id::UnknownUser, V::Fail, K::Rcpt, 550},
        {Id::RelayDenied, V::Fail, K::Rcpt, 554},
        {Id::Greylisting, V::Fail, K::Rcpt, 450},
    };
    for (const Expectation &e : expectations) {
        for (const DemoScenario &scenario : DemoScenario::all()) {
            if (scenario.id() == e.id)
                QTest::newRow(qPrintable(scenario.name()))
                    << e.id << int(e.verdict) << int(e.failedKind) << e.code;
        }
    }
}

void TestConnectionPanel::everyDemoScenario() {
    QFETCH(DemoScenario::Id, scenario);
    QFETCH(int, verdict);
    QFETCH(int, failedKind);
    QFETCH(int, code);
    m_panel->form()->setUsesDemo(true);
    m_panel->form()->setScenario(scenario);
    QVERIFY(finishRun(*m_panel));
    const GuidedTest::Summary summary = m_panel->test().summary();
    if (verdict == int(GuidedStep::Verdict::Pass)) {
        QVERIFY2(summary.verdict != GuidedStep::Verdict::Fail,
                 qPrintable(summary.headline + summary.nextAction));
    } else {
        QCOMPARE(int(summary.verdict), verdict);
        QVERIFY(summary.failedStep >= 0);
        const GuidedStep &failed = m_panel->test().steps().at(summary.failedStep);
        QCOMPARE(int(failed.kind), failedKind);
        QCOMPARE(failed.reply.code, code);
        // The detail pane shows the failed step with a link to its code's entry.
        QVERIFY2(m_panel->detail()->toHtml().contains(QStringLiteral("code:")), qPrintable(failed.title()));
    }
    QVERIFY(m_panel->summary()->text().contains(summary.headline.toHtmlEscaped()));
    QVERIFY(!m_panel->transcript()->toPlainText().isEmpty());
}

void TestConnectionPanel::badInputIsExplainedBeforeConnecting_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty host") << ""
                                << "587"
                                << ""
                                << ""
                                << "Enter the outgoing mail server";
    QTest::newRow("host with spaces") << "smtp example com"
                                      << "587"
                                      << ""
                                      << ""
                                      << "cannot have";
    QTest::newRow("port 0") << "smtp.example.com"
                            << "0"
                            << ""
                            << ""
                            << "from 1 to 65535";
    QTest::newRow("port 70000") << "smtp.example.com"
                                << "70000"
                                << ""
                                << ""
                                << "from 1 to 65535";
    QTest::newRow("port abc") << "smtp.example.com"
                              << "abc"
                              << ""
                              << ""
                              << "from 1 to 65535";
    QTest::newRow("sender without @") << "smtp.example.com"
                                      << "587"
                                      << "ana.example.org"
                                      << ""
                                      << "553";
    QTest::newRow("recipient without domain") << "smtp.example.com"
                                              << "587"
                                              << "ana@example.org"
                                              << "bob@"
                                              << "not a valid";
}

void TestConnectionPanel::badInputIsExplainedBeforeConnecting() {
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    ConnectionForm *form = m_panel->form();
    form->setUsesDemo(false);
    form->hostField()->setText(host);
    form->portField()->setText(port);
    form->fromField()->setText(from);
    form->toField()->setText(to);
    QSignalSpy changed(&m_panel->test(), &GuidedTest::stepChanged);
    QVERIFY(!m_panel->run());
    QCOMPARE(changed.count(), 0); // nothing was started
    QVERIFY(form->problemsLabel()->isVisible());
    QVERIFY2(form->problemsLabel()->text().contains(message), qPrintable(form->problemsLabel()->text()));
}

void TestConnectionPanel::hostileTextInEveryField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("refused"); // the form must name the problem before connecting
    const QStringList optional{"email", "user", "ehlo", "from", "to", "password"};
    for (const QString field : {"host", "port", "email", "user", "ehlo", "from", "to", "password"}) {
        for (const auto &[name, value] : HostileText::values()) {
            bool refused = !(optional.contains(field) && value.trimmed().isEmpty());
            if (field == "password") { // anything typable is a possible password; garbled text is not
                refused = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
                    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                           c.isSurrogate() || c == QChar(0xFFFD);
                });
            }
            if (field == "port" && QByteArray(name) == "10 MB of digits")
                refused = false; // the field keeps five digits: 55555 is a valid port
            QTest::addRow("%s: %s", qPrintable(field), name) << field << value << refused;
        }
    }
}

void TestConnectionPanel::hostileTextInEveryField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, refused);
    // A closed port on loopback: a run that gets past the form ends at once, connection refused.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ConnectionForm *form = m_panel->form();
    form->setUsesDemo(false);
    form->hostField()->setText(QStringLiteral("127.0.0.1"));
    form->portField()->setText(QString::number(closedPort));
    const QHash<QString, QLineEdit *> fields{
        {"host", form->hostField()}, {"port", form->portField()},        {"email", form->emailField()},
        {"user", form->userField()}, {"ehlo", form->ehloNameField()},    {"from", form->fromField()},
        {"to", form->toField()},     {"password", form->passwordField()}};
    QLineEdit *edit = fields.value(field);
    QVERIFY(edit);
    edit->setText(value);
    if (field == "password" && !value.isEmpty()) // a password alone is refused for want of a user
        form->userField()->setText(QStringLiteral("ana@example.org"));

    QSignalSpy finished(&m_panel->test(), &GuidedTest::finished);
    const bool started = m_panel->run();
    QCOMPARE(started, !refused);
    if (refused) {
        QLabel *problems = form->problemsLabel();
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->textFormat(), Qt::PlainText); // it quotes the input: never as HTML
        const QString english = problems->text();
        QVERIFY(!english.isEmpty());
        QVERIFY2(english.size() < 2000, qPrintable(english.left(300)));
        QVERIFY2(HostileText::firstDangerous(english).isEmpty(),
                 qPrintable(HostileText::firstDangerous(english)));
        // The same problem, in Vietnamese.
        QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
        QVERIFY(!form->validate().isEmpty());
        QVERIFY2(problems->text() != english, qPrintable(problems->text()));
        return;
    }
    // Past the form: the run ends by itself and says what happened.
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QVERIFY(!m_panel->test().isRunning());
    QVERIFY(!m_panel->test().summary().headline.isEmpty());
}

void TestConnectionPanel::exportsNeverContainThePassword() {
    // A real-server run against the demo, with a password typed into the form.
    DemoServer server;
    QVERIFY(server.start());
    ConnectionForm *form = m_panel->form();
    form->setUsesDemo(false);
    form->hostField()->setText(QStringLiteral("127.0.0.1"));
    form->portField()->setText(QString::number(server.serverPort()));
    form->userField()->setText(DemoScenario::userName());
    const QString password = QStringLiteral("Exp0rt-Sécret-xyz");
    form->passwordField()->setText(password);
    QVERIFY(finishRun(*m_panel)); // fails at TLS: the demo certificate is not trusted here; that is fine
    for (const auto format : {ConnectionPanel::ExportFormat::Html, ConnectionPanel::ExportFormat::Text,
                              ConnectionPanel::ExportFormat::Pdf}) {
        const QString path = m_dir->filePath(QStringLiteral("report-%1").arg(int(format)));
        QVERIFY(m_panel->exportReport(path, format));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.size() > 100);
        QVERIFY(!content.contains(password.toUtf8()));
        QVERIFY(!content.contains(password.toUtf8().toBase64()));
    }
    QFile html(m_dir->filePath(QStringLiteral("report-%1").arg(int(ConnectionPanel::ExportFormat::Html))));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("127.0.0.1"));
}

void TestConnectionPanel::cancelStopsAtOnce() {
    m_panel->form()->setUsesDemo(true);
    m_panel->form()->setScenario(DemoScenario::Id::SlowServer);
    QSignalSpy finished(&m_panel->test(), &GuidedTest::finished);
    QVERIFY(m_panel->run());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->test().steps().at(1).verdict == GuidedStep::Verdict::Pass, 5000);
    m_panel->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_panel->test().isRunning());
    QVERIFY(m_panel->summary()->text().contains(QStringLiteral("cancelled")));
}

void TestConnectionPanel::settingsAreRememberedWithoutPassword() {
    ConnectionForm *form = m_panel->form();
    form->setUsesDemo(false);
    form->hostField()->setText(QStringLiteral("127.0.0.1"));
    form->portField()->setText(QStringLiteral("1"));
    form->userField()->setText(QStringLiteral("ana@example.org"));
    form->passwordField()->setText(QStringLiteral("Never-Saved-4711"));
    QVERIFY(finishRun(*m_panel));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("ana@example.org"));
    QVERIFY(!saved.contains("Never-Saved-4711"));
    ConnectionForm restored(*m_languages);
    restored.load(*m_settings);
    QCOMPARE(restored.hostField()->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(restored.passwordField()->text().isEmpty());
}

void TestConnectionPanel::languageSwitchRewritesTheResult() {
    m_panel->form()->setUsesDemo(true);
    m_panel->form()->setScenario(DemoScenario::Id::WrongPassword);
    QVERIFY(finishRun(*m_panel));
    const QString english = m_panel->summary()->text();
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    QCoreApplication::sendPostedEvents();
    QVERIFY2(m_panel->summary()->text() != english, qPrintable(m_panel->summary()->text()));
}

void TestConnectionPanel::emailAddressFillsInAKnownProvider() {
    ConnectionForm *form = m_panel->form();
    form->setUsesDemo(false);
    form->emailField()->setFocus();
    QTest::keyClicks(form->emailField(), QStringLiteral("Ana.Pham@Gmail.com"));
    QCOMPARE(form->hostField()->text(), QStringLiteral("smtp.gmail.com"));
    QCOMPARE(form->portField()->text(), QStringLiteral("587"));
    QCOMPARE(form->userField()->text(), QStringLiteral("Ana.Pham@Gmail.com"));
    QCOMPARE(form->fromField()->text(), QStringLiteral("Ana.Pham@Gmail.com"));
    QVERIFY(form->presetNote()->isVisible());
    QVERIFY2(form->presetNote()->text().contains(QStringLiteral("app password")),
             qPrintable(form->presetNote()->text()));
    // The note follows the application's language, whatever the system locale says.
    const QString english = form->presetNote()->text();
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    QLocale::setDefault(QLocale(QStringLiteral("vi")));
    QCoreApplication::sendPostedEvents();
    const QString spanish = form->presetNote()->text();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(spanish != english && spanish.contains(QStringLiteral("contraseña")), qPrintable(spanish));
}

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
