#pragma once

#include <QWidget>

class GuidedTest;

// A horizontal bar of the steps' durations, one coloured segment per step (green, amber, red), so a slow
// step stands out at a glance.
class TimelineBar final : public QWidget {
    Q_OBJECT

public:
    explicit TimelineBar(const GuidedTest &test, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {300, 14}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const GuidedTest &m_test;
};
