#pragma once

#include <QWidget>

class QLabel;

// The Test connection view: a guided SMTP test against a server or the built-in demo server.
class ConnectionPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
};
