#include "demosession.h"

#include "demotls.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

// After the last reply the client gets this long to read it before the connection is cut.
constexpr int closeGraceMs = 5000;
// Qt's own read buffer: with a limit, the kernel's flow control holds back whatever the session has no
// room for, instead of Qt collecting it.
constexpr qint64 socketReadBufferSize = 16 * 1024;
// The longest path RFC 5321 allows (section 4.5.3.1.3); also caps what a reply echoes back.
constexpr int maxPathLength = 256;

QByteArray serverName() {
    return DemoScenario::serverName().toLatin1();
}

bool hasControlBytes(const QByteArray &line) {
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}

struct Path {
    bool ok = false;
    QByteArray address;
    QList<QByteArray> parameters;
};

// "FROM:<a@b> SIZE=10" / "TO:<c@d>": the keyword, optional spaces, the path in angle brackets, then
// ESMTP parameters (RFC 5321 section 4.1.2).
Path parsePath(const QByteArray &argument, const QByteArray &keyword) {
    Path path;
    if (argument.left(keyword.size()).toUpper() != keyword)
        return path;
    const QByteArray rest = argument.mid(keyword.size()).trimmed();
    if (!rest.startsWith('<'))
        return path;
    const qsizetype end = rest.indexOf('>');
    if (end < 0 || end - 1 > maxPathLength)
        return path;
    QByteArray address = rest.mid(1, end - 1);
    // A source route ("<@relay:user@domain>") is accepted and ignored (RFC 5321 section 4.1.1.3 and C).
    if (address.startsWith('@')) {
        const qsizetype colon = address.indexOf(':');
        if (colon < 0)
            return path;
        address = address.mid(colon + 1);
    }
    if (address.contains(' ') || address.contains('<') || address.contains('\t'))
        return path;
    for (const QByteArray &parameter : rest.mid(end + 1).split(' ')) {
        if (!parameter.isEmpty())
            path.parameters << parameter;
    }
    path.address = address;
    path.ok = true;
    return path;
}

bool isMailbox(const QByteArray &address) {
    if (address.compare("postmaster", Qt::CaseInsensitive) == 0)
        return true;
    const qsizetype at = address.lastIndexOf('@');
    return at > 0 && at < address.size() - 1;
}

bool isExternal(const QByteArray &address) {
    if (!address.contains('@'))
        return false; // "postmaster" is always local
    const QByteArray domain = address.mid(address.lastIndexOf('@') + 1);
    return domain.compare(DemoScenario::domain().toLatin1(), Qt::CaseInsensitive) != 0;
}

QByteArray queueId() {
    return QByteArray::number(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFull, 16).toUpper();
}

} // namespace

