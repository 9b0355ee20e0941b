#include "timelinebar.h"

#include "smtp/guidedtest.h"

#include <QPainter>

TimelineBar::TimelineBar(const GuidedTest &test, QWidget *parent)
    : QWidget(parent)
    , m_test(test) {
    setMinimumHeight(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&test, &GuidedTest::stepChanged, this, qOverload<>(&QWidget::update));
}

void TimelineBar::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    qint64 total = 0;
    for (const GuidedStep &step : m_test.steps())
        total += qMax<qint64>(step.durationMs, 0);
    if (total <= 0)
        return;
    double x = 0;
    for (const GuidedStep &step : m_test.steps()) {
        if (step.durationMs <= 0)
            continue;
        const double segment = double(step.durationMs) * width() / double(total);
        QColor colour(QStringLiteral("#2e7d32"));
        if (step.verdict == GuidedStep::Verdict::Warning)
            colour = QColor(QStringLiteral("#b26a00"));
        else if (step.verdict == GuidedStep::Verdict::Fail)
            colour = QColor(QStringLiteral("#c62828"));
        else if (step.verdict == GuidedStep::Verdict::Running)
            colour = palette().color(QPalette::Highlight);
        painter.fillRect(QRectF(x, 0, qMax(1.0, segment - 1), height()), colour);
        x += segment;
    }
}
