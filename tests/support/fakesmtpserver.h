#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;
class QTimer;

// A scripted SMTP server on 127.0.0.1 for tests, in the spirit of KDE ksmtp's autotests. The script is
// one directive per line; blank lines and lines starting with '#' are ignored:
//
//   S: 250 text          send "250 text\r\n"
//   C: EHLO *            expect one line from the client; '*' matches any run of characters, '?' one,
//                        '\\' makes the next character literal
//   X: starttls          start server-side TLS (needs setCertificate()); waits for the handshake
//   X: close             close the connection gracefully        X: abort   reset it
//   X: sleep 500         pause the script for 500 ms
//   X: drip 50 220 hi    send "220 hi\r\n" one byte every 50 ms
//   X: raw 220 a\r\n25   send bytes exactly; escapes \r \n \t \\ \xHH, no line ending added
//   X: repeat 2000 250-x send "250-x\r\n" 2000 times in one write
//   X: endless [bytes]   send 'A' (or the escaped bytes, repeated) without any line ending, 16 KiB every few
//                        ms, until the client leaves
//   X: every 190 250-x   send "250-x\r\n" every 190 ms until the client leaves (the script ends here)
//   X: data              read a DATA body up to the "." line and keep it (see messages())
//   X: wait-close        wait until the client closes the connection
//
// The first connection runs the script; later ones are closed at once. Mismatches are collected in
// problems() and end the connection, so a test fails with a readable reason rather than a timeout.
// Hostile-server tests add directives here.
class FakeSmtpServer : public QTcpServer {
    Q_OBJECT

public:
    enum class Mode { Plain, ImplicitTls };

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    void setScript(const QString &script);
    // PEM files; needed for "X: starttls" and ImplicitTls.
    bool setCertificate(const QString &certificateFile, const QString &keyFile);
    bool start(Mode mode = Mode::Plain);

    quint16 port() const { return serverPort(); }
    bool scriptFinished() const { return m_finished; }
    bool connectionClosed() const { return m_connectionClosed; }
    int connectionCount() const { return m_connections; }
    // Script mismatches and TLS failures on the server side.
    QStringList problems() const { return m_problems; }
    // Every line the client sent, in order, without line endings.
    QStringList received() const { return m_received; }
    // Lines that arrived after the script had nothing left to expect.
    QStringList unexpected() const { return m_unexpected; }
    // Bodies read by "X: data", dot-unstuffed, lines joined by "\r\n".
    QList<QByteArray> messages() const { return m_messages; }

signals:
    void scriptDone();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void advance();
    void onReadyRead();
    void onDisconnected();
    bool takeLine(QByteArray *line);
    void fail(const QString &problem);
    void write(const QByteArray &bytes);
    void dripNext();
    void pumpEndless();
    static bool matches(const QString &pattern, const QString &line);
    static QByteArray unescape(const QString &text);

    QStringList m_script;
    int m_pc = 0;
    Mode m_mode = Mode::Plain;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QPointer<QSslSocket> m_socket;
    QTimer *m_timer;    // sleeps and drips
    QTimer *m_endless;  // "X: endless"
    QByteArray m_input; // received, not yet consumed
    QByteArray m_drip;
    QByteArray m_endlessFill;
    qint64 m_endlessSent = 0;
    bool m_waiting = false; // for a timer or the TLS handshake
    bool m_inData = false;
    bool m_waitClose = false;
    QByteArray m_body;
    bool m_finished = false;
    bool m_connectionClosed = false;
    int m_connections = 0;
    QStringList m_problems;
    QStringList m_received;
    QStringList m_unexpected;
    QList<QByteArray> m_messages;
};
