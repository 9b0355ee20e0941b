#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal, so a command that serves until it is stopped
// (demo-server) can end cleanly from its event loop. A self-pipe: the handler writes one byte, which is
// about all a signal handler may safely do. One watcher at a time; the previous handlers come back when
// it is destroyed. On systems without POSIX signals it does nothing.
class SignalWatcher final : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};
