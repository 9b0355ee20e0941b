#pragma once

#include "smtpreply.h"
#include "smtpstep.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

// Why a run ended early. The codes are stable and specific because the guided test, the GUI and the CLI
// map them to advice and exit statuses; append new ones at the end. message() is the user-facing text.
// Neither message() nor detail ever contains a password, a token or their encodings.
class SmtpError {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(SmtpError)

public:
    enum Code {
        None,
        Cancelled,
        InvalidConfig,
        CaFileUnreadable,
        // Network
        HostNotFound,
        ConnectionRefused,
        NetworkUnreachable,
        NetworkError,
        Timeout,    // one step exceeded SmtpConfig::stepTimeoutMs
        RunTimeout, // the run exceeded SmtpConfig::runTimeoutMs
        ServerClosed,
        // Server refuses service
        ServiceUnavailable, // 421 or another 4xx where service should start
        GreetingRejected,   // 554 (or another 5xx) greeting
        // Protocol violations
        MalformedReply, // not SMTP framing: non-numeric, short, long or out-of-range code, empty line
        ReplyLineTooLong,
        ReplyTooManyLines,
        ReplyTooLarge,
        InconsistentReplyCodes,
        UnexpectedReply,     // data nobody asked for (outside STARTTLS)
        UnexpectedReplyCode, // a well-formed reply that makes no sense at this step
        EhloRejected,
        // TLS
        StartTlsNotOffered,
        StartTlsRejected,
        InjectionAfterStartTls,
        TlsHandshakeFailed,
        CertificateUntrusted,
        // Authentication
        PlaintextAuthRefused,
        AuthNotOffered,
        AuthMechanismNotOffered,
        NoCommonAuthMechanism,
        AuthFailed,             // 535
        AuthMechanismTooWeak,   // 534
        AuthEncryptionRequired, // 538
        AuthTemporaryFailure,   // 454 and other 4xx
        AuthRejected,           // other 5xx, e.g. 504 unrecognised mechanism
        AuthProtocolError,      // undecodable or endless challenges
        // Mail transaction
        EncryptionRequired,     // 530 asking for STARTTLS first
        AuthenticationRequired, // 530 asking for AUTH first
        SenderRejected,
        RecipientRejected, // every recipient was refused
        DataRejected,
        MessageRejected,
    };
    Q_ENUM(Code)

    Code code = None;
    SmtpStep step = SmtpStep::None;
    SmtpReply reply; // the reply that caused the error, when there was one
    QString detail;  // technical detail: a socket error, the offending line, TLS problems, an OAuth error
    QString host;
    quint16 port = 0;
    int timeoutMs = 0; // the limit that was exceeded, for Timeout and RunTimeout

    bool isError() const { return code != None; }
    // What happened and what to try next, in the current language.
    QString message() const;
    // The enumerator's name ("ConnectionRefused"): stable, for scripts and logs.
    static QString codeName(Code code);
};
