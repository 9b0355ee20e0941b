#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The small message SmtpClient sends after DATA. Plain ASCII text with a line that starts with a dot,
// so the dot-stuffing (RFC 5321 section 4.5.2) is exercised every time.
class TestMessage {
public:
    // Headers and body with CRLF line endings, not yet dot-stuffed.
    static QByteArray build(const QString &from, const QStringList &to, const QDateTime &date,
                            const QString &messageId);
    // Doubles a leading dot on every line and appends the terminating "." line. Input lines end in CRLF
    // (a missing final line ending is added).
    static QByteArray dotStuff(const QByteArray &message);
    // "<random@domain-of-from>"
    static QString newMessageId(const QString &from);
};
