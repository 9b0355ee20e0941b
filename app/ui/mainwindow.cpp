#include "mainwindow.h"

#include "aboutdialog.h"
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "codebrowser.h"
#include "comparisonview.h"
#include "connectionpanel.h"
#include "i18n/languagemanager.h"
#include "settingskeys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QWindow>

MainWindow::MainWindow(LanguageManager &languages, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(190);
    const std::array<QStyle::StandardPixmap, viewCount> icons{
        QStyle::SP_FileDialogContentsView, QStyle::SP_FileDialogDetailedView, QStyle::SP_DriveNetIcon};
    for (int i = 0; i < viewCount; ++i)
        new QListWidgetItem(style()->standardIcon(icons[i]), QString(), m_sidebar);

    m_stack = new QStackedWidget(central);
    for (int i = 0; i < viewCount; ++i)
        m_stack->addWidget(new QWidget(m_stack)); // placeholders until a view is first shown

    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this,
            [this](int row) { showView(static_cast<View>(row)); });

    restoreGeometry(m_settings.value(SettingsKeys::geometry).toByteArray());
    if (!m_settings.contains(SettingsKeys::geometry))
        resize(1100, 720);
    const int stored = m_settings.value(SettingsKeys::view, 0).toInt();
    const View start = static_cast<View>(stored >= 0 && stored < viewCount ? stored : 0);
    // The window appears first; the start view (which loads the catalog) is built once it is on screen,
    // so the first frame never waits for it (see eventFilter).
    m_startView = start;
    m_stack->setCurrentIndex(static_cast<int>(start));
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(static_cast<int>(start));
    }
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    for (int i = 0; i < viewCount; ++i) {
        m_viewActions[i] = new QAction(this);
        m_viewActions[i]->setCheckable(true);
        m_viewActions[i]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_viewActions[i], &QAction::triggered, this, [this, i] { showView(static_cast<View>(i)); });
    }
    auto *viewGroup = new QActionGroup(this);
    for (QAction *action : m_viewActions)
        viewGroup->addAction(action);

    m_findAction = new QAction(this);
    m_findAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        // Native names are never translated: a person must find their language in any UI language.
        auto *action = new QAction(language.nativeName, m_languageGroup);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == m_languages.current());
        connect(action, &QAction::triggered, this, [this, code = language.code] { chooseLanguage(code); });
    }
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_viewActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

QString MainWindow::viewName(View view) const {
    switch (view) {
    case View::Codes:
        return tr("Codes");
    case View::Compare:
        return tr("Compare");
    case View::Connection:
        return tr("Test connection");
    }
    return {};
}

void MainWindow::retranslate() {
    setWindowTitle(tr("%1 — SMTP Desk").arg(viewName(currentView())));
    for (int i = 0; i < viewCount; ++i) {
        const QString name = viewName(static_cast<View>(i));
        m_sidebar->item(i)->setText(name);
        m_viewActions[i]->setText(name);
    }
    m_sidebar->setAccessibleName(tr("Views"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find a code"));
    m_aboutAction->setText(tr("&About SMTP Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.current());
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_stack->currentIndex());
}

QWidget *MainWindow::viewWidget(View view) {
    const int index = static_cast<int>(view);
    if (!m_views[index]) {
        QWidget *created = nullptr;
        switch (view) {
        case View::Codes: {
            auto *browser = new CodeBrowser(catalogSearch(), m_languages, m_stack);
            connect(browser, &CodeBrowser::compareRequested, this,
                    [this](const QString &code, const QString &other) {
                        comparisonView()->compareWith(code, other);
                        showView(View::Compare);
                    });
            created = browser;
            break;
        }
        case View::Compare: {
            auto *compare = new ComparisonView(catalogSearch(), m_languages, m_settings, m_stack);
            connect(compare, &ComparisonView::codeLinkActivated, this, [this](const QString &code) {
                showView(View::Codes);
                codeBrowser()->openCode(code);
            });
            created = compare;
            break;
        }
        case View::Connection: {
            auto *panel = new ConnectionPanel(catalogSearch().catalog(), m_languages, m_settings, m_stack);
            connect(panel, &ConnectionPanel::codeLinkActivated, this, [this](const QString &code) {
                showView(View::Codes);
                codeBrowser()->openCode(code);
            });
            created = panel;
            break;
        }
        }
        QWidget *placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, created);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        m_views[index] = created;
    }
    return m_views[index];
}

const CatalogSearch &MainWindow::catalogSearch() {
    if (!m_catalogSearch)
        m_catalogSearch = std::make_unique<CatalogSearch>(CatalogLoader::builtIn().catalog);
    return *m_catalogSearch;
}

ComparisonView *MainWindow::comparisonView() {
    return static_cast<ComparisonView *>(viewWidget(View::Compare));
}

CodeBrowser *MainWindow::codeBrowser() {
    return static_cast<CodeBrowser *>(viewWidget(View::Codes));
}

void MainWindow::showView(View view) {
    const int index = static_cast<int>(view);
    QWidget *widget = viewWidget(view);
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_viewActions[index]->setChecked(true);
    setWindowTitle(tr("%1 — SMTP Desk").arg(viewName(view)));
    widget->setFocus();
}

void MainWindow::focusSearch() {
    showView(View::Codes);
    codeBrowser()->focusSearch();
}

void MainWindow::chooseLanguage(const QString &code) {
    if (m_languages.setLanguage(code))
        m_settings.setValue(SettingsKeys::language, code);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (!m_views[static_cast<int>(m_startView)] && windowHandle())
        windowHandle()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!m_views[static_cast<int>(m_startView)] && currentView() == m_startView)
                showView(m_startView);
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings.setValue(SettingsKeys::geometry, saveGeometry());
    m_settings.setValue(SettingsKeys::view, static_cast<int>(currentView()));
    QMainWindow::closeEvent(event);
}
