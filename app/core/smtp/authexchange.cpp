#include "authexchange.h"

#include "redactor.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace {

AuthExchange::Line secretLine(const QByteArray &bytes, const QString &loggedPrefix = {}) {
    return {bytes, loggedPrefix + Redactor::marker(), true};
}

AuthExchange::Line plainLine(const QByteArray &bytes) {
    return {bytes, QString::fromUtf8(bytes), false};
}

} // namespace

AuthExchange::AuthExchange(Mechanism mechanism, const QString &user, const QString &password,
                           const QString &token)
    : m_mechanism(mechanism)
    , m_user(user.toUtf8())
    , m_password(password.toUtf8())
    , m_token(token.toUtf8()) {}

QString AuthExchange::mechanismName(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::Plain:
        return QStringLiteral("PLAIN");
    case Mechanism::Login:
        return QStringLiteral("LOGIN");
    case Mechanism::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case Mechanism::XOAuth2:
        return QStringLiteral("XOAUTH2");
    case Mechanism::Auto:
    case Mechanism::None:
        break;
    }
    return {};
}

AuthExchange::Mechanism AuthExchange::choose(Mechanism requested, const QStringList &offered,
                                             bool havePassword, bool haveToken) {
    const auto isOffered = [&offered](Mechanism m) {
        return offered.contains(mechanismName(m), Qt::CaseInsensitive);
    };
    if (requested == Mechanism::None)
        return Mechanism::None;
    if (requested != Mechanism::Auto)
        return isOffered(requested) ? requested : Mechanism::None;
    if (haveToken && isOffered(Mechanism::XOAuth2))
        return Mechanism::XOAuth2;
    if (havePassword) {
        // CRAM-MD5 never reveals the password itself; PLAIN needs one round trip, LOGIN two.
        for (Mechanism m : {Mechanism::CramMd5, Mechanism::Plain, Mechanism::Login}) {
            if (isOffered(m))
                return m;
        }
    }
    return Mechanism::None;
}

AuthExchange::Line AuthExchange::start() const {
    switch (m_mechanism) {
    case Mechanism::Plain: {
        // Initial response (RFC 4616): authzid (empty) NUL authcid NUL password, in one round trip.
        const QByteArray blob = QByteArray(1, '\0') + m_user + QByteArray(1, '\0') + m_password;
        return secretLine("AUTH PLAIN " + blob.toBase64(), QStringLiteral("AUTH PLAIN "));
    }
    case Mechanism::XOAuth2: {
        const QByteArray blob = "user=" + m_user +
                                "\x01"
                                "auth=Bearer " +
                                m_token + "\x01\x01";
        return secretLine("AUTH XOAUTH2 " + blob.toBase64(), QStringLiteral("AUTH XOAUTH2 "));
    }
    case Mechanism::Login:
        return plainLine("AUTH LOGIN");
    case Mechanism::CramMd5:
        return plainLine("AUTH CRAM-MD5");
    case Mechanism::Auto:
    case Mechanism::None:
        break;
    }
    return {};
}

AuthExchange::Line AuthExchange::cancel(const QString &problem) {
    m_problem = problem;
    return plainLine("*");
}

bool AuthExchange::respond(const SmtpReply &challenge, Line *line) {
    ++m_challenges;
    if (m_challenges > maxChallenges) {
        *line = cancel(tr("the server sent more challenges than the method needs"));
        return false;
    }
    const QByteArray encoded = challenge.lines.value(0).trimmed().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);

    switch (m_mechanism) {
    case Mechanism::Login:
        // The prompts are "Username:" and "Password:" by convention only; their order is what counts.
        if (m_challenges == 1) {
            *line = secretLine(m_user.toBase64());
            return true;
        }
        if (m_challenges == 2) {
            *line = secretLine(m_password.toBase64());
            return true;
        }
        break;
    case Mechanism::CramMd5:
        if (m_challenges == 1) {
            if (!decoded || decoded.decoded.isEmpty()) {
                *line = cancel(tr("the CRAM-MD5 challenge is not valid base64"));
                return false;
            }
            // RFC 2195: user SP lower-case hex HMAC-MD5(password, challenge).
            const QByteArray digest =
                QMessageAuthenticationCode::hash(decoded.decoded, m_password, QCryptographicHash::Md5);
            *line = secretLine((m_user + ' ' + digest.toHex()).toBase64());
            return true;
        }
        break;
    case Mechanism::XOAuth2:
        if (m_challenges == 1) {
            // The server refused the token and explains why in base64 JSON; an empty line lets it finish
            // the exchange with its final error reply (Google's and Microsoft's documented flow).
            const QByteArray text = decoded ? decoded.decoded : encoded;
            const QJsonDocument json = QJsonDocument::fromJson(text);
            m_serverError = json.isObject() ? QString::fromUtf8(json.toJson(QJsonDocument::Compact))
                                            : QString::fromUtf8(text);
            *line = plainLine(QByteArray());
            return true;
        }
        break;
    case Mechanism::Plain:
        // The initial response was complete; a challenge means the server did not take it.
        *line = cancel(tr("the server sent a challenge although the PLAIN initial response was complete"));
        return false;
    case Mechanism::Auto:
    case Mechanism::None:
        break;
    }
    *line = cancel(tr("the server sent more challenges than the method needs"));
    return false;
}
