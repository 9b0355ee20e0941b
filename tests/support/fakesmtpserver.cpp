#include "fakesmtpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qint64 endlessChunk = 16 * 1024;
constexpr qint64 endlessLimit = 8 * 1024 * 1024; // a client that never gives up must not stall the test

} // namespace

FakeSmtpServer::FakeSmtpServer(QObject *parent)
    : QTcpServer(parent)
    , m_timer(new QTimer(this))
    , m_endless(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_endless->setInterval(2);
    connect(m_endless, &QTimer::timeout, this, &FakeSmtpServer::pumpEndless);
}

FakeSmtpServer::~FakeSmtpServer() {
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void FakeSmtpServer::setScript(const QString &script) {
    m_script.clear();
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            m_script << trimmed;
    }
}

bool FakeSmtpServer::setCertificate(const QString &certificateFile, const QString &keyFile) {
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    if (m_key.isNull()) {
        key.seek(0);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    }
    return !m_certificate.isNull() && !m_key.isNull();
}

bool FakeSmtpServer::start(Mode mode) {
    m_mode = mode;
    return listen(QHostAddress::LocalHost, 0);
}

void FakeSmtpServer::incomingConnection(qintptr descriptor) {
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_socket) { // one scripted session per server
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    // Scripts write a reply line by line; Nagle plus delayed ACKs would add 40 ms to every round trip.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(m_certificate);
    ssl.setPrivateKey(m_key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(ssl);
    connect(socket, &QSslSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &FakeSmtpServer::onDisconnected);
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_waiting = false;
        advance();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_problems << QStringLiteral("server TLS: %1").arg(error.errorString());
    });
    if (m_mode == Mode::ImplicitTls) {
        m_waiting = true;
        socket->startServerEncryption();
        return;
    }
    advance();
}

