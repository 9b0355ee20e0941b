#pragma once

#include "smtpreply.h"

#include <QStringList>

// What a server said it supports in its EHLO reply (RFC 5321 section 4.1.1.1 and the extension RFCs).
// Keywords the engine does not know are kept as text so a report can still show them.
struct Capabilities {
    bool ehlo = false;    // false after a HELO fallback: no extensions at all
    QString domain;       // the server's name from the first line
    QString greetingText; // the rest of the first line
    bool size = false;
    qint64 sizeLimit = 0; // SIZE's argument; 0 when none or unlimited
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool chunking = false;
    bool dsn = false;
    bool enhancedStatusCodes = false;
    bool startTls = false;
    bool requireTls = false;
    QStringList authMechanisms; // upper case, in the server's order, without duplicates
    QStringList unknown;        // lines with keywords not listed above, as sent
    QStringList lines;          // every extension line (all but the first), as sent

    static Capabilities fromEhloReply(const SmtpReply &reply);
    // True when keyword (case-insensitive) appears, known or not.
    bool has(const QString &keyword) const;
    bool offersAuth(const QString &mechanism) const;
};
