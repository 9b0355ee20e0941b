#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The demo server's TLS identity, compiled in from resources/demo/: one self-signed certificate for
// localhost and 127.0.0.1 that is its own trust anchor (CA:TRUE), and its key. Training material for
// loopback only: the key is public, so nothing but a demo run may ever trust this certificate.
class DemoTls {
public:
    static QSslCertificate certificate();
    static QSslKey privateKey();
    // False when the compiled-in material cannot be read: the demo then offers no STARTTLS.
    static bool isAvailable();

    static QByteArray certificatePem();
    // A file holding certificatePem(), for SmtpConfig::extraCaFile and `smtpdesk test --ca-file`. Written
    // once per process into the temporary folder (readable by this user only) and removed when the process
    // ends. Empty when it could not be written.
    static QString certificatePath();
    // "AB:CD:…": SHA-256 in upper-case hex with colons, the form TlsReport shows and
    // SmtpConfig::trustedFingerprintSha256 accepts.
    static QString fingerprintSha256();
};
