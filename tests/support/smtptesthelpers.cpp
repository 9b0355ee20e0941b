#include "smtptesthelpers.h"

#include <QAbstractSocket>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QTimer>

namespace SmtpTest {

QString tlsFile(const QString &name) {
    return QStringLiteral(SMTPDESK_TLS_DATA_DIR "/") + name;
}

QString fingerprintOf(const QString &pemFile) {
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    return QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

SmtpConfig configFor(quint16 port) {
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.security = SmtpConfig::Security::None;
    config.ehloName = QStringLiteral("client.test");
    config.stepTimeoutMs = 3000;
    config.runTimeoutMs = 15000;
    return config;
}

SmtpResult run(SmtpClient &client, const SmtpConfig &config, int timeoutMs, bool *ok) {
    // A real event loop rather than QTest::qWaitFor(), which sleeps 10 ms between rounds of events and
    // would add that to every hop between client and fake server.
    SmtpResult result;
    bool done = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const QMetaObject::Connection connection =
        QObject::connect(&client, &SmtpClient::finished, &loop, [&](const SmtpResult &r) {
            result = r;
            done = true;
            loop.quit();
        });
    if (client.start(config)) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    QObject::disconnect(connection);
    if (ok)
        *ok = done;
    return result;
}

QStringList secretLeaks(const QString &text, const QStringList &secrets) {
    QStringList leaks;
    static const QRegularExpression base64Run(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        if (text.contains(secret))
            leaks << QStringLiteral("\"%1\" in plain text").arg(secret);
        const QByteArray bytes = secret.toUtf8();
        // A piece of a blob may lack the secret's first or last bytes; its middle must still not show.
        const QByteArray middle = bytes.size() >= 12 ? bytes.mid(2, bytes.size() - 4) : bytes;
        for (auto it = base64Run.globalMatch(text); it.hasNext();) {
            const QByteArray run = it.next().captured(0).toLatin1();
            for (int offset = 0; offset < 4; ++offset) {
                QByteArray chunk = run.mid(offset);
                chunk.truncate(chunk.size() / 4 * 4);
                const QByteArray decoded = QByteArray::fromBase64(chunk);
                if (decoded.contains(middle)) {
                    leaks << QStringLiteral("\"%1\" base64-encoded in \"%2\"")
                                 .arg(secret, QString::fromLatin1(run));
                    break;
                }
            }
        }
    }
    return leaks;
}

QStringList secretLeaks(const SmtpResult &result, const QStringList &secrets) {
    QStringList texts;
    texts << result.transcript.toText() << result.error.message() << result.error.detail
          << result.error.reply.toString() << result.oauthError;
    for (const SmtpStepRecord &record : result.steps) {
        texts << record.command;
        for (const SmtpReply &reply : record.replies)
            texts << reply.toString();
    }
    return secretLeaks(texts.join(QLatin1Char('\n')), secrets);
}

QStringList leftovers(const SmtpClient &client) {
    QStringList out;
    for (const QTimer *timer : client.findChildren<QTimer *>()) {
        if (timer->isActive())
            out << QStringLiteral("active timer (%1 ms)").arg(timer->interval());
    }
    for (const QAbstractSocket *socket : client.findChildren<QAbstractSocket *>())
        out << QStringLiteral("socket in state %1").arg(int(socket->state()));
    return out;
}

QStringList untranslated(LanguageManager &languages, const SmtpError &error) {
    QStringList out;
    languages.setLanguage(QStringLiteral("en"));
    const QString english = error.message();
    for (const QString &code : {QStringLiteral("vi"), QStringLiteral("es")}) {
        if (!languages.setLanguage(code)) {
            out << code + QStringLiteral(": language not available");
            continue;
        }
        const QString message = error.message();
        if (message.isEmpty() || message == english ||
            message.contains(QRegularExpression(QStringLiteral("%\\d"))))
            out << code + QStringLiteral(": ") + message;
    }
    languages.setLanguage(QStringLiteral("en"));
    return out;
}

} // namespace SmtpTest
