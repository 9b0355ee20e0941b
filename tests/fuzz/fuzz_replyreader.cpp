// ReplyReader on arbitrary bytes: whole, in random chunks and again after reset(), with the limits the input
// picks. Besides crashes and sanitizer reports it checks what the reader promises: the same replies and the
// same error however the bytes are split, nothing after an error, only well-formed replies within the limits.
//
// Input: byte 0 = options (bit 0: ENHANCEDSTATUSCODES advertised, bits 1-2: limits profile, bits 3-7: the
// largest chunk - 1), byte 1 = chunking seed, the rest = what the server sent. Shorter inputs are fed as is.
#include "fuzzsupport.h"

#include "smtp/replyreader.h"

#include <QList>

#include <cstdint>

namespace {

constexpr ReplyLimits profiles[] = {
    {},           // the defaults SmtpClient uses
    {32, 4, 128}, // small
    {8, 2, 24},   // tiny
    {4, 1, 6},    // "250" alone fits, "250 x" does not
};

struct Outcome {
    QList<SmtpReply> replies;
    ReplyError error;
    bool pending = false;
};

QString describeReply(const SmtpReply &reply) {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(reply.code)
        .arg(reply.enhancedCode, reply.lines.join(QLatin1Char('/')), reply.bareLineFeed ? "LF" : "CRLF");
}

QString describeOutcome(const Outcome &outcome) {
    QStringList parts;
    for (const SmtpReply &reply : outcome.replies)
        parts << describeReply(reply);
    parts << QStringLiteral("error %1 line %2 excerpt %3 pending %4")
                 .arg(int(outcome.error.kind))
                 .arg(outcome.error.lineNumber)
                 .arg(QString::fromLatin1(outcome.error.lineExcerpt.toHex()))
                 .arg(outcome.pending);
    return parts.join(QLatin1Char('\n'));
}

bool sameReply(const SmtpReply &a, const SmtpReply &b) {
    return a.code == b.code && a.enhancedCode == b.enhancedCode && a.lines == b.lines &&
           a.bareLineFeed == b.bareLineFeed;
}

// An over-long line fails as soon as the limit is passed, with the bytes that have arrived by then: a chunked
// stream may quote less of it than the whole one, never something else.
bool sameExcerpt(const ReplyError &a, const ReplyError &b) {
    if (a.kind != ReplyError::LineTooLong)
        return a.lineExcerpt == b.lineExcerpt;
    return a.lineExcerpt.startsWith(b.lineExcerpt) || b.lineExcerpt.startsWith(a.lineExcerpt);
}

bool sameOutcome(const Outcome &a, const Outcome &b) {
    if (a.replies.size() != b.replies.size() || a.error.kind != b.error.kind ||
        a.error.lineNumber != b.error.lineNumber || !sameExcerpt(a.error, b.error) || a.pending != b.pending)
        return false;
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        if (!sameReply(a.replies.at(i), b.replies.at(i)))
            return false;
    }
    return true;
}

void checkReply(const SmtpReply &reply, const ReplyLimits &limits, bool advertised) {
    FUZZ_CHECK(reply.isValid(), describeReply(reply));
    FUZZ_CHECK(!reply.lines.isEmpty(), describeReply(reply));
    FUZZ_CHECK(reply.lines.size() <= limits.maxLines, describeReply(reply));
    FUZZ_CHECK(reply.enhancedCode ==
                   ReplyReader::enhancedCodeAt(reply.lines.constFirst(), reply.code, advertised),
               describeReply(reply));
    // The views of a reply must not trip over odd content.
    const QString text = reply.text();
    const QStringList raw = reply.rawLines();
    FUZZ_CHECK(raw.size() == reply.lines.size(), describeReply(reply));
    FUZZ_CHECK(reply.toString() == raw.join(QLatin1Char('\n')), describeReply(reply));
    Q_UNUSED(text);
}

void drain(ReplyReader &reader, Outcome &outcome, const ReplyLimits &limits, bool advertised) {
    while (reader.hasReply()) {
        const SmtpReply reply = reader.takeReply();
        checkReply(reply, limits, advertised);
        outcome.replies << reply;
    }
    FUZZ_CHECK(reader.takeReply().code == 0, QStringLiteral("takeReply() without a reply"));
}

