#include "smtperror.h"

#include <QMetaEnum>

namespace {

// "535 5.7.8": enough for a sentence; the whole reply is in the transcript.
QString replyLabel(const SmtpReply &reply) {
    if (!reply.isValid())
        return QStringLiteral("-");
    if (reply.enhancedCode.isEmpty())
        return QString::number(reply.code);
    return QStringLiteral("%1 %2").arg(reply.code).arg(reply.enhancedCode);
}

QString seconds(int ms) {
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

QString SmtpError::codeName(Code code) {
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(code));
}

QString SmtpError::message() const {
    const QString r = replyLabel(reply);
    const QString stepName = SmtpStepText::name(step);
    switch (code) {
    case None:
        return {};
    case Cancelled:
        return tr("The test was cancelled before it finished.");
    case InvalidConfig:
        return tr("The test cannot start with these settings: %1").arg(detail);
    case CaFileUnreadable:
        return tr("The extra CA file could not be read or holds no PEM certificate (%1). Check the path and "
                  "the file's format.")
            .arg(detail);
    case HostNotFound:
        return tr("The host name %1 could not be found. Check its spelling and your network or DNS "
                  "settings.")
            .arg(host);
    case ConnectionRefused:
        return tr("%1 refused the connection on port %2. Check the port: the server may not accept mail "
                  "on it, or a firewall rejects the connection.")
            .arg(host, QString::number(port));
    case NetworkUnreachable:
        return tr("The network to %1 cannot be reached. Check your network connection.").arg(host);
    case NetworkError:
        return tr("A network error occurred while talking to %1: %2").arg(host, detail);
    case Timeout:
        return tr("The server did not answer within %1 seconds during the %2 step. A firewall may drop the "
                  "traffic, the server may be overloaded, or the port may expect another security setting.")
            .arg(seconds(timeoutMs), stepName);
    case RunTimeout:
        return tr("The test took longer than its overall limit of %1 seconds and was stopped. The server "
                  "answers too slowly; try again later or raise the limit.")
            .arg(seconds(timeoutMs));
    case ServerClosed:
        return tr("The server closed the connection during the %1 step. It may limit connections or "
                  "refuse your address; try again later.")
            .arg(stepName);
    case ServiceUnavailable:
        return tr("The server is not available right now (reply %1). Try again later; if it persists, "
                  "contact the server's operator.")
            .arg(r);
    case GreetingRejected:
        return tr("The server refused the session in its greeting (reply %1). It may block your address "
                  "or network; contact the server's operator.")
            .arg(r);
    case MalformedReply:
        return tr("The server's answer is not valid SMTP. Check that this port belongs to a mail server "
                  "and that the security setting matches it (for example implicit TLS on port 465).");
    case ReplyLineTooLong:
        return tr("The server sent a line longer than the limit. It is misbehaving or is not a mail "
                  "server.");
    case ReplyTooManyLines:
        return tr("The server sent a reply with more lines than the limit. It is misbehaving or is not "
                  "a mail server.");
    case ReplyTooLarge:
        return tr("The server sent a reply larger than the limit. It is misbehaving or is not a mail "
                  "server.");
    case InconsistentReplyCodes:
        return tr("The server changed the reply code in the middle of a multi-line reply; it does not "
                  "follow the SMTP standard.");
    case UnexpectedReply:
        return tr("The server sent data nobody asked for during the %1 step; it does not follow the SMTP "
                  "standard.")
            .arg(stepName);
    case UnexpectedReplyCode:
        return tr("The server answered the %1 step with an unexpected reply (%2).").arg(stepName, r);
    case EhloRejected:
        return tr("The server rejected both EHLO and HELO (reply %1). Check the EHLO name, or contact the "
                  "server's operator.")
            .arg(r);
    case StartTlsNotOffered:
        return tr("The server does not offer STARTTLS, so the test stopped before sending anything "
                  "secret. If the port expects TLS from the start (usually 465), choose implicit TLS; "
                  "otherwise ask the operator to enable STARTTLS.");
    case StartTlsRejected:
        return tr("The server refused STARTTLS (reply %1), so the test stopped before sending anything "
                  "secret. Try again later or contact the server's operator.")
            .arg(r);
    case InjectionAfterStartTls:
        return tr("Data arrived after the server accepted STARTTLS and before encryption started. That is "
                  "how a response-injection attack looks, so the test stopped. Check for proxies or "
                  "security software that intercepts mail, and tell the server's operator.");
    case TlsHandshakeFailed:
        return tr("The TLS handshake failed: %1. Check that the security setting matches the port and "
                  "that the server supports a current TLS version.")
            .arg(detail);
    case CertificateUntrusted:
        return tr("The server's certificate could not be verified, so nothing secret was sent. Check the "
                  "host name; if you know this certificate, trust its SHA-256 fingerprint for one run or "
                  "add the CA file that issued it.");
    case PlaintextAuthRefused:
        return tr("The connection is not encrypted, so your credentials were not sent. Choose STARTTLS or "
                  "implicit TLS, or explicitly allow authentication without encryption.");
    case AuthNotOffered:
        return tr("The server does not offer authentication on this connection. Many servers offer it "
                  "only after STARTTLS, or only on the submission port 587.");
    case AuthMechanismNotOffered:
        return tr("The server does not offer the chosen authentication method (%1). Choose automatic "
                  "selection or a method the server offers.")
            .arg(detail);
    case NoCommonAuthMechanism:
        return tr("None of the authentication methods the server offers (%1) can be used with the "
                  "credentials you entered.")
            .arg(detail);
    case AuthFailed:
        return tr("The server rejected the credentials (reply %1). Check the user name and password; some "
                  "providers require an app password or an OAuth token.")
            .arg(r);
    case AuthMechanismTooWeak:
        return tr("The server refused this authentication method or needs an extra step (reply %1). "
                  "Choose a stronger method or follow the provider's instructions, for example an app "
                  "password.")
            .arg(r);
    case AuthEncryptionRequired:
        return tr("The server requires encryption for this authentication method (reply %1). Choose "
                  "STARTTLS or implicit TLS.")
            .arg(r);
    case AuthTemporaryFailure:
        return tr("Authentication failed for a temporary reason (reply %1). Try again later.").arg(r);
    case AuthRejected:
        return tr("The server rejected the authentication command (reply %1). Try another authentication "
                  "method.")
            .arg(r);
    case AuthProtocolError:
        return tr("The authentication exchange broke down: %1. Try another authentication method.")
            .arg(detail);
    case EncryptionRequired:
        return tr("The server requires encryption before this command (reply %1). Choose STARTTLS or "
                  "implicit TLS.")
            .arg(r);
    case AuthenticationRequired:
        return tr("The server requires authentication before accepting mail (reply %1). Enter a user "
                  "name and password.")
            .arg(r);
    case SenderRejected:
        return tr("The server rejected the sender address (reply %1). Check the address; many servers "
                  "accept only addresses of the authenticated user.")
            .arg(r);
    case RecipientRejected:
        return tr("The server rejected every recipient (reply %1). Check the addresses; the server may "
                  "refuse to relay to them.")
            .arg(r);
    case DataRejected:
        return tr("The server refused to receive message data (reply %1).").arg(r);
    case MessageRejected:
        return tr("The server rejected the test message (reply %1).").arg(r);
    }
    return {};
}
