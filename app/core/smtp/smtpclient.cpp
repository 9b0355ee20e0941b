#include "smtpclient.h"

#include "testmessage.h"

#include <QDir>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

// Reading in bounded chunks keeps memory bounded even when a server floods: ReplyReader stops at the
// first limit it hits and the rest is never read.
constexpr qint64 readChunk = 16 * 1024;

using Direction = TranscriptEntry::Direction;

bool isAscii(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

AuthExchange::Line commandLine(const QByteArray &bytes) {
    return {bytes, QString::fromUtf8(bytes), false};
}

// 530 is both "Must issue a STARTTLS command first" and "Authentication required"; only the text tells.
SmtpError::Code codeFor530(const SmtpReply &reply) {
    return reply.text().contains(QLatin1String("TLS"), Qt::CaseInsensitive)
               ? SmtpError::EncryptionRequired
               : SmtpError::AuthenticationRequired;
}

} // namespace

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
    , m_stepTimer(new QTimer(this))
    , m_runTimer(new QTimer(this)) {
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(0);
    m_stepTimer->setSingleShot(true);
    m_runTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, &SmtpClient::beginRun);
    connect(m_stepTimer, &QTimer::timeout, this, &SmtpClient::onStepTimeout);
    connect(m_runTimer, &QTimer::timeout, this, &SmtpClient::onRunTimeout);
}

SmtpClient::~SmtpClient() {
    m_running = false;
    teardown();
}

bool SmtpClient::start(const SmtpConfig &config) {
    if (m_running || m_finishing)
        return false;
    m_config = config;
    m_result = SmtpResult();
    m_reader = ReplyReader(config.limits);
    m_redactor.clear();
    m_redactor.addSecret(config.password);
    m_redactor.addSecret(config.token);
    m_pending.clear();
    m_auth.reset();
    m_pipelined = false;
    m_startTlsTried = false;
    m_rcptSent = 0;
    m_peakBuffered = 0;
    m_firstRcptRejection = SmtpReply();
    m_mailError.reset();
    ++m_runId;
    m_running = true;
    m_result.transcript.start();
    m_startTimer->start();
    return true;
}

void SmtpClient::cancel() {
    if (!m_running || m_finishing)
        return;
    abortRun(makeError(SmtpError::Cancelled));
}

SmtpStep SmtpClient::currentStep() const {
    return m_running ? frontStep() : SmtpStep::None;
}

// ---- Event entry points -------------------------------------------------------------------------

void SmtpClient::beginRun() {
    m_runTimer->start(m_config.runTimeoutMs > 0 ? m_config.runTimeoutMs : 1);
    const QString problem = m_config.validate();
    if (!problem.isEmpty())
        return abortRun(makeError(SmtpError::InvalidConfig, {}, problem));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.extraCaFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.extraCaFile, QSsl::Pem);
        if (extra.isEmpty())
            return abortRun(
                makeError(SmtpError::CaFileUnreadable, {}, QDir::toNativeSeparators(m_config.extraCaFile)));
        // Explicitly system + extra: once a list is set, Qt stops loading system roots on demand.
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        m_result.tls.extraCaUsed = true;
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    m_socket = new QSslSocket(this);
    // A bounded buffer: a server that floods us waits in TCP flow control, not in our memory.
    m_socket->setReadBufferSize(socketReadBufferSize);
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(m_config.host);
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onDisconnected);

    if (!note(tr("Connecting to %1, port %2.").arg(m_config.host, QString::number(m_config.port))))
        return;
    if (!beginStep(SmtpStep::Connect))
        return;
    if (m_config.security == SmtpConfig::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(m_config.host, m_config.port);
    else
        m_socket->connectToHost(m_config.host, m_config.port);
}

void SmtpClient::onConnected() {
    if (!m_running || frontStep() != SmtpStep::Connect)
        return;
    // SMTP is a dialogue of short lines: waiting to coalesce them (Nagle) only adds latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!note(tr("Connected to %1.").arg(m_socket->peerAddress().toString())))
        return;
    if (!finishStep(true))
        return;
    if (m_config.security == SmtpConfig::Security::ImplicitTls) {
        // QSslSocket starts the handshake by itself after connectToHostEncrypted().
        if (!beginStep(SmtpStep::TlsHandshake))
            return;
        note(tr("TLS handshake started."));
        return;
    }
    beginStep(SmtpStep::Greeting);
}

