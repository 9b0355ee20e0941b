// The Codes view driven like a person would: type, move, open, follow a link, go back.
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "codebrowser.h"
#include "codedetailview.h"
#include "hostiletext.h"
#include "i18n/languagemanager.h"
#include "resultdelegate.h"
#include "searchresultsmodel.h"
#include "searchroles.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

class TestCodeBrowser : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typing535ShowsItFirstAndEnterOpensIt();
    void relatedLinkNavigatesAndBackReturns();
    void arrowsMoveWhileTypingAndEscapeClears();
    void typingInTheListGoesToTheSearchField();
    void emptyQueryShowsGroups();
    void accentFreeVietnameseQuery();
    void copyAsTextInCurrentLanguage();
    void languageSwitchRerendersPage();
    void highlightRangesIgnoreAccents();
    void pastedReplyIsDecoded();
    void pastedGarbageSaysNothingFound();
    void hostileTextInTheSearchField_data();
    void hostileTextInTheSearchField();

private:
    CodeBrowser *m_browser = nullptr;
    LanguageManager *m_languages = nullptr;
    CatalogSearch *m_search = nullptr;
};

void TestCodeBrowser::init() {
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_search = new CatalogSearch(CatalogLoader::builtIn().catalog);
    m_browser = new CodeBrowser(*m_search, *m_languages);
    m_browser->resize(1000, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser));
    QApplication::setActiveWindow(m_browser);
    m_browser->focusSearch();
}

void TestCodeBrowser::cleanup() {
    delete m_browser;
    delete m_search;
    delete m_languages;
}

void TestCodeBrowser::typing535ShowsItFirstAndEnterOpensIt() {
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("535"));
    QCOMPARE(m_browser->model()->index(0).data(SearchRoles::Code).toString(), QStringLiteral("535"));
    QCOMPARE(m_browser->resultList()->currentIndex().row(), 0);
    QTest::keyClick(m_browser->searchField(), Qt::Key_Return);
    QCOMPARE(m_browser->detailView()->currentCode(), QStringLiteral("535"));
    const QString page = m_browser->detailView()->browser()->toPlainText();
    QVERIFY2(page.startsWith(QStringLiteral("535 — ")), qPrintable(page.left(100)));
    // The sections come in the documented order.
    const QStringList order{"Meaning",       "When you see it", "How to fix", "For server operators",
                            "Related codes", "RFC references"};
    qsizetype last = -1;
    for (const QString &heading : order) {
        const qsizetype at = page.indexOf(QLatin1Char('\n') + heading + QLatin1Char('\n'));
        QVERIFY2(at > last, qPrintable(heading));
        last = at;
    }
}

void TestCodeBrowser::relatedLinkNavigatesAndBackReturns() {
    CodeDetailView *detail = m_browser->detailView();
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("535"));
    QTest::keyClick(m_browser->searchField(), Qt::Key_Return);
    QVERIFY(!detail->canGoBack());
    emit detail->browser()->anchorClicked(QUrl(QStringLiteral("code:5.7.8")));
    QCOMPARE(detail->currentCode(), QStringLiteral("5.7.8"));
    QVERIFY(detail->browser()->toPlainText().startsWith(QStringLiteral("5.7.8 — ")));
    QVERIFY(detail->canGoBack());

    detail->browser()->setFocus();
    QTest::keyClick(detail->browser(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(detail->currentCode(), QStringLiteral("535"));
    QVERIFY(detail->canGoForward());
    detail->findChild<QToolButton *>(QStringLiteral("forwardButton"))->click();
    QCOMPARE(detail->currentCode(), QStringLiteral("5.7.8"));

    QMouseEvent backButton(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::BackButton,
                           Qt::BackButton, Qt::NoModifier);
    QApplication::sendEvent(detail->browser()->viewport(), &backButton);
    QCOMPARE(detail->currentCode(), QStringLiteral("535"));
}

void TestCodeBrowser::arrowsMoveWhileTypingAndEscapeClears() {
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("55"));
    QCOMPARE(m_browser->resultList()->currentIndex().row(), 0);
    const QString first = m_browser->detailView()->currentCode();
    QTest::keyClick(m_browser->searchField(), Qt::Key_Down);
    QCOMPARE(m_browser->resultList()->currentIndex().row(), 1);
    QVERIFY(m_browser->searchField()->hasFocus());
    QVERIFY(m_browser->detailView()->currentCode() != first); // previewed while typing
    QTest::keyClick(m_browser->searchField(), Qt::Key_Escape);
    QVERIFY(m_browser->searchField()->text().isEmpty());
}

