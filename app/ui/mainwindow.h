#pragma once

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class CatalogSearch;
class LanguageManager;
class CodeBrowser;
class ComparisonView;
class ConnectionPanel;

// The one main window: a sidebar of three views (Codes, Compare, Test connection) built on first use,
// and menus for views, language and help. Every visible text is set in retranslate().
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Codes = 0, Compare = 1, Connection = 2 };
    static constexpr int viewCount = 3;

    MainWindow(LanguageManager &languages, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    View currentView() const;
    // The view's widget, created on first request (start-up builds only the visible one).
    QWidget *viewWidget(View view);
    CodeBrowser *codeBrowser();
    ComparisonView *comparisonView();
    // The search index over the built-in catalog, built when a view first needs it.
    const CatalogSearch &catalogSearch();

public slots:
    void showView(MainWindow::View view);
    void focusSearch();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void chooseLanguage(const QString &code);
    void showAbout();
    QString viewName(View view) const;

    LanguageManager &m_languages;
    QSettings &m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<QWidget *, viewCount> m_views{};
    std::unique_ptr<CatalogSearch> m_catalogSearch;
    View m_startView = View::Codes;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    std::array<QAction *, viewCount> m_viewActions{};
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