void SmtpClient::onEncrypted() {
    const quint64 run = m_runId;
    if (!m_running || frontStep() != SmtpStep::TlsHandshake)
        return;
    collectTlsFacts();
    m_result.tls.encrypted = true;
    if (!note(tr("TLS established: %1, cipher %2.").arg(m_result.tls.protocol, m_result.tls.cipher)))
        return;
    emit tlsEstablished(m_result.tls);
    if (!alive(run) || !finishStep(true))
        return;
    if (m_config.security == SmtpConfig::Security::ImplicitTls)
        beginStep(SmtpStep::Greeting);
    else
        sendCommand(SmtpStep::Ehlo, "EHLO " + ehloArgument().toUtf8());
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors) {
    if (!m_running || !m_socket)
        return;
    collectTlsFacts();
    const QSslCertificate leaf = m_socket->peerCertificate();
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate().isNull() ? leaf : error.certificate();
        m_result.tls.problems << TlsProblem{error.error(), error.errorString(),
                                            CertificateInfo::from(certificate)};
    }
    const QByteArray wanted = m_config.normalizedFingerprint();
    const bool trusted =
        !wanted.isEmpty() && !leaf.isNull() && leaf.digest(QCryptographicHash::Sha256).toHex() == wanted;
    // Decide before any signal goes out: ignoreSslErrors() only counts inside this slot.
    if (trusted) {
        m_result.tls.trustedByFingerprint = true;
        m_socket->ignoreSslErrors(errors);
    }
    for (const QSslError &error : errors) {
        if (!note(tr("Certificate problem: %1").arg(error.errorString())))
            return;
    }
    if (trusted) {
        note(tr("The certificate is accepted for this run because its SHA-256 fingerprint is the one you "
                "trusted."));
    } else if (!wanted.isEmpty()) {
        note(tr("The fingerprint you trusted does not match the server's certificate (%1).")
                 .arg(CertificateInfo::from(leaf).sha256));
    }
}

void SmtpClient::onReadyRead() {
    const quint64 run = m_runId;
    while (alive(run) && m_socket && m_socket->bytesAvailable() > 0) {
        m_peakBuffered = qMax(m_peakBuffered, m_socket->bytesAvailable() + m_reader.bufferedBytes());
        m_reader.feed(m_socket->read(readChunk));
        m_peakBuffered = qMax(m_peakBuffered, m_socket->bytesAvailable() + m_reader.bufferedBytes());
        while (alive(run) && m_reader.hasReply()) {
            const SmtpReply reply = m_reader.takeReply();
            for (const QString &line : reply.rawLines()) {
                if (!log(Direction::Received, line))
                    return;
            }
            if (reply.bareLineFeed &&
                !note(tr("The server ended a line with a bare LF instead of CRLF; that breaks RFC 5321.")))
                return;
            handleReply(reply);
        }
        if (alive(run) && m_reader.hasError()) {
            note(ReplyReader::describe(m_reader.error()));
            return abortRun(readerError());
        }
    }
}

void SmtpClient::onSocketError(QAbstractSocket::SocketError error) {
    if (!m_running || !m_socket)
        return;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        return onDisconnected();
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_result.tls.problems.isEmpty() && !m_result.tls.trustedByFingerprint)
            return abortRun(makeError(SmtpError::CertificateUntrusted, {}, m_result.tls.describeProblems(),
                                      SmtpStep::TlsHandshake));
        return abortRun(
            makeError(SmtpError::TlsHandshakeFailed, {}, m_socket->errorString(), SmtpStep::TlsHandshake));
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return abortRun(
            makeError(SmtpError::TlsHandshakeFailed, {}, m_socket->errorString(), SmtpStep::TlsHandshake));
    case QAbstractSocket::HostNotFoundError:
        return abortRun(makeError(SmtpError::HostNotFound, {}, m_socket->errorString()));
    case QAbstractSocket::ConnectionRefusedError:
        return abortRun(makeError(SmtpError::ConnectionRefused, {}, m_socket->errorString()));
    case QAbstractSocket::NetworkError:
        return abortRun(makeError(frontStep() == SmtpStep::Connect ? SmtpError::NetworkUnreachable
                                                                   : SmtpError::NetworkError,
                                  {}, m_socket->errorString()));
    case QAbstractSocket::SocketTimeoutError:
        return abortRun(makeError(SmtpError::Timeout, {}, m_socket->errorString()));
    default:
        return abortRun(makeError(SmtpError::NetworkError, {}, m_socket->errorString()));
    }
}

