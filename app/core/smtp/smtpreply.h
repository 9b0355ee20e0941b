#pragma once

#include <QString>
#include <QStringList>

// One complete server reply: a three-digit code and one or more text lines (RFC 5321 section 4.2).
// Plain data, produced by ReplyReader and handed out by SmtpClient's signals.
struct SmtpReply {
    int code = 0;
    // RFC 3463 enhanced status code ("5.7.8") taken from the first line, or empty.
    QString enhancedCode;
    // The text of every line after "NNN-" / "NNN ", exactly as received (decoded as UTF-8).
    QStringList lines;
    // At least one line ended in a bare LF instead of CRLF: tolerated, but worth showing to an operator.
    bool bareLineFeed = false;

    bool isValid() const { return code >= 200 && code <= 599; }
    int codeClass() const { return code / 100; }
    bool isPositive() const { return codeClass() == 2; }
    bool isIntermediate() const { return codeClass() == 3; }
    bool isTransientFailure() const { return codeClass() == 4; }
    bool isPermanentFailure() const { return codeClass() == 5; }

    // The lines joined by '\n', each without a leading copy of the enhanced code.
    QString text() const;
    // The lines as they appeared on the wire ("250-first", "250 last"), without line endings.
    QStringList rawLines() const;
    // rawLines() joined by '\n'.
    QString toString() const;
};
