#pragma once

#include "demoscenario.h"
#include "smtpconfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class DemoSession;
class QTcpServer;

// The built-in SMTP server for training: plays a DemoScenario to every client that connects, so a person
// can see a healthy session or a particular failure (a wrong password, a full mailbox, a slow greeting …)
// without a real server. Listens on 127.0.0.1 only, never on another address; serves any number of
// sequential and parallel sessions, asynchronously. TLS uses the bundled demo certificate (DemoTls),
// which a client trusts through caCertificatePath() or fingerprintSha256() and nothing else does.
class DemoServer final : public QObject {
    Q_OBJECT

public:
    // Parallel sessions beyond this are greeted with 421 and closed.
    static constexpr int maxParallelSessions = 64;

    explicit DemoServer(QObject *parent = nullptr);
    explicit DemoServer(const DemoScenario &scenario, QObject *parent = nullptr);
    ~DemoServer() override;

    // Applies to sessions that start afterwards; running ones finish with the scenario they began with.
    void setScenario(const DemoScenario &scenario) { m_scenario = scenario; }
    const DemoScenario &scenario() const { return m_scenario; }
    // Multiplies the scenario's delays, and the deadlines of suggestedConfig() with them; tests use a small
    // value so the slow server is slow in milliseconds. Must be greater than zero.
    void setTimeScale(double scale);
    double timeScale() const { return m_timeScale; }
    // A session that stays silent this long is closed with 421 4.4.2.
    void setIdleTimeoutMs(int milliseconds);
    int idleTimeoutMs() const { return m_idleTimeoutMs; }

    // Starts listening on 127.0.0.1 at port, or at a free port the system picks when port is 0. False
    // when the port is taken or not allowed (see errorString()).
    bool start(quint16 port = 0);
    // Stops listening and ends every session at once (each reported by sessionClosed()). Destroying the
    // server does the same without signals.
    void stop();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const;

    // The scenario's suggested client settings for this server: its port, the demo CA, scaled deadlines.
    SmtpConfig suggestedConfig() const;

    // Open sessions, oldest first (tests look inside them; a UI may show them).
    QList<DemoSession *> sessions() const { return m_sessions; }
    int sessionsStarted() const { return m_sessionsStarted; }

    // The demo certificate as PEM, as a file for SmtpConfig::extraCaFile, and its SHA-256 fingerprint
    // ("AB:CD:…") for SmtpConfig::trustedFingerprintSha256. See DemoTls.
    static QByteArray caCertificatePem();
    static QString caCertificatePath();
    static QString fingerprintSha256();

signals:
    void sessionOpened(DemoSession *session);
    // The session is deleted soon after; do not keep the pointer.
    void sessionClosed(DemoSession *session);

private:
    void accept(qintptr descriptor);

    QTcpServer *m_listener;
    DemoScenario m_scenario;
    double m_timeScale = 1.0;
    int m_idleTimeoutMs = 5 * 60 * 1000;
    QList<DemoSession *> m_sessions;
    int m_sessionsStarted = 0;
};
