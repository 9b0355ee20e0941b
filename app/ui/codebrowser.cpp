#include "codebrowser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

CodeBrowser::CodeBrowser(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codeBrowser"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("codeSearch"));
    m_search->setClearButtonEnabled(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_results = new QListView(splitter);
    m_page = new QLabel(splitter);
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setWordWrap(true);
    splitter->setStretchFactor(1, 1);

    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_search);
    retranslate();
}

void CodeBrowser::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodeBrowser::retranslate() {
    m_search->setPlaceholderText(tr("Search a code (535, 5.7.8, 5xx), a word, or paste a server reply"));
    m_search->setAccessibleName(tr("Search codes"));
    m_page->setText(tr("Choose a code on the left to read what it means and how to fix it."));
}

void CodeBrowser::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