void SmtpClient::onDisconnected() {
    const quint64 run = m_runId;
    if (!m_running || !m_socket)
        return;
    // A reply and the close can arrive together; the reply still counts (a 421, or the 221 to QUIT).
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (!alive(run))
            return;
    }
    switch (frontStep()) {
    case SmtpStep::Quit:
        // The server may close without its 221: the session is over either way.
        if (finishStep(true))
            finishRun();
        return;
    case SmtpStep::TlsHandshake:
        return abortRun(makeError(SmtpError::TlsHandshakeFailed, {},
                                  tr("the server closed the connection during the handshake")));
    default:
        return abortRun(makeError(
            SmtpError::ServerClosed, {},
            m_reader.hasPendingData() ? tr("The connection closed in the middle of a reply.") : QString()));
    }
}

void SmtpClient::onStepTimeout() {
    if (!m_running)
        return;
    if (frontStep() == SmtpStep::Quit) {
        // Nothing is lost when a server never confirms QUIT.
        if (note(tr("The server did not confirm QUIT in time; closing anyway.")) && finishStep(false))
            finishRun();
        return;
    }
    abortRun(makeError(SmtpError::Timeout));
}

void SmtpClient::onRunTimeout() {
    if (m_running)
        abortRun(makeError(SmtpError::RunTimeout));
}

// ---- Replies ------------------------------------------------------------------------------------

void SmtpClient::handleReply(const SmtpReply &raw) {
    const quint64 run = m_runId;
    const SmtpStep step = frontStep();
    const SmtpReply reply = scrubbed(raw);
    if (step == SmtpStep::None || step == SmtpStep::Connect || step == SmtpStep::TlsHandshake)
        return abortRun(makeError(SmtpError::UnexpectedReply, reply));
    m_pending.first().replies << reply;
    emit replyReceived(step, reply);
    if (!alive(run))
        return;
    // 421 may come at any time (RFC 5321 section 3.8): the server is closing, QUIT would be pointless.
    if (reply.code == 421 && step != SmtpStep::Quit) {
        if (finishStep(false))
            abortRun(makeError(SmtpError::ServiceUnavailable, reply, {}, step));
        return;
    }
    switch (step) {
    case SmtpStep::Greeting:
        return onGreeting(reply);
    case SmtpStep::Ehlo:
        return onEhlo(reply);
    case SmtpStep::Helo:
        return onHelo(reply);
    case SmtpStep::StartTls:
        return onStartTls(reply);
    case SmtpStep::Auth:
        return onAuth(reply);
    case SmtpStep::Mail:
        return onMail(reply);
    case SmtpStep::Rcpt:
        return onRcpt(reply);
    case SmtpStep::Data:
        return onData(reply);
    case SmtpStep::Message:
        return onMessage(reply);
    case SmtpStep::Vrfy:
    case SmtpStep::Help:
    case SmtpStep::Noop:
    case SmtpStep::Rset:
        return onOptional(step, reply);
    case SmtpStep::Quit:
        if (finishStep(reply.code == 221))
            finishRun();
        return;
    case SmtpStep::None:
    case SmtpStep::Connect:
    case SmtpStep::TlsHandshake:
        break;
    }
}

void SmtpClient::onGreeting(const SmtpReply &reply) {
    if (!finishStep(reply.code == 220))
        return;
    if (reply.code == 220) {
        sendCommand(SmtpStep::Ehlo, "EHLO " + ehloArgument().toUtf8());
        return;
    }
    // After a 554 greeting the client should still say QUIT (RFC 5321 section 3.1).
    if (reply.isTransientFailure())
        return failGracefully(makeError(SmtpError::ServiceUnavailable, reply));
    if (reply.isPermanentFailure())
        return failGracefully(makeError(SmtpError::GreetingRejected, reply));
    failGracefully(makeError(SmtpError::UnexpectedReplyCode, reply));
}

