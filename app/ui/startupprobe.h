#pragma once

#include <QObject>

// For bench/startup only: when SMTPDESK_BENCH_STARTUP is set, prints "exposed <rss-kB>" once the window is
// first exposed and quits. Does nothing otherwise.
class StartupProbe final : public QObject {
    Q_OBJECT

public:
    static void attachIfRequested(QWidget *window);
    static long residentKilobytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
