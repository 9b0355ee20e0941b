#include "codedetailview.h"

#include "catalog/entryformatter.h"
#include "entryhtml.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

CodeDetailView::CodeDetailView(const Catalog &catalog, QString language, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_language(std::move(language)) {
    setObjectName(QStringLiteral("codeDetailView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    const auto makeButton = [this, bar](QStyle::StandardPixmap icon, const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        if (icon != QStyle::SP_CustomBase)
            button->setIcon(style()->standardIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
        return button;
    };
    m_backButton = makeButton(QStyle::SP_ArrowBack, "backButton");
    m_forwardButton = makeButton(QStyle::SP_ArrowForward, "forwardButton");
    bar->addStretch(1);
    m_copied = new QLabel(this);
    m_copied->hide();
    bar->addWidget(m_copied);
    m_compareButton = makeButton(QStyle::SP_CustomBase, "compareButton");
    m_copyButton = makeButton(QStyle::SP_DialogSaveButton, "copyButton");
    layout->addLayout(bar);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("entryPage"));
    m_browser->setOpenLinks(false);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->viewport()->installEventFilter(this);
    layout->addWidget(m_browser, 1);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString code = EntryHtml::codeFromLink(url.toString());
        const QString other = EntryHtml::compareFromLink(url.toString());
        if (!code.isEmpty())
            showCode(code);
        else if (!other.isEmpty() && !m_current.isEmpty())
            emit compareRequested(m_current, other);
    });
    connect(m_backButton, &QToolButton::clicked, this, &CodeDetailView::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &CodeDetailView::forward);
    connect(m_copyButton, &QToolButton::clicked, this, &CodeDetailView::copyAsText);
    connect(m_compareButton, &QToolButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            emit compareRequested(m_current, QString());
    });

    // Alt+Left/Right everywhere, plus the platform's own back/forward keys where they differ.
    const auto withPlatform = [](QKeySequence::StandardKey standard, const QKeySequence &always) {
        QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
        if (!keys.contains(always))
            keys.prepend(always);
        return keys;
    };
    auto *backAction = new QAction(this);
    backAction->setShortcuts(withPlatform(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &CodeDetailView::back);
    auto *forwardAction = new QAction(this);
    forwardAction->setShortcuts(withPlatform(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    forwardAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(forwardAction, &QAction::triggered, this, &CodeDetailView::forward);
    addActions({backAction, forwardAction});

    retranslate();
    updateButtons();
}

void CodeDetailView::showCode(const QString &code, bool record) {
    m_current = code;
    if (record && (m_position < 0 || m_history.value(m_position) != code)) {
        m_history = m_history.mid(0, m_position + 1); // opening a page drops the forward history
        m_history << code;
        m_position = int(m_history.size()) - 1;
    }
    render();
    updateButtons();
    emit codeShown(code);
}

void CodeDetailView::back() {
    if (!canGoBack())
        return;
    --m_position;
    m_current = m_history.at(m_position);
    render();
    updateButtons();
    emit codeShown(m_current);
}

void CodeDetailView::forward() {
    if (!canGoForward())
        return;
    ++m_position;
    m_current = m_history.at(m_position);
    render();
    updateButtons();
    emit codeShown(m_current);
}

void CodeDetailView::setLanguage(const QString &language) {
    m_language = language;
    render();
}

QString CodeDetailView::plainText() const {
    if (m_current.isEmpty())
        return {};
    return EntryFormatter(m_language, 80).format(m_catalog.lookup(m_current));
}

void CodeDetailView::copyAsText() {
    const QString text = plainText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied"));
    m_copied->show();
    QTimer::singleShot(2000, m_copied, &QWidget::hide);
}

void CodeDetailView::render() {
    if (m_current.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style=\"margin-top: 40px; text-align: center;\">%1</p>")
                               .arg(tr("Choose a code on the left to read what it means and how to fix it.")
                                        .toHtmlEscaped()));
        return;
    }
    m_browser->setHtml(EntryHtml(m_language, palette()).page(m_catalog.lookup(m_current)));
}

void CodeDetailView::updateButtons() {
    m_backButton->setEnabled(canGoBack());
    m_forwardButton->setEnabled(canGoForward());
    m_compareButton->setEnabled(!m_current.isEmpty());
    m_copyButton->setEnabled(!m_current.isEmpty());
}

void CodeDetailView::retranslate() {
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Back to the previous code (Alt+Left)"));
    m_forwardButton->setText(tr("Forward"));
    m_forwardButton->setToolTip(tr("Forward to the next code (Alt+Right)"));
    m_compareButton->setText(tr("Compare with…"));
    m_compareButton->setToolTip(tr("Open this code in the Compare view"));
    m_copyButton->setText(tr("Copy as text"));
    m_copyButton->setToolTip(tr("Copy this page as plain text, for a ticket or an email"));
}

void CodeDetailView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

bool CodeDetailView::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            back();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            forward();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
