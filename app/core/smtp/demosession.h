#pragma once

#include "demoscenario.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QSslSocket;
class QTimer;

// One SMTP conversation of the demo server, played according to a DemoScenario. Asynchronous: it reacts
// to the socket and its timers and never blocks. Everything the client can make it hold is bounded:
// one command line (maxLineLength), a number of commands (maxCommands) and of errors (maxErrors) per
// session, and a message body that is counted, never stored. Absurd input ends the session with a
// reply and a close; so does silence longer than the idle timeout.
class DemoSession final : public QObject {
    Q_OBJECT

public:
    static constexpr int maxLineLength = 4096; // bytes per line without CRLF, commands and message text
    static constexpr int maxCommands = 100;
    static constexpr int maxErrors = 10;
    static constexpr int maxRecipients = 100;
    static constexpr qint64 maxMessageSize = 10 * 1024 * 1024; // advertised with SIZE
    // Largest amount of input held at any time: one line and its CRLF.
    static constexpr int maxBufferedBytes = maxLineLength + 2;

    // Why a session ended.
    enum class CloseReason {
        Open,            // not closed yet
        ClientLeft,      // the client closed the connection
        Quit,            // after 221
        ScenarioClosed,  // the scenario hangs up (421 greeting)
        IdleTimeout,     // silence longer than the idle timeout
        LineTooLong,     // more than maxLineLength bytes without a line ending
        TooManyCommands, // more than maxCommands
        TooManyErrors,   // maxErrors bad commands
        TooManySessions, // refused by the server
        TlsFailed,       // the TLS handshake failed
        ServerStopped,   // DemoServer::stop()
    };

    struct Options {
        double timeScale = 1.0; // multiplies the scenario's delays
        int idleTimeoutMs = 5 * 60 * 1000;
        int number = 0; // counts sessions per server, for logs
    };

    // Takes ownership of socket, a connected plain TCP connection; start() or refuse() it next.
    DemoSession(QSslSocket *socket, const DemoScenario &scenario, const Options &options,
                QObject *parent = nullptr);
    ~DemoSession() override;

    // Greets (after the scenario's delay) and serves commands until QUIT, a limit or the client leaves.
    void start();
    // Turns the client away with 421 (the server has too many sessions) and closes.
    void refuse();
    // Drops the connection at once, without a reply and without closed(): the server is stopping.
    void abort();

    int number() const { return m_options.number; }
    const DemoScenario &scenario() const { return m_scenario; }
    QString peer() const { return m_peer; }
    bool isClosed() const { return m_state == State::Closed; }
    bool isEncrypted() const;
    bool isAuthenticated() const { return m_authenticated; }
    // Input held but not yet handled; never more than maxBufferedBytes.
    int bufferedBytes() const { return int(m_input.size()); }
    int commandCount() const { return m_commands; }
    int messagesAccepted() const { return m_messagesAccepted; }
    // Size of the last accepted message after dot-unstuffing, line endings included.
    qint64 lastMessageSize() const { return m_lastMessageSize; }
    CloseReason closeReason() const { return m_closeReason; }
    // A user-facing sentence for a reason (translated).
    static QString describe(CloseReason reason);

signals:
    void closed();

private:
    enum class State {
        Connected, // before the greeting (the slow scenario waits here)
        Command,   // reading commands
        AuthPlain, // waiting for the PLAIN response to an empty 334
        AuthLoginUser,
        AuthLoginPassword,
        Data,         // reading the message until the lone dot
        TlsHandshake, // after 220 to STARTTLS
        Closing,      // a final reply is being flushed
        Closed,
    };

    void greet();
    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void onIdleTimeout();
    void processInput();
    void handleLine(const QByteArray &line);
    void handleCommand(const QByteArray &line);
    void handleDataLine(const QByteArray &line);
    void handleAuthResponse(const QByteArray &line);

    void onEhlo(const QByteArray &argument, bool extended);
    void onStartTls(const QByteArray &argument);
    void onAuth(const QByteArray &argument);
    void onMail(const QByteArray &argument);
    void onRcpt(const QByteArray &argument);
    void onData(const QByteArray &argument);
    void onHelp();
    void finishAuth(const QByteArray &user, const QByteArray &password);
    void finishMessage();

    bool faultApplies(DemoScenario::Stage stage, const QByteArray &address = {}) const;
    // Sends the scenario's fault reply; closes the connection when the fault says so.
    void sendFault(const QByteArray &address = {});
    // Replies are protocol text in ASCII, as servers send them: no translation.
    void reply(int code, const QByteArray &enhanced, const QByteArray &text);
    void replyLines(int code, const QList<QByteArray> &lines);
    // A reply to a bad command: counted, and too many end the session.
    void replyError(int code, const QByteArray &enhanced, const QByteArray &text);
    void closeWith(int code, const QByteArray &enhanced, const QByteArray &text, CloseReason reason);
    void close(CloseReason reason);
    void resetTransaction();
    void finish();

    QSslSocket *m_socket;
    DemoScenario m_scenario;
    Options m_options;
    QTimer *m_idleTimer;
    QTimer *m_greetingTimer;
    State m_state = State::Connected;
    QString m_peer;
    QByteArray m_input;
    int m_commands = 0;
    int m_errors = 0;
    bool m_greetedByClient = false; // EHLO or HELO seen (since the last TLS handshake)
    bool m_authenticated = false;
    QByteArray m_loginUser; // AUTH LOGIN between its two challenges
    bool m_haveSender = false;
    int m_recipients = 0;
    qint64 m_messageSize = 0;
    int m_messagesAccepted = 0;
    qint64 m_lastMessageSize = 0;
    CloseReason m_closeReason = CloseReason::Open;
};
