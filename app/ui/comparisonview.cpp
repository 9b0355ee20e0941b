#include "comparisonview.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addStretch(1);
    retranslate();
}

void ComparisonView::retranslate() {
    m_heading->setText(tr("Compare two codes"));
    m_intro->setText(tr("Pick two reply codes to see their meaning, when each appears and how they differ."));
}

void ComparisonView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
