#include "codebrowser.h"
#include "comparisonview.h"
#include "connectionpanel.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "settingskeys.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct VisibleTexts {
    QString title;
    QStringList views;
    QStringList menus;
    QString compareHeading;

    static VisibleTexts of(MainWindow &window) {
        VisibleTexts texts;
        texts.title = window.windowTitle();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        for (int i = 0; i < sidebar->count(); ++i)
            texts.views << sidebar->item(i)->text();
        for (QAction *menu : window.menuBar()->actions())
            texts.menus << menu->text();
        if (auto *compare = window.findChild<ComparisonView *>())
            texts.compareHeading = compare->findChild<QLabel *>()->text();
        return texts;
    }
};

QAction *languageAction(MainWindow &window, const QString &code) {
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensWithThreeViewsBuiltLazily();
    void shortcutsSwitchViews();
    void findShortcutsFocusSearch();
    void languageMenuListsNativeNames();
    void switchingLanguageRetranslatesEverything();

private:
    QTemporaryDir *m_dir = nullptr;
    QSettings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init() {
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_window = new MainWindow(*m_languages, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QApplication::setActiveWindow(m_window);
}

void TestMainWindow::cleanup() {
    delete m_window;
    delete m_languages;
    delete m_settings;
    delete m_dir;
}

void TestMainWindow::opensWithThreeViewsBuiltLazily() {
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), MainWindow::viewCount);
    QCOMPARE(m_window->currentView(), MainWindow::View::Codes);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<CodeBrowser *>(), 5000); // built right after the first frame
    // Start-up builds only what is visible.
    QVERIFY(!m_window->findChild<ComparisonView *>());
    QVERIFY(!m_window->findChild<ConnectionPanel *>());
    sidebar->setCurrentRow(2);
    QCOMPARE(m_window->currentView(), MainWindow::View::Connection);
    QVERIFY(m_window->findChild<ConnectionPanel *>());
}

void TestMainWindow::shortcutsSwitchViews() {
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::Compare);
    QVERIFY(m_window->findChild<ComparisonView *>()->isVisible());
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::Connection);
    QVERIFY(m_window->findChild<ConnectionPanel *>()->isVisible());
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::Codes);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Codes")));
}

void TestMainWindow::findShortcutsFocusSearch() {
    QLineEdit *search = m_window->codeBrowser()->searchField();
    for (const QKeyCombination &combo :
         {QKeyCombination(Qt::ControlModifier, Qt::Key_F), QKeyCombination(Qt::ControlModifier, Qt::Key_K)}) {
        QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!search->hasFocus());
        QTest::keyClick(m_window, combo.key(), combo.keyboardModifiers());
        QCOMPARE(m_window->currentView(), MainWindow::View::Codes);
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), 2000);
    }
}

void TestMainWindow::languageMenuListsNativeNames() {
    QStringList names;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")}) {
        QAction *action = languageAction(*m_window, code);
        QVERIFY2(action, qPrintable(code));
        names << action->text();
    }
    QCOMPARE(names, (QStringList{"English", "Tiếng Việt", "Español"}));
    QVERIFY(languageAction(*m_window, QStringLiteral("en"))->isChecked());
}

void TestMainWindow::switchingLanguageRetranslatesEverything() {
    m_window->showView(MainWindow::View::Compare); // a view built before the switch must follow it too
    const VisibleTexts english = VisibleTexts::of(*m_window);
    QCOMPARE(english.views, (QStringList{"Codes", "Compare", "Test connection"}));
    QCOMPARE(english.title, QStringLiteral("Compare — SMTP Desk"));

    QMap<QString, VisibleTexts> seen;
    for (const QString &code : {QStringLiteral("vi"), QStringLiteral("es")}) {
        languageAction(*m_window, code)->trigger();
        QCoreApplication::sendPostedEvents(); // QApplication posts LanguageChange to each top-level window
        QCOMPARE(m_languages->current(), code);
        QCOMPARE(m_settings->value(SettingsKeys::language).toString(), code);
        const VisibleTexts now = VisibleTexts::of(*m_window);
        QVERIFY2(now.title != english.title, qPrintable(now.title));
        QVERIFY(now.title.endsWith(QStringLiteral("SMTP Desk")));
        for (int i = 0; i < english.views.size(); ++i)
            QVERIFY2(now.views.at(i) != english.views.at(i), qPrintable(now.views.at(i)));
        for (int i = 0; i < english.menus.size(); ++i)
            QVERIFY2(now.menus.at(i) != english.menus.at(i), qPrintable(now.menus.at(i)));
        QVERIFY2(now.compareHeading != english.compareHeading, qPrintable(now.compareHeading));
        QVERIFY(languageAction(*m_window, code)->isChecked());
        QVERIFY(!languageAction(*m_window, QStringLiteral("en"))->isChecked());
        seen.insert(code, now);
    }
    QVERIFY(seen.value(QStringLiteral("vi")).views != seen.value(QStringLiteral("es")).views);

    languageAction(*m_window, QStringLiteral("en"))->trigger();
    QCoreApplication::sendPostedEvents();
    const VisibleTexts back = VisibleTexts::of(*m_window);
    QCOMPARE(back.title, english.title);
    QCOMPARE(back.views, english.views);
    QCOMPARE(back.menus, english.menus);
    QCOMPARE(back.compareHeading, english.compareHeading);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