DemoSession::DemoSession(QSslSocket *socket, const DemoScenario &scenario, const Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_scenario(scenario)
    , m_options(options)
    , m_idleTimer(new QTimer(this))
    , m_greetingTimer(new QTimer(this)) {
    m_socket->setParent(this);
    m_peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
    // Replies go out line by line; Nagle plus delayed ACKs would add 40 ms to every round trip.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(socketReadBufferSize);
    if (DemoTls::isAvailable()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(DemoTls::certificate());
        ssl.setPrivateKey(DemoTls::privateKey());
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_socket->setSslConfiguration(ssl);
    }
    m_idleTimer->setSingleShot(true);
    m_greetingTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &DemoSession::onIdleTimeout);
    connect(m_greetingTimer, &QTimer::timeout, this, &DemoSession::greet);
    connect(m_socket, &QSslSocket::readyRead, this, &DemoSession::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &DemoSession::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &DemoSession::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError) {
            if (m_closeReason == CloseReason::Open)
                m_closeReason = CloseReason::TlsFailed;
            m_socket->abort();
        }
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

DemoSession::~DemoSession() {
    // Quietly: whoever deletes a session no longer wants its signals.
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void DemoSession::start() {
    m_idleTimer->start(m_options.idleTimeoutMs);
    // Always through the timer, so nothing is written or emitted before start() returns.
    m_greetingTimer->start(qMax(0, int(m_scenario.greetingDelayMs() * m_options.timeScale)));
}

void DemoSession::refuse() {
    closeWith(421, "4.7.0", serverName() + " Too many connections, try again later",
              CloseReason::TooManySessions);
}

void DemoSession::abort() {
    if (m_closeReason == CloseReason::Open)
        m_closeReason = CloseReason::ServerStopped;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_state = State::Closed;
    m_input.clear();
    m_idleTimer->stop();
    m_greetingTimer->stop();
}

bool DemoSession::isEncrypted() const {
    return m_socket->isEncrypted();
}

QString DemoSession::describe(CloseReason reason) {
    switch (reason) {
    case CloseReason::Open:
        return tr("still open");
    case CloseReason::ClientLeft:
        return tr("the client closed the connection");
    case CloseReason::Quit:
        return tr("the client said QUIT");
    case CloseReason::ScenarioClosed:
        return tr("the scenario closes the connection");
    case CloseReason::IdleTimeout:
        return tr("the client was silent for too long");
    case CloseReason::LineTooLong:
        return tr("the client sent a line longer than %1 bytes").arg(maxLineLength);
    case CloseReason::TooManyCommands:
        return tr("the client sent more than %1 commands").arg(maxCommands);
    case CloseReason::TooManyErrors:
        return tr("the client sent %1 bad commands").arg(maxErrors);
    case CloseReason::TooManySessions:
        return tr("too many sessions at once");
    case CloseReason::TlsFailed:
        return tr("the TLS handshake failed");
    case CloseReason::ServerStopped:
        return tr("the demo server stopped");
    }
    return {};
}

// ---- Events -------------------------------------------------------------------------------------

void DemoSession::greet() {
    if (m_state != State::Connected)
        return;
    if (faultApplies(DemoScenario::Stage::Greeting))
        return sendFault();
    reply(220, {}, serverName() + " ESMTP SMTP Desk demo server ready (training only)");
    m_state = State::Command;
    processInput(); // a client that spoke too early is answered now
}

void DemoSession::onReadyRead() {
    if (m_state == State::Closing || m_state == State::Closed) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    m_idleTimer->start(m_options.idleTimeoutMs);
    processInput();
}

void DemoSession::onEncrypted() {
    if (m_state != State::TlsHandshake)
        return;
    m_state = State::Command;
    m_idleTimer->start(m_options.idleTimeoutMs);
    processInput();
}

void DemoSession::onDisconnected() {
    finish();
}

void DemoSession::onIdleTimeout() {
    switch (m_state) {
    case State::Closing:
        // The client does not read its last reply; stop waiting for it.
        m_socket->abort();
        return finish();
    case State::Closed:
        return;
    case State::Connected:
    case State::TlsHandshake:
        // No reply fits here: nothing was greeted yet, or a handshake is half done.
        m_closeReason = CloseReason::IdleTimeout;
        m_socket->abort();
        return finish();
    default:
        closeWith(421, "4.4.2", serverName() + " Error: timeout exceeded, closing connection",
                  CloseReason::IdleTimeout);
    }
}

// ---- Input --------------------------------------------------------------------------------------

void DemoSession::processInput() {
    for (;;) {
        // Before the greeting and during a handshake nothing is read; the kernel holds it meanwhile.
        if (m_state == State::Connected || m_state == State::TlsHandshake || m_state == State::Closing ||
            m_state == State::Closed)
            return;
        // Read no more than fits: the buffer never holds more than one line.
        const qint64 room = maxBufferedBytes - m_input.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_input += m_socket->read(room);
        const qsizetype newline = m_input.indexOf('\n');
        if (newline < 0) {
            if (m_input.size() >= maxBufferedBytes)
                closeWith(500, "5.5.6", "Error: line too long", CloseReason::LineTooLong);
            return;
        }
        QByteArray line = m_input.left(newline);
        m_input.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > maxLineLength)
            return closeWith(500, "5.5.6", "Error: line too long", CloseReason::LineTooLong);
        handleLine(line);
    }
}

void DemoSession::handleLine(const QByteArray &line) {
    switch (m_state) {
    case State::Command:
        return handleCommand(line);
    case State::Data:
        return handleDataLine(line);
    case State::AuthPlain:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        return handleAuthResponse(line);
    case State::Connected:
    case State::TlsHandshake:
    case State::Closing:
    case State::Closed:
        return;
    }
}

void DemoSession::handleCommand(const QByteArray &line) {
    if (++m_commands > maxCommands)
        return closeWith(421, "4.7.0", serverName() + " Error: too many commands, closing connection",
                         CloseReason::TooManyCommands);
    if (line.isEmpty() || hasControlBytes(line))
        return replyError(500, "5.5.2", "Error: bad syntax");
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();

    if (verb == "EHLO" || verb == "HELO")
        return onEhlo(argument, verb == "EHLO");
    if (verb == "STARTTLS")
        return onStartTls(argument);
    if (verb == "AUTH")
        return onAuth(argument);
    if (verb == "MAIL")
        return onMail(argument);
    if (verb == "RCPT")
        return onRcpt(argument);
    if (verb == "DATA")
        return onData(argument);
    if (verb == "RSET") {
        if (!argument.isEmpty())
            return replyError(501, "5.5.4", "Syntax: RSET");
        resetTransaction();
        return reply(250, "2.0.0", "Ok");
    }
    if (verb == "NOOP")
        return reply(250, "2.0.0", "Ok");
    if (verb == "VRFY") {
        if (argument.isEmpty())
            return replyError(501, "5.5.4", "Syntax: VRFY address");
        // What most servers answer: VRFY would let anyone harvest addresses.
        return reply(252, "2.0.0",
                     "Cannot verify the user here, but will accept the message and attempt "
                     "delivery");
    }
    if (verb == "HELP")
        return onHelp();
    if (verb == "QUIT")
        return closeWith(221, "2.0.0", serverName() + " closing connection", CloseReason::Quit);
    if (verb == "EXPN" || verb == "TURN" || verb == "ETRN" || verb == "ATRN" || verb == "BDAT" ||
        verb == "SEND" || verb == "SOML" || verb == "SAML")
        return replyError(502, "5.5.1", "Error: command not implemented");
    replyError(500, "5.5.2", "Error: command not recognized");
}

void DemoSession::handleDataLine(const QByteArray &line) {
    if (line == ".")
        return finishMessage();
    // Dot-stuffing (RFC 5321 section 4.5.2): a leading dot was doubled by the client. The body is counted,
    // never stored, so a message costs no memory whatever its size.
    const qsizetype length = line.startsWith('.') ? line.size() - 1 : line.size();
    m_messageSize = qMin(m_messageSize + length + 2, maxMessageSize + 1);
}

void DemoSession::handleAuthResponse(const QByteArray &line) {
    const State state = m_state;
    m_state = State::Command;
    if (line == "*") {
        m_loginUser.clear();
        return replyError(501, "5.7.0", "Authentication cancelled");
    }
    QByteArray decoded;
    if (line != "=") {
        const QByteArray::FromBase64Result result =
            QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            m_loginUser.clear();
            return replyError(501, "5.5.2", "Cannot decode response");
        }
        decoded = result.decoded;
    }
    switch (state) {
    case State::AuthPlain: {
        // authorization identity NUL authentication identity NUL password (RFC 4616)
        const QList<QByteArray> parts = decoded.split('\0');
        if (parts.size() != 3)
            return replyError(501, "5.5.2", "Invalid authentication data");
        return finishAuth(parts.at(1), parts.at(2));
    }
    case State::AuthLoginUser:
        m_loginUser = decoded;
        m_state = State::AuthLoginPassword;
        m_socket->write("334 UGFzc3dvcmQ6\r\n"); // "Password:"
        return;
    case State::AuthLoginPassword: {
        const QByteArray user = m_loginUser;
        m_loginUser.clear();
        return finishAuth(user, decoded);
    }
    default:
        return;
    }
}

