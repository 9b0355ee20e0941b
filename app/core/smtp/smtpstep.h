#pragma once

#include "smtpreply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The steps of a run, in the order they can happen. Ehlo appears twice in a STARTTLS run (before and
// after the handshake). Values are stable: the guided test and reports key their advice on them.
enum class SmtpStep {
    None,
    Connect,      // TCP connection
    TlsHandshake, // implicit TLS right after connecting, or after STARTTLS
    Greeting,     // the server's first reply
    Ehlo,
    Helo, // fallback when EHLO is answered 500/502
    StartTls,
    Auth,
    Vrfy,
    Help,
    Noop,
    Mail,
    Rcpt,
    Data,    // the DATA command itself (354 expected)
    Message, // the message body and its final dot
    Rset,
    Quit,
};

// What happened in one step, as the guided test shows it.
struct SmtpStepRecord {
    SmtpStep step = SmtpStep::None;
    QString command;          // as sent, secrets redacted; empty for Connect, TlsHandshake, Greeting
    QList<SmtpReply> replies; // usually one; AUTH has one per challenge
    qint64 startedMs = 0;     // offset from the start of the run
    qint64 durationMs = 0;
    bool ok = false; // the reply (or event) was the expected one
};

// User-facing step names.
class SmtpStepText {
    Q_DECLARE_TR_FUNCTIONS(SmtpStepText)

public:
    static QString name(SmtpStep step);
};
