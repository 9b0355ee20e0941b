#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

// The facts about a certificate a user needs to decide whether to trust it.
struct CertificateInfo {
    QString subject;     // display name, usually the CN
    QString subjectFull; // every subject field: "CN=localhost, O=Example"
    QString issuer;
    QString issuerFull;
    QDateTime notBefore;         // UTC
    QDateTime notAfter;          // UTC
    QStringList subjectAltNames; // "DNS:mail.example.org", "IP:192.0.2.1", "email:..."
    QString sha256;              // "AB:CD:…" upper-case hex with colons
    bool selfSigned = false;

    static CertificateInfo from(const QSslCertificate &certificate);
    bool isNull() const { return sha256.isEmpty(); }
};

// One verification problem and the certificate it concerns.
struct TlsProblem {
    QSslError::SslError error = QSslError::NoError;
    QString description; // Qt's text for the error
    CertificateInfo certificate;
};

// What TLS looked like in a run: negotiated parameters, the peer's chain and every problem found.
struct TlsReport {
    Q_DECLARE_TR_FUNCTIONS(TlsReport)

public:
    bool encrypted = false;
    QString protocol; // "TLS 1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QList<CertificateInfo> peerChain; // leaf first
    QList<TlsProblem> problems;
    bool trustedByFingerprint = false; // problems were overridden by SmtpConfig::trustedFingerprintSha256
    bool extraCaUsed = false;

    // Every problem with the certificate it concerns, one paragraph each, for error details and reports.
    QString describeProblems() const;
    static QString describe(const TlsProblem &problem);
    static QString protocolName(int sslProtocol);
};
