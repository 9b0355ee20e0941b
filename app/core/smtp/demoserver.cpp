#include "demoserver.h"

#include "demosession.h"
#include "demotls.h"

#include <QSslSocket>
#include <QTcpServer>

#include <functional>
#include <utility>

namespace {

// QTcpServer wraps accepted connections in a QTcpSocket; STARTTLS needs a QSslSocket from the start, so
// the descriptor is handed over instead.
class DescriptorListener final : public QTcpServer {
public:
    DescriptorListener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace

DemoServer::DemoServer(QObject *parent)
    : DemoServer(DemoScenario(), parent) {}

DemoServer::DemoServer(const DemoScenario &scenario, QObject *parent)
    : QObject(parent)
    , m_listener(new DescriptorListener([this](qintptr descriptor) { accept(descriptor); }, this))
    , m_scenario(scenario) {}

DemoServer::~DemoServer() {
    // Quietly: receivers of sessionClosed() may be gone already. The sessions are children and go with us.
    m_listener->close();
    for (DemoSession *session : std::as_const(m_sessions)) {
        disconnect(session, nullptr, this, nullptr);
        session->abort();
    }
    m_sessions.clear();
}

void DemoServer::setTimeScale(double scale) {
    if (scale > 0)
        m_timeScale = scale;
}

void DemoServer::setIdleTimeoutMs(int milliseconds) {
    if (milliseconds > 0)
        m_idleTimeoutMs = milliseconds;
}

bool DemoServer::start(quint16 port) {
    if (m_listener->isListening())
        return false;
    // Loopback only, whatever the caller asks: the demo's key is public and its scenarios are not a service.
    return m_listener->listen(QHostAddress(QHostAddress::LocalHost), port);
}

void DemoServer::stop() {
    m_listener->close();
    const QList<DemoSession *> sessions = m_sessions;
    m_sessions.clear();
    for (DemoSession *session : sessions) {
        disconnect(session, nullptr, this, nullptr);
        session->abort();
        emit sessionClosed(session);
        session->deleteLater(); // stop() may be called from a slot of one of them
    }
}

bool DemoServer::isListening() const {
    return m_listener->isListening();
}

QHostAddress DemoServer::serverAddress() const {
    return m_listener->serverAddress();
}

quint16 DemoServer::serverPort() const {
    return m_listener->serverPort();
}

QString DemoServer::errorString() const {
    return m_listener->errorString();
}

SmtpConfig DemoServer::suggestedConfig() const {
    return m_scenario.suggestedConfig(serverPort(), m_timeScale);
}

QByteArray DemoServer::caCertificatePem() {
    return DemoTls::certificatePem();
}

QString DemoServer::caCertificatePath() {
    return DemoTls::certificatePath();
}

QString DemoServer::fingerprintSha256() {
    return DemoTls::fingerprintSha256();
}

void DemoServer::accept(qintptr descriptor) {
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Defence in depth: the listener is bound to 127.0.0.1, so anything else means something is wrong.
    if (!socket->peerAddress().isLoopback()) {
        socket->abort();
        delete socket;
        return;
    }
    DemoSession::Options options;
    options.timeScale = m_timeScale;
    options.idleTimeoutMs = m_idleTimeoutMs;
    options.number = ++m_sessionsStarted;
    auto *session = new DemoSession(socket, m_scenario, options, this);
    m_sessions << session;
    connect(session, &DemoSession::closed, this, [this, session] {
        m_sessions.removeOne(session);
        emit sessionClosed(session);
        session->deleteLater();
    });
    emit sessionOpened(session);
    if (m_sessions.size() > maxParallelSessions)
        session->refuse();
    else
        session->start();
}