void finish(ReplyReader &reader, Outcome &outcome) {
    outcome.error = reader.error();
    outcome.pending = reader.hasPendingData();
    if (reader.hasError()) {
        FUZZ_CHECK(!outcome.pending, QStringLiteral("data held after an error"));
        FUZZ_CHECK(outcome.error.lineNumber >= 1, describeOutcome(outcome));
        FUZZ_CHECK(outcome.error.lineExcerpt.size() <= 120, describeOutcome(outcome));
        FUZZ_CHECK(!ReplyReader::describe(outcome.error).isEmpty(), describeOutcome(outcome));
    } else {
        FUZZ_CHECK(ReplyReader::describe(outcome.error).isEmpty(), describeOutcome(outcome));
    }
}

Outcome feedWhole(ReplyReader &reader, const QByteArray &bytes, const ReplyLimits &limits, bool advertised) {
    Outcome outcome;
    reader.feed(bytes);
    drain(reader, outcome, limits, advertised);
    finish(reader, outcome);
    return outcome;
}

Outcome feedChunks(ReplyReader &reader, const QByteArray &bytes, const ReplyLimits &limits, bool advertised,
                   int maxChunk, fuzz::Rng &rng) {
    Outcome outcome;
    ReplyError firstError;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype size = qMin<qsizetype>(1 + rng.below(maxChunk), bytes.size() - pos);
        reader.feed(bytes.mid(pos, size));
        pos += size;
        FUZZ_CHECK(reader.bufferedBytes() <= ReplyReader::maxHeldBytes(limits),
                   QString::number(reader.bufferedBytes()));
        const qsizetype before = outcome.replies.size();
        drain(reader, outcome, limits, advertised);
        if (firstError.isError()) {
            // A stream that broke framing once stays broken: no replies, the first error kept.
            FUZZ_CHECK(outcome.replies.size() == before, QStringLiteral("reply after an error"));
            FUZZ_CHECK(reader.error().kind == firstError.kind &&
                           reader.error().lineNumber == firstError.lineNumber,
                       QStringLiteral("error changed after more input"));
        } else if (reader.hasError()) {
            firstError = reader.error();
        }
    }
    finish(reader, outcome);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    quint8 options = 0;
    quint8 seed = 0;
    QByteArray bytes = input;
    if (size >= 2) {
        options = data[0];
        seed = data[1];
        bytes = input.mid(2);
    }
    const bool advertised = options & 1;
    const ReplyLimits limits = profiles[(options >> 1) & 3];
    const int maxChunk = 1 + (options >> 3);

    ReplyReader whole(limits);
    whole.setEnhancedStatusCodes(advertised);
    const Outcome expected = feedWhole(whole, bytes, limits, advertised);

    ReplyReader chunked(limits);
    chunked.setEnhancedStatusCodes(advertised);
    fuzz::Rng rng(seed);
    const Outcome got = feedChunks(chunked, bytes, limits, advertised, maxChunk, rng);
    FUZZ_CHECK(sameOutcome(expected, got), QStringLiteral("whole:\n%1\nchunked (max %2, seed %3):\n%4")
                                               .arg(describeOutcome(expected))
                                               .arg(maxChunk)
                                               .arg(seed)
                                               .arg(describeOutcome(got)));

    // reset() forgets everything but the limits and the enhanced-code flag.
    chunked.reset();
    FUZZ_CHECK(!chunked.hasError() && !chunked.hasPendingData() && !chunked.hasReply(),
               QStringLiteral("state survived reset()"));
    FUZZ_CHECK(chunked.enhancedStatusCodes() == advertised, QStringLiteral("reset() lost the flag"));
    const Outcome again = feedWhole(chunked, bytes, limits, advertised);
    FUZZ_CHECK(sameOutcome(expected, again), QStringLiteral("whole:\n%1\nafter reset():\n%2")
                                                 .arg(describeOutcome(expected), describeOutcome(again)));
    return 0;
}