void TestCodeBrowser::typingInTheListGoesToTheSearchField() {
    m_browser->resultList()->setFocus();
    QTest::keyClicks(m_browser->resultList(), QStringLiteral("42"));
    QCOMPARE(m_browser->searchField()->text(), QStringLiteral("42"));
    QVERIFY(m_browser->searchField()->hasFocus());
    QCOMPARE(m_browser->model()->index(0).data(SearchRoles::Code).toString(), QStringLiteral("421"));
}

void TestCodeBrowser::emptyQueryShowsGroups() {
    SearchResultsModel *model = m_browser->model();
    QCOMPARE(model->rowCount(), int(CatalogLoader::builtIn().catalog.entries().size()));
    QVERIFY(model->index(0).data(SearchRoles::GroupStart).toBool());
    QCOMPARE(model->index(0).data(SearchRoles::GroupLabel).toString(), QStringLiteral("2xx — success"));
    QVERIFY(!model->index(1).data(SearchRoles::GroupStart).toBool());
    // Subject groups are named by the subject's catalog entry, in the current language.
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    const QString subjectTitle = CatalogLoader::builtIn()
                                     .catalog.lookup(QStringLiteral("X.7.X"))
                                     .entry->text(QStringLiteral("vi"))
                                     .title;
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(SearchRoles::GroupStart).toBool())
            labels << model->index(row).data(SearchRoles::GroupLabel).toString();
    }
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                         [&](const QString &label) {
                             return label.contains(QStringLiteral("X.7")) && label.endsWith(subjectTitle);
                         }),
             qPrintable(labels.join(QLatin1Char('\n'))));
}

void TestCodeBrowser::accentFreeVietnameseQuery() {
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    QTest::keyClicks(m_browser->searchField(), QStringLiteral("mat khau ung dung"));
    QStringList found;
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        found << m_browser->model()->index(row).data(SearchRoles::Code).toString();
    QVERIFY2(found.contains(QStringLiteral("534")), qPrintable(found.join(QLatin1Char(' '))));
}

void TestCodeBrowser::copyAsTextInCurrentLanguage() {
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    m_browser->openCode(QStringLiteral("535"));
    m_browser->detailView()->copyAsText();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("535 — ")), qPrintable(copied.left(80)));
    QVERIFY2(copied.contains(QStringLiteral("CÓMO SOLUCIONARLO")), qPrintable(copied.left(2000)));
}

void TestCodeBrowser::languageSwitchRerendersPage() {
    m_browser->openCode(QStringLiteral("530"));
    const QString english = m_browser->detailView()->browser()->toPlainText();
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    QCoreApplication::sendPostedEvents();
    const QString vietnamese = m_browser->detailView()->browser()->toPlainText();
    QVERIFY(vietnamese != english);
    QVERIFY2(vietnamese.contains(QStringLiteral("Ý nghĩa")), qPrintable(vietnamese.left(400)));
    QCOMPARE(m_browser->model()->index(0).data(SearchRoles::GroupLabel).toString(),
             QStringLiteral("2xx — thành công"));
}

void TestCodeBrowser::highlightRangesIgnoreAccents() {
    const auto ranges =
        ResultDelegate::matches(QStringLiteral("Xác thực không thành công"), {QStringLiteral("thuc")});
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.first(), qMakePair(4, 4));
    QVERIFY(ResultDelegate::matches(QStringLiteral("athuc"), {QStringLiteral("thuc")})
                .isEmpty()); // word starts only
}

