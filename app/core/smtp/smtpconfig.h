#pragma once

#include "replyreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Everything one SmtpClient run needs. Passed by value to SmtpClient::start(): no globals, no settings
// lookups, so a GUI, the CLI and the tests all drive the engine the same way.
struct SmtpConfig {
    Q_DECLARE_TR_FUNCTIONS(SmtpConfig)

public:
    enum class Security {
        None,        // plain TCP for the whole session
        StartTls,    // plain TCP, then STARTTLS before anything else; never falls back to plain
        ImplicitTls, // TLS from the first byte ("SMTPS", usually port 465)
        // STARTTLS when the server offers it, else the session goes on in plain text (the usual rule on
        // port 25). A password still never travels unencrypted without allowPlaintextAuth.
        StartTlsIfOffered,
    };
    enum class AuthMechanism {
        Auto, // strongest offered and usable: XOAUTH2 (with a token), then CRAM-MD5, PLAIN, LOGIN
        None, // never authenticate
        Plain,
        Login,
        CramMd5,
        XOAuth2,
    };
    // Where a run ends (with a clean QUIT) when it gets that far. Stops that do not apply are passed.
    enum class StopAfter {
        Nothing, // run every configured step
        Connect, // greeting and EHLO
        Tls,     // STARTTLS and the second EHLO (same as Connect without STARTTLS)
        Auth,
        Mail,
        Rcpt,
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString ehloName; // empty: the local address as an address literal ("[192.0.2.1]")

    QString user;     // UTF-8 is fine
    QString password; // secret: never logged, redacted from the transcript
    QString token;    // OAuth 2 access token for XOAUTH2; secret like the password
    AuthMechanism authMechanism = AuthMechanism::Auto;
    bool allowPlaintextAuth = false; // AUTH without TLS needs this explicit consent

    QString vrfy; // VRFY argument; empty: no VRFY
    bool help = false;
    bool noop = false;
    QString mailFrom; // empty: no mail transaction
    QStringList rcptTo;
    bool sendTestMessage = false; // DATA with a small generated, dot-stuffed message
    bool rset = false;            // RSET before QUIT
    bool usePipelining = true;    // batch MAIL FROM and RCPT TO when the server offers PIPELINING
    StopAfter stopAfter = StopAfter::Nothing;

    int stepTimeoutMs = 20000; // deadline for each step: the reply to a command, a connect, a handshake
    int runTimeoutMs = 120000; // deadline for the whole run, so a slow drip cannot keep it alive forever

    QString extraCaFile;              // PEM file with CA certificates trusted besides the system's
    QString trustedFingerprintSha256; // hex, any case, colons or spaces allowed: trust exactly this leaf

    ReplyLimits limits;

    // An empty string when the configuration can run, otherwise what is wrong (user-facing, translated).
    QString validate() const;
    bool hasCredentials() const { return !user.isEmpty() && (!password.isEmpty() || !token.isEmpty()); }
    // The fingerprint as lower-case hex without separators.
    QByteArray normalizedFingerprint() const;
};