void SmtpClient::onEhlo(const SmtpReply &reply) {
    if (reply.code == 250) {
        m_result.capabilities = Capabilities::fromEhloReply(reply);
        m_reader.setEnhancedStatusCodes(m_result.capabilities.enhancedStatusCodes);
        if (finishStep(true))
            afterHello();
        return;
    }
    if (!finishStep(false))
        return;
    // 500/502: an old server that knows only HELO (RFC 5321 section 3.2).
    if (reply.code == 500 || reply.code == 502) {
        if (note(tr("The server does not understand EHLO; trying HELO (no extensions).")))
            sendCommand(SmtpStep::Helo, "HELO " + ehloArgument().toUtf8());
        return;
    }
    failGracefully(makeError(SmtpError::EhloRejected, reply));
}

void SmtpClient::onHelo(const SmtpReply &reply) {
    const bool ok = reply.code == 250;
    if (ok) {
        Capabilities none;
        none.domain = reply.lines.value(0).section(QLatin1Char(' '), 0, 0);
        m_result.capabilities = none;
        m_reader.setEnhancedStatusCodes(false);
    }
    if (!finishStep(ok))
        return;
    if (ok)
        afterHello();
    else
        failGracefully(makeError(SmtpError::EhloRejected, reply));
}

void SmtpClient::afterHello() {
    const bool encrypted = m_socket && m_socket->isEncrypted();
    const bool opportunistic = m_config.security == SmtpConfig::Security::StartTlsIfOffered;
    if (opportunistic && !encrypted && !m_result.capabilities.startTls && !m_startTlsTried) {
        if (!note(tr("The server offers no STARTTLS; the session goes on without encryption.")))
            return;
    } else if ((m_config.security == SmtpConfig::Security::StartTls || opportunistic) && !encrypted) {
        // Never downgrade: without STARTTLS the run ends here, before anything secret is sent.
        if (!m_result.capabilities.startTls)
            return failGracefully(makeError(SmtpError::StartTlsNotOffered, {}, {}, SmtpStep::StartTls));
        m_startTlsTried = true;
        if (m_config.stopAfter == SmtpConfig::StopAfter::Connect)
            return stop();
        sendCommand(SmtpStep::StartTls, "STARTTLS");
        return;
    }
    if (m_config.stopAfter == SmtpConfig::StopAfter::Connect ||
        m_config.stopAfter == SmtpConfig::StopAfter::Tls)
        return stop();
    startAuth();
}

void SmtpClient::onStartTls(const SmtpReply &reply) {
    if (reply.code != 220) {
        if (finishStep(false))
            failGracefully(makeError(SmtpError::StartTlsRejected, reply));
        return;
    }
    if (!finishStep(true))
        return;
    // Anything already here was sent before the handshake, so it is plain text that would be read as
    // if it came through TLS: the classic STARTTLS response injection (CVE-2011-0411 and relatives).
    if (m_reader.hasPendingData() || m_reader.hasError() || m_socket->bytesAvailable() > 0) {
        note(tr("Data arrived after the 220 reply to STARTTLS and before the TLS handshake."));
        return abortRun(makeError(SmtpError::InjectionAfterStartTls, reply, {}, SmtpStep::StartTls));
    }
    // Forget everything learnt in plain text; the EHLO inside TLS is the only one that counts.
    m_result.capabilities = Capabilities();
    m_reader.reset();
    m_reader.setEnhancedStatusCodes(false);
    if (!beginStep(SmtpStep::TlsHandshake) || !note(tr("TLS handshake started.")))
        return;
    m_socket->startClientEncryption();
}

void SmtpClient::startAuth() {
    const SmtpConfig &c = m_config;
    const bool wanted = c.authMechanism != SmtpConfig::AuthMechanism::None &&
                        (c.authMechanism != SmtpConfig::AuthMechanism::Auto || c.hasCredentials());
    if (!wanted)
        return continueAfter(SmtpStep::Auth);
    if (!m_socket->isEncrypted() && !c.allowPlaintextAuth)
        return failGracefully(makeError(SmtpError::PlaintextAuthRefused, {}, {}, SmtpStep::Auth));
    const Capabilities &caps = m_result.capabilities;
    if (caps.authMechanisms.isEmpty())
        return failGracefully(makeError(SmtpError::AuthNotOffered, {}, {}, SmtpStep::Auth));
    const AuthExchange::Mechanism mechanism =
        AuthExchange::choose(c.authMechanism, caps.authMechanisms, !c.password.isEmpty(), !c.token.isEmpty());
    if (mechanism == SmtpConfig::AuthMechanism::None) {
        if (c.authMechanism == SmtpConfig::AuthMechanism::Auto)
            return failGracefully(makeError(SmtpError::NoCommonAuthMechanism, {},
                                            caps.authMechanisms.join(QLatin1Char(' ')), SmtpStep::Auth));
        return failGracefully(makeError(SmtpError::AuthMechanismNotOffered, {},
                                        AuthExchange::mechanismName(c.authMechanism), SmtpStep::Auth));
    }
    m_auth.emplace(mechanism, c.user, c.password, c.token);
    m_result.authMechanism = AuthExchange::mechanismName(mechanism);
    sendCommands({{SmtpStep::Auth, m_auth->start()}});
}

