#pragma once

#include <QDialog>

class QTextBrowser;
class QDialogButtonBox;

// Shown when a server's certificate cannot be verified: what is wrong, the certificate's details and its
// fingerprint, and the choice to trust exactly this certificate for this one test.
class CertificateDialog final : public QDialog {
    Q_OBJECT

public:
    CertificateDialog(const QString &certificateHtml, const QString &host, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_certificateHtml;
    QString m_host;
    QTextBrowser *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
