#include "tlsreport.h"

#include <QCryptographicHash>
#include <QSsl>

namespace {

QString fieldsOf(const QSslCertificate &certificate, bool issuer) {
    // Most specific last is how OpenSSL prints; CN first reads better for people.
    static const QSslCertificate::SubjectInfo order[] = {
        QSslCertificate::CommonName,
        QSslCertificate::Organization,
        QSslCertificate::OrganizationalUnitName,
        QSslCertificate::LocalityName,
        QSslCertificate::StateOrProvinceName,
        QSslCertificate::CountryName,
    };
    static const char *const labels[] = {"CN", "O", "OU", "L", "ST", "C"};
    QStringList parts;
    for (size_t i = 0; i < std::size(order); ++i) {
        const QStringList values =
            issuer ? certificate.issuerInfo(order[i]) : certificate.subjectInfo(order[i]);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(labels[i]), value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate) {
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = certificate.subjectDisplayName();
    info.subjectFull = fieldsOf(certificate, false);
    info.issuer = certificate.issuerDisplayName();
    info.issuerFull = fieldsOf(certificate, true);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            info.subjectAltNames << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            info.subjectAltNames << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            info.subjectAltNames << QStringLiteral("email:") + it.value();
            break;
        }
    }
    info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QString TlsReport::protocolName(int sslProtocol) {
    // Qt 6 negotiates nothing older than TLS 1.2 with its default settings.
    switch (QSsl::SslProtocol(sslProtocol)) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        break;
    }
    return tr("unknown");
}

QString TlsReport::describe(const TlsProblem &problem) {
    const CertificateInfo &c = problem.certificate;
    if (c.isNull())
        return problem.description;
    const QString names =
        c.subjectAltNames.isEmpty() ? tr("none") : c.subjectAltNames.join(QStringLiteral(", "));
    return tr("%1\nCertificate: %2\nIssued by: %3\nValid from %4 to %5\nNames: %6\nSHA-256: %7")
        .arg(problem.description, c.subjectFull.isEmpty() ? c.subject : c.subjectFull,
             c.issuerFull.isEmpty() ? c.issuer : c.issuerFull, c.notBefore.toString(Qt::ISODate),
             c.notAfter.toString(Qt::ISODate), names, c.sha256);
}

QString TlsReport::describeProblems() const {
    QStringList out;
    for (const TlsProblem &problem : problems)
        out << describe(problem);
    return out.join(QStringLiteral("\n\n"));
}