void SmtpClient::onAuth(const SmtpReply &reply) {
    if (reply.code == 334 && m_auth) {
        // Challenges after our "*" mean the server ignores the cancel; answering would never end.
        if (!m_auth->problem().isEmpty()) {
            if (finishStep(false))
                abortRun(makeError(SmtpError::AuthProtocolError, reply, m_auth->problem(), SmtpStep::Auth));
            return;
        }
        AuthExchange::Line line;
        m_auth->respond(reply, &line);
        if (!m_auth->serverError().isEmpty() && m_result.oauthError.isEmpty()) {
            m_result.oauthError = m_redactor.scrub(m_auth->serverError());
            if (!note(tr("The server explained why it refused the token: %1").arg(m_result.oauthError)))
                return;
        }
        sendLine(line);
        return;
    }
    const bool ok = reply.code == 235;
    if (!finishStep(ok))
        return;
    if (ok)
        return continueAfter(SmtpStep::Auth);

    SmtpError::Code code = SmtpError::AuthRejected;
    QString detail = m_result.oauthError;
    if (m_auth && !m_auth->problem().isEmpty()) {
        code = SmtpError::AuthProtocolError;
        detail = m_auth->problem();
    } else if (reply.code == 535) {
        code = SmtpError::AuthFailed;
    } else if (reply.code == 534) {
        code = SmtpError::AuthMechanismTooWeak;
    } else if (reply.code == 538) {
        code = SmtpError::AuthEncryptionRequired;
    } else if (reply.code == 530) {
        code = SmtpError::EncryptionRequired;
    } else if (reply.isTransientFailure()) {
        code = SmtpError::AuthTemporaryFailure;
    } else if (!reply.isPermanentFailure()) {
        code = SmtpError::UnexpectedReplyCode;
    }
    failGracefully(makeError(code, reply, detail, SmtpStep::Auth));
}

void SmtpClient::continueAfter(SmtpStep done) {
    const SmtpConfig &c = m_config;
    switch (done) {
    case SmtpStep::Auth:
        if (c.stopAfter == SmtpConfig::StopAfter::Auth)
            return stop();
        if (!c.vrfy.isEmpty()) {
            sendCommand(SmtpStep::Vrfy, "VRFY " + c.vrfy.toUtf8());
            return;
        }
        [[fallthrough]];
    case SmtpStep::Vrfy:
        if (c.help) {
            sendCommand(SmtpStep::Help, "HELP");
            return;
        }
        [[fallthrough]];
    case SmtpStep::Help:
        if (c.noop) {
            sendCommand(SmtpStep::Noop, "NOOP");
            return;
        }
        [[fallthrough]];
    case SmtpStep::Noop:
        if (!c.mailFrom.isEmpty())
            return sendMailTransaction();
        [[fallthrough]];
    case SmtpStep::Mail:
    case SmtpStep::Rcpt:
    case SmtpStep::Data:
    case SmtpStep::Message:
        if (c.rset) {
            sendCommand(SmtpStep::Rset, "RSET");
            return;
        }
        [[fallthrough]];
    default:
        sendQuit();
    }
}

void SmtpClient::onOptional(SmtpStep step, const SmtpReply &reply) {
    // These steps inform; a refusal (VRFY is often disabled: 252, 502) does not end the run.
    bool expected = false;
    switch (step) {
    case SmtpStep::Vrfy:
        expected = reply.code == 250 || reply.code == 251 || reply.code == 252;
        break;
    case SmtpStep::Help:
        expected = reply.code == 211 || reply.code == 214;
        break;
    default:
        expected = reply.code == 250;
        break;
    }
    if (finishStep(expected))
        continueAfter(step);
}

