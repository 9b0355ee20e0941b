#include "demotls.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <memory>

namespace {

QByteArray resource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray DemoTls::certificatePem() {
    static const QByteArray pem = resource(QStringLiteral(":/demo/demo-cert.pem"));
    return pem;
}

QSslCertificate DemoTls::certificate() {
    static const QSslCertificate certificate(certificatePem(), QSsl::Pem);
    return certificate;
}

QSslKey DemoTls::privateKey() {
    static const QSslKey key = [] {
        const QByteArray pem = resource(QStringLiteral(":/demo/demo-key.pem"));
        // The material may be regenerated with either key type (see resources/demo/generate.sh).
        const QSslKey ec(pem, QSsl::Ec, QSsl::Pem);
        return ec.isNull() ? QSslKey(pem, QSsl::Rsa, QSsl::Pem) : ec;
    }();
    return key;
}

bool DemoTls::isAvailable() {
    return !certificate().isNull() && !privateKey().isNull();
}

QString DemoTls::fingerprintSha256() {
    const QSslCertificate cert = certificate();
    if (cert.isNull())
        return {};
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString DemoTls::certificatePath() {
    // A unique name rather than a fixed one: a file that another local user planted under a predictable
    // name in /tmp would otherwise become a trusted CA. The object lives until the process ends, and
    // with it the file.
    static const std::unique_ptr<QTemporaryFile> file = [] {
        auto temporary = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                          QStringLiteral("/smtpdesk-demo-ca-XXXXXX.pem"));
        const QByteArray pem = certificatePem();
        if (pem.isEmpty() || !temporary->open() || temporary->write(pem) != pem.size() || !temporary->flush())
            temporary.reset();
        else
            temporary->close();
        return temporary;
    }();
    return file ? file->fileName() : QString();
}
