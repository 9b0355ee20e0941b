#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Hard limits on what one reply may cost. A server (or an attacker in the path) can send anything; these
// keep memory bounded and turn abuse into a typed error instead of a hang.
struct ReplyLimits {
    int maxLineLength = 4096;  // bytes per line, without the line ending
    int maxLines = 1000;       // lines per reply
    int maxReplyBytes = 65536; // bytes per reply, line endings included
};

// What was wrong with the bytes, and where.
struct ReplyError {
    enum Kind {
        None,
        EmptyLine,        // a line with nothing on it
        NonNumericCode,   // the line does not start with digits ("hello", "25x ok")
        CodeTooShort,     // fewer than three digits ("25 ok")
        CodeTooLong,      // more than three digits ("2500 ok")
        CodeOutOfRange,   // three digits, but not 2xx-5xx ("199 ok", "600 ok")
        InvalidSeparator, // something other than ' ' or '-' after the code ("250:ok")
        MixedCodes,       // a multi-line reply changed its code ("250-a" then "550 b")
        LineTooLong,      // more than ReplyLimits::maxLineLength bytes without a line ending
        TooManyLines,     // more than ReplyLimits::maxLines lines in one reply
        ReplyTooLarge,    // more than ReplyLimits::maxReplyBytes bytes in one reply
    };

    Kind kind = None;
    int lineNumber = 0;     // 1-based, counted from the reader's start (or last reset())
    QByteArray lineExcerpt; // the offending line, cut to a readable length

    bool isError() const { return kind != None; }
};

// Turns the bytes a server sends into SmtpReply values. Lines end in CRLF; a bare LF is accepted and
// flagged on the reply. Never buffers more than one line (plus the reply being assembled) and stops for
// good at the first error: a stream that broke framing once cannot be trusted again.
class ReplyReader {
    Q_DECLARE_TR_FUNCTIONS(ReplyReader)

public:
    explicit ReplyReader(const ReplyLimits &limits = {});

    // Feeds received bytes; complete replies become available through takeReply().
    void feed(const QByteArray &bytes);
    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply();

    bool hasError() const { return m_error.isError(); }
    ReplyError error() const { return m_error; }

    // True when anything is held back: complete replies not yet taken, or part of a reply or line.
    // After the 220 reply to STARTTLS this must be false, or the server (or someone) sent ahead.
    bool hasPendingData() const;
    // Bytes held for the line and the reply being assembled; never more than maxHeldBytes(limits).
    qsizetype bufferedBytes() const { return m_partial.size() + m_currentBytes; }
    static constexpr qsizetype maxHeldBytes(const ReplyLimits &limits) {
        return qsizetype(limits.maxReplyBytes) + limits.maxLineLength + 2;
    }

    // Enhanced codes are taken from the first line when the text starts with one. Once the server has
    // advertised ENHANCEDSTATUSCODES any well-formed code is taken; before that only one whose class
    // digit matches the reply code, because free text such as a greeting may start with digits.
    void setEnhancedStatusCodes(bool advertised) { m_enhancedAdvertised = advertised; }
    bool enhancedStatusCodes() const { return m_enhancedAdvertised; }

    // Forgets buffered bytes, replies, errors and the line count; keeps limits and the enhanced-code flag.
    void reset();

    // A user-facing sentence for an error, naming the line.
    static QString describe(const ReplyError &error);
    // The RFC 3463 code at the start of text ("5.7.8"), or an empty string.
    static QString enhancedCodeAt(const QString &text, int replyCode, bool advertised);

private:
    void processLine(const QByteArray &line, bool bareLineFeed);
    void fail(ReplyError::Kind kind, const QByteArray &line);

    ReplyLimits m_limits;
    QByteArray m_partial; // the unterminated start of the next line
    int m_lineNumber = 0;
    // The reply being assembled.
    SmtpReply m_current;
    qsizetype m_currentBytes = 0;
    QList<SmtpReply> m_replies;
    ReplyError m_error;
    bool m_enhancedAdvertised = false;
};