void SmtpClient::sendMailTransaction() {
    const SmtpConfig &c = m_config;
    const Capabilities &caps = m_result.capabilities;
    bool international = !isAscii(c.mailFrom);
    for (const QString &recipient : c.rcptTo)
        international = international || !isAscii(recipient);

    QByteArray mail = "MAIL FROM:<" + c.mailFrom.toUtf8() + '>';
    if (international && caps.smtpUtf8)
        mail += " SMTPUTF8";
    QList<std::pair<SmtpStep, AuthExchange::Line>> commands{{SmtpStep::Mail, commandLine(mail)}};
    // RFC 2920: MAIL FROM and RCPT TO may be sent in one batch; the replies come back in order.
    m_pipelined = caps.pipelining && c.usePipelining && !c.rcptTo.isEmpty() &&
                  c.stopAfter != SmtpConfig::StopAfter::Mail;
    m_rcptSent = 0;
    if (m_pipelined) {
        for (const QString &recipient : c.rcptTo)
            commands.append({SmtpStep::Rcpt, commandLine("RCPT TO:<" + recipient.toUtf8() + '>')});
        m_rcptSent = int(c.rcptTo.size());
        if (!note(tr("The server offers PIPELINING: MAIL FROM and RCPT TO go out in one batch.")))
            return;
    }
    sendCommands(commands);
}

void SmtpClient::sendNextRcpt() {
    const QString recipient = m_config.rcptTo.value(m_rcptSent++);
    sendCommand(SmtpStep::Rcpt, "RCPT TO:<" + recipient.toUtf8() + '>');
}

void SmtpClient::onMail(const SmtpReply &reply) {
    const bool ok = reply.isPositive();
    if (!finishStep(ok))
        return;
    if (!ok) {
        const SmtpError::Code code = reply.code == 530 ? codeFor530(reply) : SmtpError::SenderRejected;
        m_mailError = makeError(code, reply, {}, SmtpStep::Mail);
        if (frontStep() == SmtpStep::Rcpt)
            return; // the pipelined RCPT replies are still to come; they are read before QUIT
        return failGracefully(*m_mailError);
    }
    if (m_config.stopAfter == SmtpConfig::StopAfter::Mail)
        return stop();
    if (m_config.rcptTo.isEmpty())
        return finishTransaction();
    if (!m_pipelined)
        sendNextRcpt();
}

void SmtpClient::onRcpt(const SmtpReply &reply) {
    const bool ok = reply.code == 250 || reply.code == 251;
    if (ok)
        ++m_result.recipientsAccepted;
    else if (!m_firstRcptRejection.isValid())
        m_firstRcptRejection = reply;
    if (!finishStep(ok))
        return;
    if (frontStep() == SmtpStep::Rcpt)
        return; // more pipelined replies to come
    if (m_mailError)
        return failGracefully(*m_mailError);
    if (m_rcptSent < m_config.rcptTo.size())
        return sendNextRcpt();
    finishTransaction();
}

void SmtpClient::finishTransaction() {
    if (!m_config.rcptTo.isEmpty() && m_result.recipientsAccepted == 0) {
        const SmtpReply &reply = m_firstRcptRejection;
        const SmtpError::Code code = reply.code == 530 ? codeFor530(reply) : SmtpError::RecipientRejected;
        return failGracefully(makeError(code, reply, {}, SmtpStep::Rcpt));
    }
    if (m_config.stopAfter == SmtpConfig::StopAfter::Rcpt && !m_config.rcptTo.isEmpty())
        return stop();
    if (m_config.sendTestMessage) {
        sendCommand(SmtpStep::Data, "DATA");
        return;
    }
    continueAfter(SmtpStep::Mail);
}

void SmtpClient::onData(const SmtpReply &reply) {
    const bool ok = reply.code == 354;
    if (!finishStep(ok))
        return;
    if (ok)
        sendTestMessage();
    else
        failGracefully(makeError(SmtpError::DataRejected, reply, {}, SmtpStep::Data));
}

