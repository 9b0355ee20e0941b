#pragma once

#include <QWidget>

class QLabel;

// The Compare view: two reply codes side by side.
class ComparisonView final : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
};
