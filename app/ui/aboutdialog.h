#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

// Version, purpose and licence of SMTP Desk.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