bool SmtpClient::sendTestMessage() {
    if (!serverStayedQuiet())
        return false;
    const QByteArray message = TestMessage::dotStuff(
        TestMessage::build(m_config.mailFrom, m_config.rcptTo, QDateTime::currentDateTime(),
                           TestMessage::newMessageId(m_config.mailFrom)));
    if (!beginStep(SmtpStep::Message, tr("(test message, %1 bytes)").arg(message.size())))
        return false;
    QList<QByteArray> lines = message.split('\n');
    lines.removeLast(); // after the final CRLF
    for (QByteArray &line : lines) {
        line.chop(1); // CR
        if (!log(Direction::Sent, QString::fromUtf8(line)))
            return false;
    }
    m_socket->write(message);
    return true;
}

void SmtpClient::onMessage(const SmtpReply &reply) {
    const bool ok = reply.isPositive();
    if (!finishStep(ok))
        return;
    if (ok)
        continueAfter(SmtpStep::Message);
    else
        failGracefully(makeError(SmtpError::MessageRejected, reply, {}, SmtpStep::Message));
}

void SmtpClient::stop() {
    if (note(tr("Stopping here as configured.")))
        sendQuit();
}

void SmtpClient::sendQuit() {
    if (frontStep() == SmtpStep::Quit)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return finishRun();
    if (!beginStep(SmtpStep::Quit, QStringLiteral("QUIT")) || !log(Direction::Sent, QStringLiteral("QUIT")))
        return;
    m_socket->write("QUIT\r\n");
}

// ---- Plumbing -----------------------------------------------------------------------------------

bool SmtpClient::serverStayedQuiet() {
    // A server speaks only when spoken to (pipelining aside, whose replies are all taken by now).
    // Anything buffered when the next command goes out was sent before the server could know it.
    if (m_reader.hasError()) {
        note(ReplyReader::describe(m_reader.error()));
        abortRun(readerError());
        return false;
    }
    if (m_reader.hasPendingData()) {
        abortRun(makeError(SmtpError::UnexpectedReply));
        return false;
    }
    return true;
}

bool SmtpClient::beginStep(SmtpStep step, const QString &command) {
    const quint64 run = m_runId;
    SmtpStepRecord record;
    record.step = step;
    record.command = command;
    record.startedMs = m_result.transcript.elapsedMs();
    m_pending << record;
    if (m_pending.size() == 1)
        armStepTimer();
    emit stepStarted(step, command);
    return alive(run);
}

bool SmtpClient::finishStep(bool ok) {
    if (m_pending.isEmpty())
        return true;
    const quint64 run = m_runId;
    SmtpStepRecord record = m_pending.takeFirst();
    record.ok = ok;
    record.durationMs = m_result.transcript.elapsedMs() - record.startedMs;
    m_result.steps << record;
    armStepTimer();
    emit stepFinished(record);
    return alive(run);
}

bool SmtpClient::sendCommands(const QList<std::pair<SmtpStep, AuthExchange::Line>> &commands) {
    if (!serverStayedQuiet())
        return false;
    QByteArray wire;
    for (const auto &[step, line] : commands) {
        if (!beginStep(step, line.logged) || !log(Direction::Sent, line.logged, line.redacted))
            return false;
        wire += line.bytes + "\r\n";
    }
    m_socket->write(wire);
    return true;
}

bool SmtpClient::sendCommand(SmtpStep step, const QByteArray &command) {
    return sendCommands({{step, commandLine(command)}});
}

bool SmtpClient::sendLine(const AuthExchange::Line &line) {
    if (!serverStayedQuiet() || !log(Direction::Sent, line.logged, line.redacted))
        return false;
    m_socket->write(line.bytes + "\r\n");
    armStepTimer(); // a new round trip within the same step
    return true;
}

bool SmtpClient::note(const QString &text) {
    return log(Direction::Note, text);
}

bool SmtpClient::log(Direction direction, const QString &text, bool redacted) {
    const quint64 run = m_runId;
    const bool secret = m_redactor.containsSecret(text);
    const TranscriptEntry entry =
        m_result.transcript.append(direction, secret ? m_redactor.scrub(text) : text, redacted || secret);
    emit transcriptAppended(entry);
    return alive(run);
}

void SmtpClient::armStepTimer() {
    if (m_pending.isEmpty())
        m_stepTimer->stop();
    else
        m_stepTimer->start(m_config.stepTimeoutMs > 0 ? m_config.stepTimeoutMs : 1);
}

SmtpStep SmtpClient::frontStep() const {
    return m_pending.isEmpty() ? SmtpStep::None : m_pending.constFirst().step;
}