// ---- Commands -----------------------------------------------------------------------------------

void DemoSession::onEhlo(const QByteArray &argument, bool extended) {
    if (argument.isEmpty())
        return replyError(501, "5.5.4", extended ? "Syntax: EHLO hostname" : "Syntax: HELO hostname");
    resetTransaction();
    m_greetedByClient = true;
    if (!extended)
        return reply(250, {}, serverName());
    // The client's own name is not echoed: it could be up to a line long and would make ours longer.
    const QByteArray address = m_socket->peerAddress().toString().toLatin1();
    QList<QByteArray> lines{serverName() + " Hello [" + address + "], pleased to meet you",
                            "SIZE " + QByteArray::number(maxMessageSize), "8BITMIME", "PIPELINING",
                            "ENHANCEDSTATUSCODES"};
    if (!isEncrypted() && DemoTls::isAvailable())
        lines << "STARTTLS";
    // As a well-configured submission server: sign-in only inside TLS, unless the lesson is about that.
    if (isEncrypted() || m_scenario.offersAuthWithoutTls())
        lines << "AUTH PLAIN LOGIN";
    lines << "HELP";
    replyLines(250, lines);
}

void DemoSession::onStartTls(const QByteArray &argument) {
    if (!argument.isEmpty())
        return replyError(501, "5.5.4", "Syntax: STARTTLS");
    if (isEncrypted())
        return replyError(503, "5.5.1", "Error: TLS already active");
    if (!DemoTls::isAvailable())
        return reply(454, "4.7.0", "TLS not available due to local problem");
    reply(220, "2.0.0", "Ready to start TLS");
    // Anything the client sent after STARTTLS came in plain text and must not be read as if it had come
    // through TLS; and nothing learnt before the handshake counts after it (RFC 3207 section 4.2).
    m_input.clear();
    m_socket->skip(m_socket->bytesAvailable());
    resetTransaction();
    m_greetedByClient = false;
    m_authenticated = false;
    m_state = State::TlsHandshake;
    m_socket->startServerEncryption();
}

