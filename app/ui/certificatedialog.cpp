#include "certificatedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

CertificateDialog::CertificateDialog(const QString &certificateHtml, const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_certificateHtml(certificateHtml)
    , m_host(host) {
    setObjectName(QStringLiteral("certificateDialog"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_buttons = new QDialogButtonBox(this);
    m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("trustButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    resize(560, 460);
    retranslate();
}

void CertificateDialog::retranslate() {
    setWindowTitle(tr("Certificate not trusted"));
    m_text->setHtml(
        QStringLiteral("<p>%1</p><p>%2</p>%3")
            .arg(tr("The certificate of %1 could not be verified, so the test stopped before anything "
                    "secret was sent.")
                     .arg(m_host)
                     .toHtmlEscaped(),
                 tr("Trust it only if you know this server (your own or a test server) and its "
                    "administrator confirms the SHA-256 fingerprint below. For a public provider, do not: "
                    "someone may be intercepting the connection.")
                     .toHtmlEscaped(),
                 m_certificateHtml));
    m_buttons->buttons().first()->setText(tr("Trust for this test only"));
}

void CertificateDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
