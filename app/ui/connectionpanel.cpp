#include "connectionpanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("connectionPanel"));
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

void ConnectionPanel::retranslate() {
    m_heading->setText(tr("Test a mail server connection"));
    m_intro->setText(tr("Check a server step by step: connection, encryption, sign-in and sending."));
}

void ConnectionPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