void DemoSession::onAuth(const QByteArray &argument) {
    if (!m_greetedByClient)
        return replyError(503, "5.5.1", "Error: send EHLO first");
    if (m_authenticated)
        return replyError(503, "5.5.1", "Error: already authenticated");
    if (m_haveSender)
        return replyError(503, "5.5.1", "Error: MAIL transaction in progress");
    if (!isEncrypted() && !m_scenario.offersAuthWithoutTls())
        return replyError(530, "5.7.0", "Must issue a STARTTLS command first");
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (mechanism != "PLAIN" && mechanism != "LOGIN")
        return replyError(504, "5.5.4", "Unrecognized authentication type");
    if (faultApplies(DemoScenario::Stage::AuthCommand))
        return sendFault();

    if (mechanism == "PLAIN") {
        m_state = State::AuthPlain;
        if (initial.isEmpty()) {
            m_socket->write("334 \r\n"); // an empty challenge asks for the response (RFC 4954)
            return;
        }
        return handleAuthResponse(initial);
    }
    m_state = State::AuthLoginUser;
    if (initial.isEmpty()) {
        m_socket->write("334 VXNlcm5hbWU6\r\n"); // "Username:"
        return;
    }
    handleAuthResponse(initial);
}

void DemoSession::finishAuth(const QByteArray &user, const QByteArray &password) {
    // The scenario's refusal comes whatever the credentials: that is the situation being shown.
    if (faultApplies(DemoScenario::Stage::AuthResult))
        return sendFault();
    if (user == DemoScenario::userName().toUtf8() && password == DemoScenario::password().toUtf8()) {
        m_authenticated = true;
        return reply(235, "2.7.0", "Authentication successful");
    }
    replyError(535, "5.7.8", "Authentication credentials invalid: user name or password not accepted");
}

void DemoSession::onMail(const QByteArray &argument) {
    if (!m_greetedByClient)
        return replyError(503, "5.5.1", "Error: send HELO/EHLO first");
    if (m_haveSender)
        return replyError(503, "5.5.1", "Error: nested MAIL command");
    const Path path = parsePath(argument, "FROM:");
    if (!path.ok)
        return replyError(501, "5.5.4", "Syntax: MAIL FROM:<address>");
    for (const QByteArray &parameter : path.parameters) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = (equals < 0 ? parameter : parameter.left(equals)).toUpper();
        const QByteArray value = equals < 0 ? QByteArray() : parameter.mid(equals + 1).toUpper();
        if (name == "SIZE") {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0)
                return replyError(501, "5.5.4", "Bad SIZE parameter");
            if (size > maxMessageSize)
                return reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
        } else if (name == "BODY") {
            if (value != "7BIT" && value != "8BITMIME")
                return replyError(501, "5.5.4", "Unsupported BODY type");
        } else {
            return replyError(555, "5.5.4", "Unsupported option: " + name.left(40));
        }
    }
    if (faultApplies(DemoScenario::Stage::Mail, path.address))
        return sendFault(path.address);
    m_haveSender = true;
    reply(250, "2.1.0", "Sender <" + path.address + "> ok");
}

void DemoSession::onRcpt(const QByteArray &argument) {
    if (!m_haveSender)
        return replyError(503, "5.5.1", "Error: need MAIL command");
    const Path path = parsePath(argument, "TO:");
    if (!path.ok)
        return replyError(501, "5.5.4", "Syntax: RCPT TO:<address>");
    if (!path.parameters.isEmpty())
        return replyError(555, "5.5.4", "Unsupported option: " + path.parameters.first().left(40));
    if (!isMailbox(path.address))
        return replyError(501, "5.1.3", "Bad recipient address syntax");
    if (m_recipients >= maxRecipients)
        return reply(452, "4.5.3", "Error: too many recipients");
    if (faultApplies(DemoScenario::Stage::Rcpt, path.address))
        return sendFault(path.address);
    ++m_recipients;
    reply(250, "2.1.5", "Recipient <" + path.address + "> ok");
}

