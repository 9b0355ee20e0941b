#pragma once

#include "smtpconfig.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The client side of one SASL exchange (RFC 4954) for PLAIN, LOGIN, CRAM-MD5 or XOAUTH2. Knows nothing
// about sockets: SmtpClient sends the lines it produces and hands it every 334 challenge. Each line comes
// with the text to log, so no secret ever reaches the transcript.
class AuthExchange {
    Q_DECLARE_TR_FUNCTIONS(AuthExchange)

public:
    using Mechanism = SmtpConfig::AuthMechanism;

    struct Line {
        QByteArray bytes; // to send, without CRLF
        QString logged;   // for the transcript
        bool redacted = false;
    };

    // Endless 334 challenges must not keep a run going: no mechanism here needs more than two.
    static constexpr int maxChallenges = 4;

    AuthExchange(Mechanism mechanism, const QString &user, const QString &password, const QString &token);

    Mechanism mechanism() const { return m_mechanism; }
    // The first line: "AUTH PLAIN <initial response>", "AUTH LOGIN", ...
    Line start() const;
    // The answer to a 334 challenge. Returns false when the exchange cannot go on properly; *line is
    // then the "*" that cancels it (RFC 4954 section 4) and problem() says why.
    bool respond(const SmtpReply &challenge, Line *line);
    QString problem() const { return m_problem; }
    // XOAUTH2 only: the server's error, decoded from the base64 JSON in its 334 challenge.
    QString serverError() const { return m_serverError; }

    // "PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"; empty for Auto and None.
    static QString mechanismName(Mechanism mechanism);
    // Auto: the strongest mechanism that is offered and fits the credentials (XOAUTH2 only with a token;
    // then CRAM-MD5, PLAIN, LOGIN with a password). A forced mechanism is returned if offered. None when
    // nothing fits.
    static Mechanism choose(Mechanism requested, const QStringList &offered, bool havePassword,
                            bool haveToken);

private:
    Line cancel(const QString &problem);

    Mechanism m_mechanism;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_token;
    int m_challenges = 0;
    QString m_problem;
    QString m_serverError;
};
