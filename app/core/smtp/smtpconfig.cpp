#include "smtpconfig.h"

namespace {

// A CR or LF in a value would let it smuggle a second command onto the wire.
bool breaksLine(const QString &value) {
    return value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0));
}

} // namespace

QString SmtpConfig::validate() const {
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (port == 0)
        return tr("Enter a port between 1 and 65535.");
    // One whole sentence per field: a translated noun dropped into a shared sentence reads badly.
    if (breaksLine(host))
        return tr("The host name contains a line break; remove it.");
    if (breaksLine(ehloName))
        return tr("The EHLO name contains a line break; remove it.");
    if (breaksLine(user))
        return tr("The user name contains a line break; remove it.");
    if (breaksLine(mailFrom))
        return tr("The sender address contains a line break; remove it.");
    if (breaksLine(vrfy))
        return tr("The VRFY argument contains a line break; remove it.");
    for (const QString &recipient : rcptTo) {
        if (breaksLine(recipient) || recipient.trimmed().isEmpty())
            return tr("A recipient is empty or contains a line break; correct it.");
    }
    // AUTH PLAIN separates user and password with NUL: one inside would change what the server reads.
    if (password.contains(QChar(0)) || token.contains(QChar(0)))
        return tr("The password or token contains a NUL character, which cannot be sent; type it again.");
    if (stepTimeoutMs <= 0 || runTimeoutMs <= 0)
        return tr("Time limits must be greater than zero.");
    if (limits.maxLineLength <= 0 || limits.maxLines <= 0 || limits.maxReplyBytes <= 0)
        return tr("Reply size limits must be greater than zero.");

    switch (authMechanism) {
    case AuthMechanism::Auto:
    case AuthMechanism::None:
        break;
    case AuthMechanism::XOAuth2:
        if (user.isEmpty() || token.isEmpty())
            return tr("XOAUTH2 needs a user name and an access token.");
        break;
    case AuthMechanism::Plain:
    case AuthMechanism::Login:
    case AuthMechanism::CramMd5:
        if (user.isEmpty() || password.isEmpty())
            return tr("This authentication method needs a user name and a password.");
        break;
    }
    if ((!password.isEmpty() || !token.isEmpty()) && user.isEmpty())
        return tr("Enter the user name that goes with the password or token.");
    if (!rcptTo.isEmpty() && mailFrom.isEmpty())
        return tr("Recipients need a sender: enter the MAIL FROM address too.");
    if (sendTestMessage && rcptTo.isEmpty())
        return tr("Sending a test message needs at least one recipient.");
    if (!trustedFingerprintSha256.isEmpty() && normalizedFingerprint().size() != 64)
        return tr("A SHA-256 fingerprint has 64 hexadecimal digits; check the one you entered.");
    return {};
}

QByteArray SmtpConfig::normalizedFingerprint() const {
    QByteArray hex;
    for (const QChar c : trustedFingerprintSha256) {
        if (c.isSpace() || c == QLatin1Char(':'))
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return {}; // not a fingerprint at all
        hex += l;
    }
    return hex;
}