void DemoSession::onData(const QByteArray &argument) {
    if (!argument.isEmpty())
        return replyError(501, "5.5.4", "Syntax: DATA");
    if (!m_haveSender)
        return replyError(503, "5.5.1", "Error: need MAIL command");
    if (m_recipients == 0)
        return replyError(554, "5.5.1", "Error: no valid recipients");
    m_state = State::Data;
    m_messageSize = 0;
    reply(354, {}, "End data with <CR><LF>.<CR><LF>");
}

void DemoSession::finishMessage() {
    m_state = State::Command;
    const qint64 size = m_messageSize;
    resetTransaction();
    if (faultApplies(DemoScenario::Stage::EndOfData))
        return sendFault();
    if (size > maxMessageSize)
        return reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
    ++m_messagesAccepted;
    m_lastMessageSize = size;
    reply(250, "2.0.0", "Ok: queued as " + queueId());
}

void DemoSession::onHelp() {
    replyLines(214, {"2.0.0 SMTP Desk demo server: a training server on this computer only",
                     "2.0.0 Commands: HELO EHLO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY HELP QUIT",
                     "2.0.0 End of HELP info"});
}

// ---- Plumbing -----------------------------------------------------------------------------------

bool DemoSession::faultApplies(DemoScenario::Stage stage, const QByteArray &address) const {
    const DemoScenario::Fault &fault = m_scenario.fault();
    if (fault.stage != stage)
        return false;
    switch (fault.condition) {
    case DemoScenario::Condition::Always:
        return true;
    case DemoScenario::Condition::WithoutTls:
        return !isEncrypted();
    case DemoScenario::Condition::WithoutAuth:
        return !m_authenticated;
    case DemoScenario::Condition::ExternalRecipientWithoutAuth:
        return !m_authenticated && isExternal(address);
    }
    return false;
}

void DemoSession::sendFault(const QByteArray &address) {
    const DemoScenario::Fault &fault = m_scenario.fault();
    const QByteArray text = fault.text.toUtf8().replace("%1", address);
    if (fault.closesConnection)
        return closeWith(fault.code, fault.enhancedCode.toLatin1(), text, CloseReason::ScenarioClosed);
    reply(fault.code, fault.enhancedCode.toLatin1(), text);
}

void DemoSession::reply(int code, const QByteArray &enhanced, const QByteArray &text) {
    QByteArray line = QByteArray::number(code) + ' ';
    if (!enhanced.isEmpty())
        line += enhanced + ' ';
    m_socket->write(line + text + "\r\n");
}

void DemoSession::replyLines(int code, const QList<QByteArray> &lines) {
    QByteArray bytes;
    for (qsizetype i = 0; i < lines.size(); ++i)
        bytes += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i) + "\r\n";
    m_socket->write(bytes);
}

void DemoSession::replyError(int code, const QByteArray &enhanced, const QByteArray &text) {
    reply(code, enhanced, text);
    // Like real servers: a client that keeps getting it wrong is a script, not a person.
    if (++m_errors >= maxErrors)
        closeWith(421, "4.7.0", serverName() + " Error: too many errors, closing connection",
                  CloseReason::TooManyErrors);
}

void DemoSession::closeWith(int code, const QByteArray &enhanced, const QByteArray &text,
                            CloseReason reason) {
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    reply(code, enhanced, text);
    close(reason);
}

void DemoSession::close(CloseReason reason) {
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_closeReason = reason;
    m_state = State::Closing;
    m_input.clear();
    m_loginUser.clear();
    m_greetingTimer->stop();
    m_idleTimer->start(closeGraceMs);
    m_socket->disconnectFromHost(); // after the last reply has gone out
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void DemoSession::resetTransaction() {
    m_haveSender = false;
    m_recipients = 0;
    m_messageSize = 0;
}

void DemoSession::finish() {
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_closeReason == CloseReason::Open)
        m_closeReason = CloseReason::ClientLeft;
    m_input.clear();
    m_idleTimer->stop();
    m_greetingTimer->stop();
    emit closed();
}
