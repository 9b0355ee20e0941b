#pragma once

#include "authexchange.h"
#include "redactor.h"
#include "replyreader.h"
#include "smtpconfig.h"
#include "smtpresult.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSslError>

#include <optional>
#include <utility>

class QSslSocket;
class QTimer;

// One guided SMTP session over QSslSocket: connect, greeting, EHLO (HELO fallback), STARTTLS or implicit
// TLS, AUTH, then optional VRFY, HELP, NOOP, MAIL FROM, RCPT TO, DATA with a test message, RSET, QUIT.
//
// Asynchronous throughout: start() returns at once, progress arrives through the signals, and finished()
// comes exactly once per start(), also after cancel() or an error. After finished() no socket, timer or
// pending signal of that run remains. Every step has a deadline and so has the whole run.
//
// Security rules that no setting relaxes: with STARTTLS chosen the run never continues in plain text;
// bytes received between the 220 to STARTTLS and the handshake end the run (possible injection); AUTH
// over an unencrypted connection needs SmtpConfig::allowPlaintextAuth; certificates are verified unless
// the run trusts the leaf's exact SHA-256 fingerprint. Secrets never reach the transcript or an error.
//
// Slots connected to the signals may call cancel() or start a new run from finished(); do not delete the
// client from them (use deleteLater()).
class SmtpClient final : public QObject {
    Q_OBJECT

public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override; // ends a running session silently: no signals

    // Starts a run. Returns false (and does nothing) while a run is in progress. A configuration that
    // cannot run is reported through finished() with SmtpError::InvalidConfig, like any other failure.
    bool start(const SmtpConfig &config);
    // Ends the run at once: the connection is dropped, finished() is emitted before cancel() returns
    // with SmtpError::Cancelled. Does nothing when no run is in progress.
    void cancel();

    bool isRunning() const { return m_running; }
    // The step waiting for an event or reply, or None.
    SmtpStep currentStep() const;
    // The transcript so far (the finished run's after finished()).
    const Transcript &transcript() const { return m_result.transcript; }
    // The last finished run's result.
    const SmtpResult &result() const { return m_result; }

    // What the socket may hold before the client reads it; the OS holds the rest (TCP flow control).
    static constexpr qint64 socketReadBufferSize = 64 * 1024;
    // The most received bytes held at once (socket buffer + reply being assembled) during the current or
    // last run. Whatever a server sends, this stays within maxBufferedBytes() of the run's limits.
    qint64 peakBufferedBytes() const { return m_peakBuffered; }
    static constexpr qint64 maxBufferedBytes(const ReplyLimits &limits = {}) {
        return socketReadBufferSize + ReplyReader::maxHeldBytes(limits);
    }

signals:
    // A step began. command is what goes on the wire, secrets redacted; empty for Connect, TlsHandshake
    // and Greeting. With PIPELINING several steps start before the first reply.
    void stepStarted(SmtpStep step, const QString &command);
    // Every complete reply, 334 challenges included, attributed to the step it answers.
    void replyReceived(SmtpStep step, const SmtpReply &reply);
    // A step ended; record.ok is false when it failed or the run stopped (error, timeout, cancel) in it.
    void stepFinished(const SmtpStepRecord &record);
    // Each transcript line as it is added (already redacted).
    void transcriptAppended(const TranscriptEntry &entry);
    // The TLS handshake succeeded; report has protocol, cipher, peer chain and any overridden problems.
    void tlsEstablished(const TlsReport &report);
    // The run is over: exactly once per successful start(), always last.
    void finished(const SmtpResult &result);

private:
    // Event entry points.
    void beginRun();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onStepTimeout();
    void onRunTimeout();

    // Replies, one handler per step.
    void handleReply(const SmtpReply &reply);
    void onGreeting(const SmtpReply &reply);
    void onEhlo(const SmtpReply &reply);
    void onHelo(const SmtpReply &reply);
    void onStartTls(const SmtpReply &reply);
    void onAuth(const SmtpReply &reply);
    void onMail(const SmtpReply &reply);
    void onRcpt(const SmtpReply &reply);
    void onData(const SmtpReply &reply);
    void onMessage(const SmtpReply &reply);
    void onOptional(SmtpStep step, const SmtpReply &reply);

    // What comes next.
    void afterHello();
    void startAuth();
    void continueAfter(SmtpStep done);
    void sendMailTransaction();
    void finishTransaction();
    void sendQuit();

    // Plumbing. Functions returning bool return false when the run ended meanwhile (a slot may cancel).
    bool beginStep(SmtpStep step, const QString &command = {});
    bool finishStep(bool ok);
    bool sendCommands(const QList<std::pair<SmtpStep, AuthExchange::Line>> &commands);
    bool sendCommand(SmtpStep step, const QByteArray &command);
    bool sendLine(const AuthExchange::Line &line);
    bool sendTestMessage();
    void sendNextRcpt();
    bool serverStayedQuiet();
    void stop();
    bool note(const QString &text);
    bool log(TranscriptEntry::Direction direction, const QString &text, bool redacted = false);
    void armStepTimer();
    bool alive(quint64 run) const { return m_running && !m_finishing && m_runId == run; }
    SmtpStep frontStep() const;
    SmtpStep activeStep() const;
    SmtpReply scrubbed(const SmtpReply &reply) const;
    SmtpError makeError(SmtpError::Code code, const SmtpReply &reply = {}, const QString &detail = {},
                        SmtpStep step = SmtpStep::None) const;
    SmtpError readerError() const;
    // Ends the run after QUIT when the connection still allows one, else at once.
    void failGracefully(const SmtpError &error);
    void abortRun(const SmtpError &error);
    void finishRun();
    void teardown();
    void collectTlsFacts();
    QString ehloArgument() const;

    SmtpConfig m_config;
    SmtpResult m_result;
    QSslSocket *m_socket = nullptr;
    ReplyReader m_reader;
    Redactor m_redactor;
    QTimer *m_startTimer; // start() defers the real work so finished() never arrives inside start()
    QTimer *m_stepTimer;
    QTimer *m_runTimer;
    QList<SmtpStepRecord> m_pending; // steps waiting for an event or a reply, oldest first
    std::optional<AuthExchange> m_auth;
    quint64 m_runId = 0;
    bool m_running = false;
    bool m_finishing = false;
    bool m_pipelined = false;
    bool m_startTlsTried = false; // StartTlsIfOffered: once STARTTLS was sent, a plain session never follows
    int m_rcptSent = 0;
    qint64 m_peakBuffered = 0;
    SmtpReply m_firstRcptRejection;
    std::optional<SmtpError> m_mailError;
};
