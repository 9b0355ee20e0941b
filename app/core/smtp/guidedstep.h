#pragma once

#include "smtpreply.h"
#include "smtpstep.h"

#include <QCoreApplication>
#include <QString>

// One line of the guided test as a person sees it: what was sent, what came back, how long it took, a
// verdict and advice. The plan lists every step up front; steps that were not reached end as Skipped.
struct GuidedStep {
    Q_DECLARE_TR_FUNCTIONS(GuidedStep)

public:
    enum class Kind {
        Resolve,
        Connect,
        TlsHandshake,
        Greeting,
        Ehlo,
        StartTls,
        EhloAgain,
        Auth,
        Vrfy,
        Help,
        Mail,
        Rcpt,
        Data,
        Quit
    };
    enum class Verdict { Pending, Running, Pass, Warning, Fail, Skipped };

    Kind kind = Kind::Connect;
    Verdict verdict = Verdict::Pending;
    QString command; // as sent, secrets redacted
    SmtpReply reply; // the last reply of the step, if any
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QString explanation; // one line: what happened
    QString advice;      // what it means for the user and what to do; empty when nothing to do
    QString catalogCode; // the code to open in the catalog ("5.7.8", "535"), or empty

    QString title() const { return title(kind); }
    static QString title(Kind kind);
    static QString verdictName(Verdict verdict);  // stable, for JSON: "pass", "warning" …
    static QString verdictLabel(Verdict verdict); // translated
    static QString kindName(Kind kind);           // stable, for JSON: "resolve", "ehlo-again" …
};
