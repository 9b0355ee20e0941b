// The Compare view: pickers, swap, recent list, language switch, export.
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "codepicker.h"
#include "comparisonview.h"
#include "hostiletext.h"
#include "i18n/languagemanager.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

class TestComparisonView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsBothCodesAndSections();
    void swapExchangesSides();
    void pickerAcceptsAccentFreeWords();
    void languageSwitchRerenders();
    void recentComparisonsAreRemembered();
    void narrowWindowStacksColumns();
    void saveAsHtmlWritesAStandaloneDocument();
    void unknownCodeShowsAMessage();
    void hostileTextInThePickers_data();
    void hostileTextInThePickers();

private:
    QTemporaryDir *m_dir = nullptr;
    QSettings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    CatalogSearch *m_search = nullptr;
    ComparisonView *m_view = nullptr;
};

void TestComparisonView::init() {
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_search = new CatalogSearch(CatalogLoader::builtIn().catalog);
    m_view = new ComparisonView(*m_search, *m_languages, *m_settings);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestComparisonView::cleanup() {
    delete m_view;
    delete m_search;
    delete m_languages;
    delete m_settings;
    delete m_dir;
}

void TestComparisonView::showsBothCodesAndSections() {
    m_view->setCodes(QStringLiteral("530"), QStringLiteral("535"));
    const QString page = m_view->page()->toPlainText();
    QVERIFY2(page.contains(QStringLiteral("530 compared with 535")), qPrintable(page.left(200)));
    for (const QString &heading : {QStringLiteral("Key differences"), QStringLiteral("When to use which"),
                                   QStringLiteral("Meaning"), QStringLiteral("How to fix")})
        QVERIFY2(page.contains(heading), qPrintable(heading));
}

void TestComparisonView::swapExchangesSides() {
    m_view->setCodes(QStringLiteral("450"), QStringLiteral("550"));
    m_view->findChild<QToolButton *>(QStringLiteral("swapButton"))->click();
    QCOMPARE(m_view->pickerA()->code(), QStringLiteral("550"));
    QCOMPARE(m_view->pickerB()->code(), QStringLiteral("450"));
    QCOMPARE(m_view->result().a.code, QStringLiteral("550"));
    QVERIFY(m_view->page()->toPlainText().contains(QStringLiteral("550 compared with 450")));
}

void TestComparisonView::pickerAcceptsAccentFreeWords() {
    CodePicker *picker = m_view->pickerB();
    picker->clear();
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("dang nhap qua yeu"));
    QTest::keyClick(picker, Qt::Key_Return);
    QVERIFY2(picker->code() == QStringLiteral("534"),
             qPrintable(picker->code() + QLatin1Char('/') + picker->text()));
    QCOMPARE(m_view->result().b.code, QStringLiteral("534"));
}

void TestComparisonView::languageSwitchRerenders() {
    m_view->setCodes(QStringLiteral("421"), QStringLiteral("450"));
    const QString english = m_view->page()->toPlainText();
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    QCoreApplication::sendPostedEvents();
    const QString spanish = m_view->page()->toPlainText();
    QVERIFY(spanish != english);
    QCOMPARE(m_view->result().a.title,
             CatalogLoader::builtIn().catalog.entry(QStringLiteral("421"))->text(QStringLiteral("es")).title);
}

void TestComparisonView::recentComparisonsAreRemembered() {
    m_view->setCodes(QStringLiteral("250"), QStringLiteral("251"));
    m_view->setCodes(QStringLiteral("552"), QStringLiteral("452"));
    QCOMPARE(m_view->recent().value(0), QStringLiteral("552|452"));
    QCOMPARE(m_view->recent().value(1), QStringLiteral("250|251"));
    auto *recent = m_view->findChild<QComboBox *>(QStringLiteral("recentComparisons"));
    const int index = recent->findData(QStringLiteral("250|251"));
    QVERIFY(index > 0);
    recent->activated(index);
    QCOMPARE(m_view->result().a.code, QStringLiteral("250"));
    // A new view reopens the last comparison.
    ComparisonView again(*m_search, *m_languages, *m_settings);
    QCOMPARE(again.result().a.code, QStringLiteral("250"));
    QCOMPARE(again.result().b.code, QStringLiteral("251"));
}

void TestComparisonView::narrowWindowStacksColumns() {
    m_view->setCodes(QStringLiteral("530"), QStringLiteral("535"));
    QVERIFY(m_view->page()->toHtml().contains(QStringLiteral("<table")));
    m_view->resize(500, 700);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->page()->toHtml().contains(QStringLiteral("<table")), 2000);
}

void TestComparisonView::saveAsHtmlWritesAStandaloneDocument() {
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    m_view->setCodes(QStringLiteral("530"), QStringLiteral("535"));
    const QString path = m_dir->filePath(QStringLiteral("out.html"));
    QVERIFY(m_view->saveHtml(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("lang=\"vi\"")));
    QVERIFY(html.contains(QStringLiteral("charset=\"utf-8\"")));
    QVERIFY(html.contains(QStringLiteral("535")));
    QVERIFY(m_view->plainText().contains(QStringLiteral("530")));
}

void TestComparisonView::unknownCodeShowsAMessage() {
    m_view->setCodes(QStringLiteral("537"), QStringLiteral("535"));
    QVERIFY(!m_view->result().isValid());
    QVERIFY(m_view->page()->toPlainText().contains(QStringLiteral("537")));
}

void TestComparisonView::hostileTextInThePickers_data() {
    QTest::addColumn<QString>("value");
    for (const auto &[name, value] : HostileText::values())
        QTest::newRow(name) << value;
}

void TestComparisonView::hostileTextInThePickers() {
    QFETCH(QString, value);
    // Typed (or pasted) into a picker, then confirmed with Enter.
    CodePicker *picker = m_view->pickerA();
    picker->setFocus();
    picker->setText(value);
    QVERIFY(picker->text().size() <= 200); // the field keeps what a code could need, not 10 MB
    QTest::keyClick(picker, Qt::Key_Return);
    // And handed to the view directly, as a link or the command line would.
    m_view->setCodes(value, QStringLiteral("535"));
    QVERIFY(!m_view->result().isValid());
    const QString english = m_view->page()->toPlainText();
    QVERIFY(!english.trimmed().isEmpty());
    QVERIFY2(english.size() < 2000, qPrintable(english.left(300)));
    QVERIFY2(HostileText::firstDangerous(english).isEmpty(),
             qPrintable(HostileText::firstDangerous(english)));
    QVERIFY(!m_view->page()->toHtml().contains(QStringLiteral("<img"))); // shown as text, never as markup
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    QVERIFY2(m_view->page()->toPlainText() != english, qPrintable(m_view->page()->toPlainText()));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
