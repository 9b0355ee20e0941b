#include "replyreader.h"

namespace {

constexpr int excerptLength = 120;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

ReplyReader::ReplyReader(const ReplyLimits &limits)
    : m_limits(limits) {}

void ReplyReader::feed(const QByteArray &bytes) {
    qsizetype pos = 0;
    while (pos < bytes.size() && !hasError()) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        // Check before appending so an endless line never grows the buffer past the limit; the +1 leaves
        // room for the CR of a CRLF that has not been seen yet.
        if (m_partial.size() + (end - pos) > qsizetype(m_limits.maxLineLength) + 1) {
            m_partial.append(bytes.constData() + pos, qMin<qsizetype>(end - pos, excerptLength));
            ++m_lineNumber;
            fail(ReplyError::LineTooLong, m_partial);
            return;
        }
        m_partial.append(bytes.constData() + pos, end - pos);
        if (newline < 0)
            break;
        pos = newline + 1;
        QByteArray line;
        line.swap(m_partial);
        const bool bareLineFeed = !line.endsWith('\r');
        if (!bareLineFeed)
            line.chop(1);
        processLine(line, bareLineFeed);
    }
}

void ReplyReader::processLine(const QByteArray &line, bool bareLineFeed) {
    ++m_lineNumber;
    if (line.size() > m_limits.maxLineLength)
        return fail(ReplyError::LineTooLong, line);
    if (line.isEmpty())
        return fail(ReplyError::EmptyLine, line);

    int digits = 0;
    while (digits < line.size() && isDigit(line.at(digits)))
        ++digits;
    const char after = digits < line.size() ? line.at(digits) : ' ';
    const bool separated = after == ' ' || after == '-';
    if (digits == 0 || (digits < 3 && !separated))
        return fail(ReplyError::NonNumericCode, line);
    if (digits < 3)
        return fail(ReplyError::CodeTooShort, line);
    if (digits > 3)
        return fail(ReplyError::CodeTooLong, line);
    if (line.at(0) < '2' || line.at(0) > '5')
        return fail(ReplyError::CodeOutOfRange, line);
    if (!separated)
        return fail(ReplyError::InvalidSeparator, line);

    const int code = line.left(3).toInt();
    if (!m_current.lines.isEmpty() && code != m_current.code)
        return fail(ReplyError::MixedCodes, line);
    if (m_current.lines.size() >= m_limits.maxLines)
        return fail(ReplyError::TooManyLines, line);
    m_currentBytes += line.size() + (bareLineFeed ? 1 : 2);
    if (m_currentBytes > m_limits.maxReplyBytes)
        return fail(ReplyError::ReplyTooLarge, line);

    m_current.code = code;
    m_current.bareLineFeed = m_current.bareLineFeed || bareLineFeed;
    m_current.lines << QString::fromUtf8(line.mid(4));
    if (after == '-')
        return; // continuation line

    m_current.enhancedCode = enhancedCodeAt(m_current.lines.constFirst(), code, m_enhancedAdvertised);
    m_replies << m_current;
    m_current = SmtpReply();
    m_currentBytes = 0;
}

void ReplyReader::fail(ReplyError::Kind kind, const QByteArray &line) {
    m_error.kind = kind;
    m_error.lineNumber = m_lineNumber;
    m_error.lineExcerpt = line.left(excerptLength);
    // Nothing after a framing error can be trusted, and holding it would only cost memory.
    m_partial.clear();
    m_partial.squeeze();
    m_current = SmtpReply();
    m_currentBytes = 0;
}

SmtpReply ReplyReader::takeReply() {
    return m_replies.isEmpty() ? SmtpReply() : m_replies.takeFirst();
}

bool ReplyReader::hasPendingData() const {
    return !m_partial.isEmpty() || !m_current.lines.isEmpty() || !m_replies.isEmpty();
}

void ReplyReader::reset() {
    m_partial.clear();
    m_lineNumber = 0;
    m_current = SmtpReply();
    m_currentBytes = 0;
    m_replies.clear();
    m_error = ReplyError();
}

QString ReplyReader::enhancedCodeAt(const QString &text, int replyCode, bool advertised) {
    // class "." subject "." detail, with subject and detail 1-3 digits (RFC 3463 section 2).
    const auto digitRun = [&text](int from) {
        int n = 0;
        while (from + n < text.size() && n < 4 && text.at(from + n).isDigit() &&
               text.at(from + n).unicode() < 128)
            ++n;
        return n;
    };
    if (text.size() < 5)
        return {};
    const QChar cls = text.at(0);
    if (cls != QLatin1Char('2') && cls != QLatin1Char('4') && cls != QLatin1Char('5'))
        return {};
    if (text.at(1) != QLatin1Char('.'))
        return {};
    const int subject = digitRun(2);
    if (subject < 1 || subject > 3 || 2 + subject >= text.size() || text.at(2 + subject) != QLatin1Char('.'))
        return {};
    const int detailStart = 3 + subject;
    const int detail = digitRun(detailStart);
    if (detail < 1 || detail > 3)
        return {};
    const int end = detailStart + detail;
    if (end < text.size() && !text.at(end).isSpace())
        return {};
    if (!advertised && cls.unicode() - '0' != replyCode / 100)
        return {};
    return text.left(end);
}

QString ReplyReader::describe(const ReplyError &error) {
    const QString line = QString::number(error.lineNumber);
    const QString excerpt = QString::fromUtf8(error.lineExcerpt);
    switch (error.kind) {
    case ReplyError::None:
        return {};
    case ReplyError::EmptyLine:
        return tr("Line %1 of the server's answer is empty; every reply line must start with a "
                  "three-digit code.")
            .arg(line);
    case ReplyError::NonNumericCode:
        return tr("Line %1 of the server's answer does not start with a three-digit reply code: "
                  "\"%2\".")
            .arg(line, excerpt);
    case ReplyError::CodeTooShort:
        return tr("Line %1 of the server's answer has a reply code shorter than three digits: \"%2\".")
            .arg(line, excerpt);
    case ReplyError::CodeTooLong:
        return tr("Line %1 of the server's answer has a reply code longer than three digits: \"%2\".")
            .arg(line, excerpt);
    case ReplyError::CodeOutOfRange:
        return tr("Line %1 of the server's answer has a reply code outside 200-599: \"%2\".")
            .arg(line, excerpt);
    case ReplyError::InvalidSeparator:
        return tr("Line %1 of the server's answer has neither a space nor a hyphen after its code: "
                  "\"%2\".")
            .arg(line, excerpt);
    case ReplyError::MixedCodes:
        return tr("Line %1 of the server's answer changes the reply code in the middle of a "
                  "multi-line reply: \"%2\".")
            .arg(line, excerpt);
    case ReplyError::LineTooLong:
        return tr("Line %1 of the server's answer is longer than the limit; it starts with \"%2\".")
            .arg(line, excerpt);
    case ReplyError::TooManyLines:
        return tr("The server's answer has more lines than the limit (stopped at line %1).").arg(line);
    case ReplyError::ReplyTooLarge:
        return tr("The server's answer is larger than the limit (stopped at line %1).").arg(line);
    }
    return {};
}
