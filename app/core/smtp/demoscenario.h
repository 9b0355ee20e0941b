#pragma once

#include "smtpconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One training situation the demo server can play: a healthy submission server, or one that fails in a
// particular, realistic way (a wrong password, a full mailbox, greylisting, a server too slow to greet …).
// Plain data: what the server does differently (fault(), greetingDelayMs(), offersAuthWithoutTls()), a
// translated title and description, and the client settings that reproduce it.
class DemoScenario {
    Q_DECLARE_TR_FUNCTIONS(DemoScenario)

public:
    enum class Id {
        Healthy,
        AuthRequired,
        WrongPassword,
        MailboxNameInvalid,
        AppPasswordRequired,
        StartTlsRequired,
        EncryptionRequiredForMechanism,
        TemporaryAuthFailure,
        ServiceUnavailable,
        MailboxFull,
        MailboxFullPermanent,
        UnknownUser,
        RelayDenied,
        Greylisting,
        SlowServer,
    };
    // Where the scenario's refusal comes.
    enum class Stage {
        None,
        Greeting,    // instead of the 220 greeting
        AuthCommand, // at the AUTH command itself, before any credentials
        AuthResult,  // after the credentials, instead of 235
        Mail,        // MAIL FROM
        Rcpt,        // RCPT TO
        EndOfData,   // after the final dot
    };
    // When the refusal applies.
    enum class Condition {
        Always,
        WithoutTls,                   // the session is not encrypted
        WithoutAuth,                  // the client has not signed in
        ExternalRecipientWithoutAuth, // a recipient outside domain() from a client that has not signed in
    };
    struct Fault {
        Stage stage = Stage::None;
        Condition condition = Condition::Always;
        int code = 0;
        QString enhancedCode; // "5.7.8"
        // The reply text after the enhanced code, in English like real servers write it; %1 is the
        // address at MAIL FROM and RCPT TO.
        QString text;
        bool closesConnection = false; // 421: the server hangs up after the reply
    };

    explicit DemoScenario(Id id = Id::Healthy);

    static QList<DemoScenario> all();
    // By stable id ("wrong-password"), case-insensitive; nothing for an unknown one.
    static std::optional<DemoScenario> fromName(const QString &name);

    Id id() const { return m_id; }
    QString name() const;        // stable id for the command line, settings and scripts
    QString title() const;       // translated
    QString description() const; // translated, one sentence
    const Fault &fault() const { return m_fault; }
    // True only where the lesson is about AUTH over plain text: everywhere else AUTH is offered only after
    // STARTTLS, as a well-configured submission server does.
    bool offersAuthWithoutTls() const;
    // How long the server waits before greeting, before DemoServer's time scale applies.
    int greetingDelayMs() const;

    // Client settings that reproduce the scenario against a demo server on 127.0.0.1:port, trusting the
    // demo certificate (DemoTls) as an extra CA. timeScale shortens deadlines in step with the server's
    // delays so a scaled slow-server still times out.
    SmtpConfig suggestedConfig(quint16 port, double timeScale = 1.0) const;

    // The demo's mail domain, its one account and the server's name. The password appears nowhere else:
    // clients scrub every occurrence of a password from transcripts, so a password such as "demo" would
    // blank out the server's name and the user's address too.
    static QString domain() { return QStringLiteral("smtpdesk.test"); }
    static QString serverName() { return QStringLiteral("demo.smtpdesk.test"); }
    static QString userName() { return QStringLiteral("demo@smtpdesk.test"); }
    static QString password() { return QStringLiteral("demo-password"); }

private:
    static Fault faultFor(Id id);

    Id m_id;
    Fault m_fault;
};
