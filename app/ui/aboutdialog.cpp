#include "aboutdialog.h"

#include "smtpdesk_version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(false);
    m_text->setMinimumWidth(420);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    retranslate();
}

void AboutDialog::retranslate() {
    setWindowTitle(tr("About SMTP Desk"));
    m_text->setText(QStringLiteral("<h2>SMTP Desk %1</h2><p>%2</p><p>%3</p><p>%4</p>")
                        .arg(QStringLiteral(SMTPDESK_VERSION),
                             tr("Explains SMTP reply codes in English, Vietnamese and Spanish, compares them "
                                "side by side and tests connections to mail servers, step by step."),
                             tr("Works offline. Passwords are never stored or written to reports."),
                             tr("Released under the MIT licence.")));
}

void AboutDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