void FakeSmtpServer::write(const QByteArray &bytes) {
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void FakeSmtpServer::fail(const QString &problem) {
    m_problems << problem;
    m_pc = int(m_script.size());
    if (m_socket)
        m_socket->disconnectFromHost();
}

bool FakeSmtpServer::takeLine(QByteArray *line) {
    const qsizetype newline = m_input.indexOf('\n');
    if (newline < 0)
        return false;
    *line = m_input.left(newline);
    if (line->endsWith('\r'))
        line->chop(1);
    m_input.remove(0, newline + 1);
    m_received << QString::fromUtf8(*line);
    return true;
}

void FakeSmtpServer::advance() {
    while (!m_waiting && m_socket && m_pc < m_script.size()) {
        if (m_inData) {
            QByteArray line;
            while (takeLine(&line)) {
                if (line == ".") {
                    m_inData = false;
                    m_messages << m_body;
                    m_body.clear();
                    break;
                }
                if (line.startsWith('.'))
                    line.remove(0, 1);
                m_body += line + "\r\n";
            }
            if (m_inData)
                return;
            ++m_pc;
            continue;
        }

        const QString directive = m_script.at(m_pc);
        const QString kind = directive.left(2);
        const QString argument = directive.mid(2).trimmed();
        if (kind == QLatin1String("S:")) {
            write(argument.toUtf8() + "\r\n");
            ++m_pc;
        } else if (kind == QLatin1String("C:")) {
            QByteArray line;
            if (!takeLine(&line))
                return; // wait for more input
            if (!matches(argument, QString::fromUtf8(line)))
                return fail(QStringLiteral("script line %1: expected \"%2\", got \"%3\"")
                                .arg(m_pc + 1)
                                .arg(argument, QString::fromUtf8(line)));
            ++m_pc;
        } else if (kind == QLatin1String("X:")) {
            const QString verb = argument.section(QLatin1Char(' '), 0, 0);
            const QString rest = argument.section(QLatin1Char(' '), 1);
            ++m_pc;
            if (verb == QLatin1String("starttls")) {
                m_waiting = true;
                m_socket->startServerEncryption();
            } else if (verb == QLatin1String("close")) {
                m_socket->disconnectFromHost();
            } else if (verb == QLatin1String("abort")) {
                m_socket->abort();
            } else if (verb == QLatin1String("sleep")) {
                m_waiting = true;
                m_timer->disconnect();
                m_timer->setSingleShot(true);
                connect(m_timer, &QTimer::timeout, this, [this] {
                    m_waiting = false;
                    advance();
                });
                m_timer->start(rest.toInt());
            } else if (verb == QLatin1String("drip")) {
                m_waiting = true;
                m_drip = rest.section(QLatin1Char(' '), 1).toUtf8() + "\r\n";
                m_timer->disconnect();
                m_timer->setSingleShot(false);
                connect(m_timer, &QTimer::timeout, this, &FakeSmtpServer::dripNext);
                m_timer->setInterval(rest.section(QLatin1Char(' '), 0, 0).toInt());
                m_timer->start();
            } else if (verb == QLatin1String("raw")) {
                write(unescape(rest));
            } else if (verb == QLatin1String("repeat")) {
                const int count = rest.section(QLatin1Char(' '), 0, 0).toInt();
                write((rest.section(QLatin1Char(' '), 1).toUtf8() + "\r\n").repeated(count));
            } else if (verb == QLatin1String("endless")) {
                m_waiting = true;
                m_endlessFill = rest.isEmpty() ? QByteArray("A") : unescape(rest);
                m_endless->start();
            } else if (verb == QLatin1String("every")) {
                m_waiting = true; // for good: the script ends here
                const QByteArray line = rest.section(QLatin1Char(' '), 1).toUtf8() + "\r\n";
                m_timer->disconnect();
                m_timer->setSingleShot(false);
                connect(m_timer, &QTimer::timeout, this, [this, line] {
                    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
                        return m_timer->stop();
                    write(line);
                });
                m_timer->start(rest.section(QLatin1Char(' '), 0, 0).toInt());
            } else if (verb == QLatin1String("data")) {
                m_inData = true;
                --m_pc; // stays on this directive until the final dot
            } else if (verb == QLatin1String("wait-close")) {
                m_waitClose = true;
                m_waiting = true;
            } else {
                return fail(QStringLiteral("script line %1: unknown directive \"%2\"").arg(m_pc).arg(verb));
            }
        } else {
            return fail(
                QStringLiteral("script line %1: not S:, C: or X: \"%2\"").arg(m_pc + 1).arg(directive));
        }
    }
    if (!m_waiting && m_pc >= m_script.size() && !m_finished) {
        m_finished = true;
        emit scriptDone();
    }
    // Whatever the client sends after the script ends is worth knowing about.
    if (m_finished) {
        QByteArray line;
        while (takeLine(&line))
            m_unexpected << QString::fromUtf8(line);
    }
}

void FakeSmtpServer::onReadyRead() {
    if (!m_socket)
        return;
    m_input += m_socket->readAll();
    if (!m_waiting || m_inData)
        advance();
}

void FakeSmtpServer::onDisconnected() {
    m_connectionClosed = true;
    m_endless->stop();
    m_timer->stop();
    if (m_waitClose) {
        m_waitClose = false;
        m_waiting = false;
        advance();
    }
}

void FakeSmtpServer::dripNext() {
    if (m_drip.isEmpty() || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_timer->stop();
        m_waiting = false;
        advance();
        return;
    }
    write(m_drip.left(1));
    m_drip.remove(0, 1);
}

void FakeSmtpServer::pumpEndless() {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_endlessSent >= endlessLimit) {
        m_endless->stop();
        return;
    }
    // Do not outrun the client: only top up what it has taken.
    if (m_socket->bytesToWrite() > endlessChunk)
        return;
    write(m_endlessFill.repeated(endlessChunk / m_endlessFill.size() + 1).left(endlessChunk));
    m_endlessSent += endlessChunk;
}

bool FakeSmtpServer::matches(const QString &pattern, const QString &line) {
    // '*' any run, '?' one character, '\\' makes the next character literal ("C: \\*" expects a star).
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size())
            regex += QRegularExpression::escape(pattern.at(++i));
        else if (c == QLatin1Char('*'))
            regex += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(c);
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::DotMatchesEverythingOption)
        .match(line)
        .hasMatch();
}

QByteArray FakeSmtpServer::unescape(const QString &text) {
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char c = in.at(++i);
        if (c == 'r')
            out += '\r';
        else if (c == 'n')
            out += '\n';
        else if (c == 't')
            out += '\t';
        else if (c == 'x' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return out;
}