SmtpStep SmtpClient::activeStep() const {
    if (!m_pending.isEmpty())
        return m_pending.constFirst().step;
    return m_result.steps.isEmpty() ? SmtpStep::None : m_result.steps.constLast().step;
}

SmtpReply SmtpClient::scrubbed(const SmtpReply &reply) const {
    SmtpReply clean = reply;
    for (QString &line : clean.lines) {
        if (m_redactor.containsSecret(line))
            line = m_redactor.scrub(line);
    }
    return clean;
}

SmtpError SmtpClient::makeError(SmtpError::Code code, const SmtpReply &reply, const QString &detail,
                                SmtpStep step) const {
    SmtpError error;
    error.code = code;
    error.step = step == SmtpStep::None ? activeStep() : step;
    error.reply = reply;
    error.detail = m_redactor.scrub(detail);
    error.host = m_config.host;
    error.port = m_config.port;
    if (code == SmtpError::Timeout)
        error.timeoutMs = m_config.stepTimeoutMs;
    else if (code == SmtpError::RunTimeout)
        error.timeoutMs = m_config.runTimeoutMs;
    return error;
}

SmtpError SmtpClient::readerError() const {
    const ReplyError error = m_reader.error();
    SmtpError::Code code = SmtpError::MalformedReply;
    switch (error.kind) {
    case ReplyError::LineTooLong:
        code = SmtpError::ReplyLineTooLong;
        break;
    case ReplyError::TooManyLines:
        code = SmtpError::ReplyTooManyLines;
        break;
    case ReplyError::ReplyTooLarge:
        code = SmtpError::ReplyTooLarge;
        break;
    case ReplyError::MixedCodes:
        code = SmtpError::InconsistentReplyCodes;
        break;
    default:
        break;
    }
    return makeError(code, {}, ReplyReader::describe(error));
}

void SmtpClient::failGracefully(const SmtpError &error) {
    if (!m_running)
        return;
    if (!m_result.error.isError())
        m_result.error = error;
    const bool usable = m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
                        !m_reader.hasError() && m_pending.isEmpty();
    if (usable)
        sendQuit();
    else if (frontStep() != SmtpStep::Quit)
        finishRun();
}

void SmtpClient::abortRun(const SmtpError &error) {
    if (!m_running)
        return;
    if (!m_result.error.isError())
        m_result.error = error;
    finishRun();
}

void SmtpClient::finishRun() {
    if (!m_running)
        return;
    // From here on alive() is false: slots may call cancel() (ignored) but start() waits for finished().
    m_running = false;
    m_finishing = true;
    teardown();
    m_config.password.clear();
    m_config.token.clear();

    const qint64 now = m_result.transcript.elapsedMs();
    const QList<SmtpStepRecord> unfinished = m_pending;
    m_pending.clear();
    if (m_result.error.isError())
        log(Direction::Note, m_result.error.message());
    for (SmtpStepRecord record : unfinished) {
        record.durationMs = now - record.startedMs;
        m_result.steps << record;
        emit stepFinished(record);
    }
    m_result.elapsedMs = now;
    m_finishing = false;
    const SmtpResult result = m_result; // a slot may start the next run and reset m_result
    emit finished(result);
}

void SmtpClient::teardown() {
    m_startTimer->stop();
    m_stepTimer->stop();
    m_runTimer->stop();
    m_auth.reset();
    if (QSslSocket *socket = m_socket) {
        m_socket = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        // Deleting later: this may run inside one of the socket's own signals.
        socket->deleteLater();
    }
}

void SmtpClient::collectTlsFacts() {
    if (!m_socket)
        return;
    TlsReport &tls = m_result.tls;
    tls.protocol = TlsReport::protocolName(m_socket->sessionProtocol());
    const QSslCipher cipher = m_socket->sessionCipher();
    tls.cipher = cipher.name();
    tls.cipherBits = cipher.usedBits();
    tls.peerChain.clear();
    for (const QSslCertificate &certificate : m_socket->peerCertificateChain())
        tls.peerChain << CertificateInfo::from(certificate);
}

QString SmtpClient::ehloArgument() const {
    if (!m_config.ehloName.isEmpty())
        return m_config.ehloName;
    // An address literal is always a valid EHLO argument (RFC 5321 section 4.1.4).
    QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("[%1]").arg(QHostAddress(v4).toString());
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        local.setScopeId(QString());
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    }
    return QStringLiteral("localhost");
}