void TestCodeBrowser::pastedReplyIsDecoded() {
    m_browser->searchField()->setText(QStringLiteral(
        "SMTP Error: 535-5.7.8 Username and Password not accepted. For more information, go to\n"
        "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a05"));
    QVERIFY(m_browser->decodedPanel()->isVisible());
    QStringList found;
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        found << m_browser->model()->index(row).data(SearchRoles::Code).toString();
    QCOMPARE(found, (QStringList{"535", "5.7.8"}));
    QCOMPARE(m_browser->detailView()->currentCode(), QStringLiteral("535"));
    QVERIFY2(m_browser->decodedPanel()->text().contains(QStringLiteral("535 5.7.8")),
             qPrintable(m_browser->decodedPanel()->text()));
    // Typing a plain code again leaves the decoded mode.
    m_browser->searchField()->setText(QStringLiteral("250"));
    QVERIFY(!m_browser->decodedPanel()->isVisible());
}

void TestCodeBrowser::pastedGarbageSaysNothingFound() {
    QString garbage;
    for (int i = 0; i < 200000; ++i)
        garbage += QChar(u'!' + (i * 7919) % 90);
    m_browser->searchField()->setText(garbage);
    QVERIFY(!m_browser->decodedPanel()->isVisible());
    QCOMPARE(m_browser->model()->rowCount(), 0);
    QVERIFY(m_browser->findChild<QLabel *>(QStringLiteral("searchStatus"))
                ->text()
                .startsWith(QStringLiteral("No code")));
}

void TestCodeBrowser::hostileTextInTheSearchField_data() {
    QTest::addColumn<QString>("value");
    for (const auto &[name, value] : HostileText::values())
        QTest::newRow(name) << value;
    // A reply that decodes, carrying what should never reach the screen as markup or control codes.
    QTest::newRow("hostile text around a real reply")
        << QStringLiteral("550 5.1.1 <img src=\"file:///etc/passwd\"> \x1b[31m") + QChar(0x202E) +
               QStringLiteral("User unknown") + QChar(0xD800) + QStringLiteral("\n");
    QString many;
    for (int i = 0; many.size() < 2 * 1024 * 1024; ++i)
        many += QStringLiteral("550 5.1.%1 rejected <b>%1</b>\n").arg(i % 10);
    QTest::newRow("2 MB of replies") << many;
}

void TestCodeBrowser::hostileTextInTheSearchField() {
    QFETCH(QString, value);
    // Pasted: the field keeps up to 1 MiB, the decoder scans at most 256 KiB of it.
    m_browser->searchField()->setText(value);
    QVERIFY(m_browser->searchField()->text().size() <= m_browser->searchField()->maxLength());
    const int rows = m_browser->model()->rowCount();
    QVERIFY(rows <= CatalogLoader::builtIn().catalog.entries().size());
    QLabel *status = m_browser->findChild<QLabel *>(QStringLiteral("searchStatus"));
    QVERIFY(!status->text().isEmpty());
    QLabel *decoded = m_browser->decodedPanel();
    if (decoded->isVisible()) {
        QVERIFY2(decoded->text().size() < 64 * 1024, qPrintable(QString::number(decoded->text().size())));
        QVERIFY2(!decoded->text().contains(QStringLiteral("<img")), qPrintable(decoded->text().left(300)));
        QVERIFY2(!decoded->text().contains(QStringLiteral("<b>1</b>")), "server text shown as markup");
        QVERIFY2(HostileText::firstDangerous(decoded->text()).isEmpty(),
                 qPrintable(HostileText::firstDangerous(decoded->text())));
    }
    // Whatever it showed, it says it in the user's language.
    const QString english = status->text() + decoded->text();
    QVERIFY(m_languages->setLanguage(QStringLiteral("vi")));
    QVERIFY2(status->text() + decoded->text() != english, qPrintable(status->text()));
}

QTEST_MAIN(TestCodeBrowser)
#include "tst_codebrowser.moc"
