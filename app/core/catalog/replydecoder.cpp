#include "replydecoder.h"

#include "replyhints.h"

#include <QRegularExpression>
#include <QSet>

#include <array>

namespace {

constexpr int MaxTextLength = 2000;       // reply text kept per finding
constexpr int MaxContextLineLength = 300; // of each line kept as context
constexpr int MaxContextLines = 3;        // lines just before a reply that may name its stage or recipient
constexpr int MaxRawFindings = 1000;      // replies seen before duplicates are merged
constexpr int MaxPrefixLookBack = 64;     // characters of the word before "said:", "Error:" …
constexpr int MaxContinuationLines = 40;  // lines one reply may take

// ---------------------------------------------------------------------------------------------------------
// Characters and words around a code.

bool isDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Quoting and transcript markers before a reply line: "> ", "<<< ", "<** " (swaks), "| ".
bool isMarker(QChar c) {
    return isSpace(c) || c == QLatin1Char('>') || c == QLatin1Char('<') || c == QLatin1Char('~') ||
           c == QLatin1Char('*') || c == QLatin1Char('|') || c == QLatin1Char('-');
}

QChar closerFor(QChar opener) {
    switch (opener.unicode()) {
    case '(':
        return QLatin1Char(')');
    case '[':
        return QLatin1Char(']');
    case '{':
        return QLatin1Char('}');
    case '"':
    case '\'':
    case '`':
        return opener;
    case 0x2018:
        return QChar(0x2019);
    case 0x201C:
        return QChar(0x201D);
    case 0x00AB:
        return QChar(0x00BB);
    }
    return {};
}

bool isOpener(QChar c) {
    return !closerFor(c).isNull();
}

bool isCloser(QChar c) {
    switch (c.unicode()) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case '`':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
        return true;
    }
    return false;
}

bool isBracket(QChar closer) {
    return closer == QLatin1Char(')') || closer == QLatin1Char(']') || closer == QLatin1Char('}');
}

QChar bracketOpener(QChar closer) {
    if (closer == QLatin1Char(')'))
        return QLatin1Char('(');
    if (closer == QLatin1Char(']'))
        return QLatin1Char('[');
    return QLatin1Char('{');
}

// A quote closes the reply only where a quoted string ends: "recipient's" must not end it.
bool quoteEndsHere(QStringView line, qsizetype i) {
    if (i + 1 >= line.size())
        return true;
    switch (line.at(i + 1).unicode()) {
    case ')':
    case ',':
    case '}':
    case ']':
    case ';':
    case '.':
    case ':':
        return true;
    }
    return false;
}

// What may stand right before a code: a space, an opening bracket or quote, the end of a prefix, or the end
// of a tag ("<p>550 5.1.1 …" in an HTML bounce).
bool boundaryBefore(QChar c) {
    return isSpace(c) || isOpener(c) || c == QLatin1Char(';') || c == QLatin1Char(':') ||
           c == QLatin1Char('>');
}

qsizetype skipSpaces(QStringView line, qsizetype i) {
    while (i < line.size() && isSpace(line.at(i)))
        ++i;
    return i;
}

bool isPrefixWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('$');
}

// Words that introduce a server's reply: "said:", "smtp;", "Error:", "Server replied:" …, in the three
// languages of the app where mail programs translate them.
bool isReplyPrefix(const QString &word) {
    static const QSet<QString> prefixes{QStringLiteral("smtp"),      QStringLiteral("esmtp"),
                                        QStringLiteral("lmtp"),      QStringLiteral("x-postfix"),
                                        QStringLiteral("said"),      QStringLiteral("says"),
                                        QStringLiteral("replied"),   QStringLiteral("reply"),
                                        QStringLiteral("response"),  QStringLiteral("responded"),
                                        QStringLiteral("error"),     QStringLiteral("reason"),
                                        QStringLiteral("message"),   QStringLiteral("msg"),
                                        QStringLiteral("status"),    QStringLiteral("diagnostic-code"),
                                        QStringLiteral("was"),       QStringLiteral("me"),
                                        QStringLiteral("client"),    QStringLiteral("server"),
                                        QStringLiteral("failed"),    QStringLiteral("rejected"),
                                        QStringLiteral("code"),      QStringLiteral("info"),
                                        QStringLiteral("details"),   QStringLiteral("detail"),
                                        QStringLiteral("returned"),  QStringLiteral("s"),
                                        QStringLiteral("respondió"), QStringLiteral("respuesta"),
                                        QStringLiteral("motivo"),    QStringLiteral("lỗi"),
                                        QStringLiteral("hồi"),       QStringLiteral("nhân")};
    if (prefixes.contains(word))
        return true;
    // Exception and error class names of mail libraries: "AuthenticationFailedException:", "SMTPDataError:"
    for (const char *suffix : {"exception", "error", "refused", "failure"}) {
        if (word.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

bool afterPrefix(QStringView line, qsizetype i) {
    qsizetype k = i;
    while (k > 0 && i - k < 4 && isSpace(line.at(k - 1)))
        --k;
    if (k == 0 || (line.at(k - 1) != QLatin1Char(':') && line.at(k - 1) != QLatin1Char(';')))
        return false;
    const qsizetype wordEnd = --k;
    while (k > 0 && wordEnd - k < MaxPrefixLookBack && isPrefixWordChar(line.at(k - 1)))
        --k;
    if (k == wordEnd)
        return false;
    return isReplyPrefix(line.mid(k, wordEnd - k).toString().toLower());
}

// "250 bytes", "500 MB", "300 seconds": a quantity, not a reply.
bool followedByUnit(QStringView line, qsizetype k) {
    static const QSet<QString> units{
        QStringLiteral("b"),       QStringLiteral("byte"),     QStringLiteral("bytes"),
        QStringLiteral("k"),       QStringLiteral("kb"),       QStringLiteral("kib"),
        QStringLiteral("mb"),      QStringLiteral("mib"),      QStringLiteral("gb"),
        QStringLiteral("ms"),      QStringLiteral("s"),        QStringLiteral("sec"),
        QStringLiteral("secs"),    QStringLiteral("seconds"),  QStringLiteral("min"),
        QStringLiteral("mins"),    QStringLiteral("minutes"),  QStringLiteral("hours"),
        QStringLiteral("days"),    QStringLiteral("messages"), QStringLiteral("msgs"),
        QStringLiteral("mails"),   QStringLiteral("emails"),   QStringLiteral("recipients"),
        QStringLiteral("users"),   QStringLiteral("items"),    QStringLiteral("times"),
        QStringLiteral("percent"), QStringLiteral("eur"),      QStringLiteral("usd")};
    qsizetype e = k;
    while (e < line.size() && e - k < 12 && line.at(e).isLetter())
        ++e;
    if (e == k || (e < line.size() && line.at(e).isLetter()))
        return false;
    return units.contains(line.mid(k, e - k).toString().toLower());
}

// class.subject.detail with class 2/4/5, subject 0–7 and one to three detail digits, standing alone.
bool parseEnhanced(QStringView line, qsizetype k, qsizetype *end) {
    const qsizetype n = line.size();
    if (k + 5 > n)
        return false;
    const QChar c = line.at(k);
    if (c != QLatin1Char('2') && c != QLatin1Char('4') && c != QLatin1Char('5'))
        return false;
    if (line.at(k + 1) != QLatin1Char('.') || !isDigit(line.at(k + 2)) || line.at(k + 2).unicode() > '7' ||
        line.at(k + 3) != QLatin1Char('.'))
        return false;
    qsizetype e = k + 4;
    while (e < n && e - (k + 4) < 4 && isDigit(line.at(e)))
        ++e;
    const qsizetype digits = e - (k + 4);
    if (digits < 1 || digits > 3)
        return false;
    if (e < n) {
        const QChar after = line.at(e);
        if (after.isLetterOrNumber() || after == QLatin1Char('_'))
            return false;
        // 5.1.1.4 is an address or a version number.
        if ((after == QLatin1Char('.') || after == QLatin1Char('-')) && e + 1 < n && isDigit(line.at(e + 1)))
            return false;
    }
    *end = e;
    return true;
}

bool enhancedEndsCleanly(QStringView line, qsizetype e) {
    if (e >= line.size())
        return true;
    const QChar c = line.at(e);
    return isSpace(c) || isCloser(c) || c == QLatin1Char(';') || c == QLatin1Char(',') ||
           c == QLatin1Char(':') || c == QLatin1Char('.');
}

// Three digits shaped like a reply code (RFC 5321: first digit 2–5, second 0–5), not part of a longer number.
bool isBasicAt(QStringView line, qsizetype i) {
    if (i + 3 > line.size())
        return false;
    const QChar a = line.at(i), b = line.at(i + 1), c = line.at(i + 2);
    if (a.unicode() < '2' || a.unicode() > '5' || b.unicode() < '0' || b.unicode() > '5' || !isDigit(c))
        return false;
    return i + 3 == line.size() || !isDigit(line.at(i + 3));
}

// ---------------------------------------------------------------------------------------------------------
// Scanning state.

struct Candidate {
    qsizetype start = 0;
    qsizetype textStart = 0;
    QString basic;
    QString enhanced;
    QChar closer; // the quote or bracket opened before the reply, which ends its text
    bool lineStart = false;
    bool continuation = false;
};

struct RawFinding {
    QString basic;
    QString enhanced;
    QString text;
    QStringList context; // lines just before, without replies of their own
    QString head;        // the line before the code: "… said:", "SMTP Error:"
    QStringList recipients;
    QString remoteHost;
    QString action;
    QChar closer; // still waiting for it on following lines
    int line = 0;
    int lastLine = 0;
    int lines = 1;
    int block = -1;
    bool midLine = false;
    bool fromStatusField = false;
    bool dropped = false;
};

struct DsnBlock {
    QString finalRecipient;
    QString originalRecipient;
    QString action;
    QString remoteMta;
    int firstRaw = 0;
};

enum class DsnField {
    None,
    FinalRecipient,
    OriginalRecipient,
    Action,
    Status,
    RemoteMta,
    DiagnosticCode,
    Other
};

struct ScanState {
    const Catalog *catalog = nullptr;
    std::array<signed char, 1000> knownBasic{}; // 0 not asked yet, 1 known, -1 unknown
    QList<RawFinding> raws;
    QStringList context;
    int open = -1; // the reply the next line may continue
    QList<DsnBlock> blocks;
    bool blockActive = false;
};

bool isKnownBasic(ScanState &state, const QString &code) {
    const int number = code.toInt();
    signed char &known = state.knownBasic[static_cast<size_t>(number)];
    if (known == 0) {
        const Catalog::Lookup lookup = state.catalog->lookup(code);
        known = lookup.status == Catalog::Lookup::Status::Found ? 1 : -1;
    }
    return known == 1;
}

bool parseCandidate(ScanState &state, QStringView line, qsizetype i, qsizetype bodyStart, Candidate *out) {
    const qsizetype n = line.size();
    Candidate c;
    c.start = i;
    c.lineStart = i == bodyStart;
    const QChar opener = i > 0 && isOpener(line.at(i - 1)) ? line.at(i - 1) : QChar();
    const bool placed = c.lineStart || !opener.isNull() || afterPrefix(line, i);
    if (!opener.isNull())
        c.closer = closerFor(opener);

    qsizetype e = 0;
    if (i + 1 < n && line.at(i + 1) == QLatin1Char('.')) {
        // An enhanced code alone ("Status: 5.1.1", ".NET: The server response was: 5.7.57 …").
        if (!placed || !parseEnhanced(line, i, &e) || !enhancedEndsCleanly(line, e))
            return false;
        c.enhanced = Catalog::normalise(line.mid(i, e - i).toString());
        c.textStart = skipSpaces(line, e);
        *out = c;
        return true;
    }
    if (!isBasicAt(line, i))
        return false;
    c.basic = line.mid(i, 3).toString();

    qsizetype k = i + 3;
    bool colon = false;
    bool dash = false;
    bool python = false;
    if (k < n) {
        const QChar sep = line.at(k);
        if (sep == QLatin1Char('-')) {
            dash = true;
            ++k;
        } else if (isSpace(sep)) {
            k = skipSpaces(line, k);
        } else if (sep == QLatin1Char(':') && k + 1 < n && isSpace(line.at(k + 1))) {
            colon = true; // MailKit: "535: 5.7.139 …"
            k = skipSpaces(line, k + 1);
        } else if (sep == QLatin1Char(',') && opener == QLatin1Char('(')) {
            // Python's smtplib: (535, b'5.7.8 …')
            k = skipSpaces(line, k + 1);
            if (k < n && (line.at(k) == QLatin1Char('b') || line.at(k) == QLatin1Char('u')))
                ++k;
            if (k >= n || (line.at(k) != QLatin1Char('\'') && line.at(k) != QLatin1Char('"')))
                return false;
            c.closer = line.at(k);
            python = true;
            ++k;
        } else if (sep == QLatin1Char('.')) {
            if (k + 1 < n && isDigit(line.at(k + 1)))
                return false; // "250.00" is an amount
            ++k;
        } else if (!isCloser(sep)) {
            return false;
        }
    }
    if (k < n && parseEnhanced(line, k, &e) && enhancedEndsCleanly(line, e)) {
        c.enhanced = Catalog::normalise(line.mid(k, e - k).toString());
        c.textStart = skipSpaces(line, e);
        *out = c;
        return true;
    }
    // Without an enhanced code the number needs a reply position and must be a code SMTP defines.
    if (colon || (dash && k < n && isDigit(line.at(k))))
        return false;
    if (!placed && !python)
        return false;
    if (!isKnownBasic(state, c.basic) || followedByUnit(line, k))
        return false;
    c.textStart = k;
    *out = c;
    return true;
}

bool continues(const RawFinding &open, const Candidate &c) {
    return (c.basic == open.basic || c.basic.isEmpty()) && c.enhanced == open.enhanced;
}

void appendText(RawFinding &raw, QStringView text) {
    if (raw.text.size() >= MaxTextLength)
        return;
    if (!raw.text.isEmpty())
        raw.text += QLatin1Char(' ');
    raw.text += text.left(MaxTextLength - raw.text.size());
}

DsnField dsnField(QStringView body) {
    static const struct {
        const char *name;
        DsnField field;
    } fields[] = {{"Final-Recipient:", DsnField::FinalRecipient},
                  {"Original-Recipient:", DsnField::OriginalRecipient},
                  {"Action:", DsnField::Action},
                  {"Status:", DsnField::Status},
                  {"Remote-MTA:", DsnField::RemoteMta},
                  {"Diagnostic-Code:", DsnField::DiagnosticCode},
                  {"Reporting-MTA:", DsnField::Other},
                  {"Last-Attempt-Date:", DsnField::Other},
                  {"Arrival-Date:", DsnField::Other},
                  {"Will-Retry-Until:", DsnField::Other},
                  {"X-Postfix-", DsnField::Other}};
    for (const auto &entry : fields) {
        if (body.startsWith(QLatin1String(entry.name), Qt::CaseInsensitive))
            return entry.field;
    }
    return DsnField::None;
}

QString fieldValue(QStringView body) {
    const qsizetype colon = body.indexOf(QLatin1Char(':'));
    QStringView value = body.mid(colon + 1).trimmed();
    // "rfc822; bob@example.net", "dns; mx.example.net": the type before ';' is not needed.
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (semicolon >= 0)
        value = value.mid(semicolon + 1).trimmed();
    return value.left(256).toString();
}

QString firstToken(const QString &value) {
    QString token = value.section(QLatin1Char(' '), 0, 0);
    while (token.endsWith(QLatin1Char('.')))
        token.chop(1);
    return token;
}

QString bareAddress(QString address) {
    address = address.trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address;
}

int classOf(const RawFinding &raw) {
    const QString &code = raw.basic.isEmpty() ? raw.enhanced : raw.basic;
    return code.isEmpty() ? 0 : code.at(0).digitValue();
}

void closeBlock(ScanState &state) {
    if (!state.blockActive)
        return;
    state.blockActive = false;
    const int id = int(state.blocks.size()) - 1;
    const DsnBlock &block = state.blocks.last();
    const QString recipient = block.finalRecipient.isEmpty() ? block.originalRecipient : block.finalRecipient;
    for (int r = block.firstRaw; r < state.raws.size(); ++r) {
        RawFinding &raw = state.raws[r];
        if (raw.block != id)
            continue;
        if (!recipient.isEmpty() && !raw.recipients.contains(recipient))
            raw.recipients.prepend(recipient);
        if (raw.action.isEmpty())
            raw.action = block.action;
        if (raw.remoteHost.isEmpty())
            raw.remoteHost = block.remoteMta;
    }
    // "Status:" repeats what "Diagnostic-Code:" says; a general status (5.0.0) adds nothing to it, and a
    // diagnostic without an enhanced code takes the status as its own.
    for (int s = block.firstRaw; s < state.raws.size(); ++s) {
        RawFinding &status = state.raws[s];
        if (status.block != id || !status.fromStatusField || status.dropped)
            continue;
        const bool general = status.enhanced.mid(1) == QLatin1String(".0.0");
        for (int r = block.firstRaw; r < state.raws.size(); ++r) {
            RawFinding &other = state.raws[r];
            if (r == s || other.block != id || other.fromStatusField || other.dropped ||
                classOf(other) != classOf(status))
                continue;
            if (other.enhanced.isEmpty()) {
                other.enhanced = status.enhanced;
                status.dropped = true;
            } else if (general) {
                status.dropped = true;
            }
            break;
        }
    }
}

void handleDsnField(ScanState &state, DsnField field, QStringView body) {
    if (field == DsnField::None || field == DsnField::Other)
        return;
    const bool recipientField = field == DsnField::FinalRecipient || field == DsnField::OriginalRecipient;
    if (recipientField && state.blockActive) {
        // A second recipient without a blank line in between still starts its own block.
        const DsnBlock &block = state.blocks.last();
        if ((field == DsnField::FinalRecipient && !block.finalRecipient.isEmpty()) ||
            (field == DsnField::OriginalRecipient && !block.originalRecipient.isEmpty()))
            closeBlock(state);
    }
    if (!state.blockActive) {
        state.blocks.append(DsnBlock{});
        state.blocks.last().firstRaw = int(state.raws.size());
        state.blockActive = true;
    }
    DsnBlock &block = state.blocks.last();
    switch (field) {
    case DsnField::FinalRecipient:
        block.finalRecipient = bareAddress(fieldValue(body));
        break;
    case DsnField::OriginalRecipient:
        block.originalRecipient = bareAddress(fieldValue(body));
        break;
    case DsnField::Action:
        block.action = firstToken(fieldValue(body)).toLower();
        break;
    case DsnField::RemoteMta:
        block.remoteMta = firstToken(fieldValue(body));
        break;
    default:
        break;
    }
}

void endParagraph(ScanState &state) {
    state.open = -1;
    state.context.clear();
    closeBlock(state);
}

void emitCandidate(ScanState &state, QStringView line, const Candidate &c, qsizetype textEnd, bool closed,
                   int lineNo, qsizetype headStart, DsnField field) {
    const QStringView text = line.mid(c.textStart, qMax<qsizetype>(0, textEnd - c.textStart));
    if (state.open >= 0) {
        RawFinding &open = state.raws[state.open];
        // A continuation line, or the same reply pasted twice onto one line ("… go to 535 5.7.8 https://…").
        const bool sameLine = open.lastLine == lineNo && continues(open, c);
        if ((c.continuation || sameLine) && open.lines < MaxContinuationLines) {
            appendText(open, text);
            open.lastLine = lineNo;
            open.lines += sameLine ? 0 : 1;
            open.closer = closed ? QChar() : c.closer;
            return;
        }
    }
    if (state.raws.size() >= MaxRawFindings) {
        state.open = -1;
        return;
    }
    RawFinding raw;
    raw.basic = c.basic;
    raw.enhanced = c.enhanced;
    raw.text = text.left(MaxTextLength).toString();
    raw.context = state.context;
    raw.head = line.mid(headStart, c.start - headStart).right(MaxContextLineLength).toString();
    raw.closer = closed ? QChar() : c.closer;
    raw.line = raw.lastLine = lineNo;
    raw.midLine = !c.lineStart;
    raw.fromStatusField = field == DsnField::Status;
    raw.block = state.blockActive ? int(state.blocks.size()) - 1 : -1;
    state.raws.append(raw);
    state.open = int(state.raws.size()) - 1;
}

// A line with no code of its own may still carry on the reply above it: a folded header or a wrapped
// Postfix line (indented), or the rest of a quoted string that is not closed yet.
bool continueOpenReply(ScanState &state, QStringView line, qsizetype bodyStart, int lineNo, DsnField field) {
    if (state.open < 0 || field != DsnField::None)
        return false;
    RawFinding &open = state.raws[state.open];
    if (open.lastLine != lineNo - 1 || open.lines >= MaxContinuationLines)
        return false;
    const bool indented = isSpace(line.at(0));
    if (open.closer.isNull() && !(indented && open.midLine))
        return false;
    qsizetype end = line.size();
    if (!open.closer.isNull()) {
        int depth = 0;
        for (qsizetype i = bodyStart; i < line.size(); ++i) {
            const QChar ch = line.at(i);
            if (isBracket(open.closer) && ch == bracketOpener(open.closer)) {
                ++depth;
            } else if (ch == open.closer && (isBracket(ch) ? depth-- == 0 : quoteEndsHere(line, i))) {
                end = i;
                open.closer = QChar();
                break;
            }
        }
    }
    // Only spaces and quoting go; "<bob@example.net>: …" keeps its bracket.
    qsizetype start = 0;
    while (start < end && (isSpace(line.at(start)) || line.at(start) == QLatin1Char('>')))
        ++start;
    appendText(open, line.mid(start, end - start));
    open.lastLine = lineNo;
    ++open.lines;
    return true;
}

// Where the text of a reply ends when another reply follows on the same line: before the words that
// introduce the next one ("… send mail. Error: 535 …" ends after "mail.").
qsizetype introEnd(QStringView line, qsizetype textStart, qsizetype next) {
    qsizetype cut = next;
    while (cut > textStart && isSpace(line.at(cut - 1)))
        --cut;
    if (cut == textStart || (line.at(cut - 1) != QLatin1Char(':') && line.at(cut - 1) != QLatin1Char(';')))
        return next;
    const qsizetype wordEnd = cut - 1;
    qsizetype k = wordEnd;
    while (k > textStart && wordEnd - k < MaxPrefixLookBack && isPrefixWordChar(line.at(k - 1)))
        --k;
    if (k == wordEnd || !isReplyPrefix(line.mid(k, wordEnd - k).toString().toLower()))
        return next;
    return k;
}

void scanLine(ScanState &state, QStringView line, int lineNo) {
    const qsizetype n = line.size();
    qsizetype bodyStart = 0;
    while (bodyStart < n && isMarker(line.at(bodyStart)))
        ++bodyStart;
    if (bodyStart == n) {
        endParagraph(state);
        return;
    }
    const DsnField field = dsnField(line.mid(bodyStart));
    handleDsnField(state, field, line.mid(bodyStart));

    bool found = false;
    bool pending = false;
    Candidate current;
    int depth = 0;
    qsizetype headStart = 0;
    qsizetype i = bodyStart;
    while (i < n) {
        const QChar ch = line.at(i);
        if (pending && !current.closer.isNull()) {
            if (isBracket(current.closer) && ch == bracketOpener(current.closer)) {
                ++depth;
            } else if (ch == current.closer && (isBracket(ch) ? depth-- == 0 : quoteEndsHere(line, i))) {
                emitCandidate(state, line, current, i, true, lineNo, headStart, field);
                pending = false;
                headStart = ++i;
                continue;
            }
        }
        if (ch.unicode() >= '2' && ch.unicode() <= '5' &&
            (i == bodyStart || boundaryBefore(line.at(i - 1)))) {
            Candidate next;
            if (parseCandidate(state, line, i, bodyStart, &next)) {
                if (pending) {
                    const qsizetype cut = introEnd(line, current.textStart, i);
                    emitCandidate(state, line, current, cut, false, lineNo, headStart, field);
                    headStart = cut;
                }
                if (next.lineStart && state.open >= 0) {
                    const RawFinding &open = state.raws.at(state.open);
                    next.continuation = open.lastLine == lineNo - 1 && continues(open, next);
                    if (next.continuation && next.closer.isNull())
                        next.closer = open.closer; // still inside Python's b'…'
                }
                current = next;
                pending = true;
                found = true;
                depth = 0;
                i = qMax(i + 1, next.textStart);
                continue;
            }
        }
        ++i;
    }
    if (pending)
        emitCandidate(state, line, current, n, false, lineNo, headStart, field);

    if (found) {
        state.context.clear(); // lines above belong to this reply, not to the next one
        return;
    }
    if (continueOpenReply(state, line, bodyStart, lineNo, field))
        return;
    state.open = -1;
    state.context.append(line.trimmed().left(MaxContextLineLength).toString());
    if (state.context.size() > MaxContextLines)
        state.context.removeFirst();
}

// Text as pasted from logs and exception messages: Python and Java print line breaks as "\n".
QString prepare(QStringView input) {
    QString out;
    out.reserve(input.size());
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = input.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n) {
            const QChar next = input.at(i + 1);
            if (next == QLatin1Char('n')) {
                out += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (next == QLatin1Char('r') && i + 3 < n && input.at(i + 2) == QLatin1Char('\\') &&
                input.at(i + 3) == QLatin1Char('n')) {
                ++i; // the "\n" that follows makes the break
                continue;
            }
        }
        if (c == QLatin1Char('\r')) {
            if (i + 1 < n && input.at(i + 1) == QLatin1Char('\n'))
                continue;
            out += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
            continue;
        }
        // Control characters and binary junk must not glue numbers together or split them.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::Nbsp || c == QChar::ReplacementCharacter)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// What the words around a reply tell.

const QRegularExpression &stagePhrase() {
    static const QRegularExpression re(
        QStringLiteral("\\b(?:after|in reply to|during|while sending|in response to)\\s+(?:pipelined\\s+)?"
                       "(end of data|MAIL FROM|RCPT TO|DATA|BDAT|AUTH|EHLO|HELO|LHLO|STARTTLS|QUIT|RSET|VRFY|"
                       "initial connection|greeting|banner)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &stageForCommand() {
    static const QRegularExpression re(
        QStringLiteral("\\bfor\\s+(MAIL FROM|RCPT TO|DATA|BDAT|AUTH|EHLO|HELO|STARTTLS)\\s+command\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &stageFailedCommand() {
    static const QRegularExpression re(QStringLiteral("\\b(?:Password|Username|AUTH) command failed"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &stageConnect() {
    static const QRegularExpression re(QStringLiteral("refused to talk to me"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Transcripts: ">>> RCPT To:<…>" (sendmail), " -> AUTH PLAIN …" (swaks), "C: DATA", "CLIENT -> SERVER: AUTH".
const QRegularExpression &transcriptCommand() {
    static const QRegularExpression re(
        QStringLiteral(
            "(?:^|\\s)(?:>>>|->|~>|C:)\\s*(?:SERVER:\\s*)?"
            "(MAIL FROM|RCPT TO|DATA|BDAT|AUTH|EHLO|HELO|LHLO|STARTTLS|QUIT|RSET|VRFY|\\.)(?=\\s|:|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &inReplyToNote() {
    static const QRegularExpression re(QStringLiteral("\\s*\\(in reply to [^()]{1,40} command\\)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString stageName(const QString &captured) {
    const QString words = captured.simplified().toUpper();
    if (words == QLatin1String("END OF DATA") || words == QLatin1String("."))
        return QStringLiteral("DATA_END");
    if (words == QLatin1String("MAIL FROM"))
        return QStringLiteral("MAIL");
    if (words == QLatin1String("RCPT TO"))
        return QStringLiteral("RCPT");
    if (words == QLatin1String("LHLO"))
        return QStringLiteral("EHLO");
    if (words == QLatin1String("INITIAL CONNECTION") || words == QLatin1String("GREETING") ||
        words == QLatin1String("BANNER"))
        return QStringLiteral("CONNECT");
    return words;
}

QString detectStage(const RawFinding &raw) {
    // Nearest words first: the reply and its own line, then the lines above it.
    const QString near = raw.head + QLatin1Char('\n') + raw.text;
    const QString above = raw.context.join(QLatin1Char('\n'));
    for (const QString *text : {&near, &above}) {
        QRegularExpressionMatch match = stagePhrase().match(*text);
        if (!match.hasMatch())
            match = stageForCommand().match(*text);
        if (match.hasMatch())
            return stageName(match.captured(1));
        if (stageFailedCommand().match(*text).hasMatch())
            return QStringLiteral("AUTH");
        if (stageConnect().match(*text).hasMatch())
            return QStringLiteral("CONNECT");
    }
    for (qsizetype i = raw.context.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch match = transcriptCommand().match(raw.context.at(i));
        if (match.hasMatch())
            return stageName(match.captured(1));
    }
    return {};
}

bool plausibleAddress(const QString &address) {
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && address.size() < 255 && address.indexOf(QLatin1Char('.'), at) > at + 1;
}

void addRecipient(QStringList &recipients, const QString &address) {
    if (plausibleAddress(address) && !recipients.contains(address, Qt::CaseInsensitive))
        recipients.append(address);
}

QStringList detectRecipients(const RawFinding &raw, const QString &stage) {
    static const QRegularExpression postfixHead(QStringLiteral("^[\\s>]*<([^<>\\s@]+@[^<>\\s@]+)>:"));
    static const QRegularExpression pythonKey(
        QStringLiteral("['\"]([^'\"\\s@]+@[^'\"\\s@]+)['\"]\\s*:\\s*\\(\\s*$"));
    static const QRegularExpression rcptTo(QStringLiteral("RCPT TO:\\s*<([^<>\\s@]+@[^<>\\s@]+)>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression addressLine(
        QStringLiteral("^<?([^<>\\s@'\"]+@[^<>\\s@'\"]+?)>?(?:<mailto:[^<>\\s]*>)?$"));
    static const QRegularExpression textStart(QStringLiteral("^<?([^<>\\s@]+@[^<>\\s@]+?)(?:>|\\.\\.\\.)"));

    QStringList recipients = raw.recipients;
    const QRegularExpressionMatch head = postfixHead.match(raw.head);
    if (head.hasMatch())
        addRecipient(recipients, head.captured(1));
    const QRegularExpressionMatch key = pythonKey.match(raw.head);
    if (key.hasMatch())
        addRecipient(recipients, key.captured(1));
    for (const QString &line : raw.context + QStringList{raw.head}) {
        const QRegularExpressionMatch rcpt = rcptTo.match(line);
        if (rcpt.hasMatch())
            addRecipient(recipients, rcpt.captured(1));
        const QRegularExpressionMatch alone = addressLine.match(line.trimmed());
        if (alone.hasMatch())
            addRecipient(recipients, alone.captured(1));
    }
    // "550 5.1.1 <bob@example.net>: Recipient address rejected", "… <bob@example.net>... User unknown"
    const QRegularExpressionMatch start = textStart.match(raw.text);
    if (start.hasMatch() && !raw.text.contains(QLatin1String("sender"), Qt::CaseInsensitive)) {
        const QStringList parts = raw.enhanced.split(QLatin1Char('.'));
        const bool addressing = parts.size() == 3 && parts.at(1) == QLatin1String("1") &&
                                parts.at(2) != QLatin1String("7") && parts.at(2) != QLatin1String("8");
        if (addressing || stage == QLatin1String("RCPT") ||
            raw.text.contains(QLatin1String("recipient"), Qt::CaseInsensitive))
            addRecipient(recipients, start.captured(1));
    }
    return recipients;
}

QString detectRemoteHost(const RawFinding &raw) {
    static const QRegularExpression host(
        QStringLiteral("\\bhost:?\\s+([A-Za-z0-9][A-Za-z0-9.-]{0,200}\\.[A-Za-z]{2,24})\\.?\\s*[\\[(]"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = host.match(raw.head);
    for (qsizetype i = raw.context.size() - 1; !match.hasMatch() && i >= 0; --i)
        match = host.match(raw.context.at(i));
    return match.hasMatch() ? match.captured(1) : QString();
}

// Balanced text without the wrapping the reply came in.
QString cleanText(QString text) {
    text = text.simplified();
    text.remove(inReplyToNote());
    text = text.trimmed();
    const auto unbalanced = [&text](QChar open, QChar close) {
        return text.endsWith(close) && text.count(close) > text.count(open);
    };
    for (int guard = 0; guard < 8; ++guard) {
        if (unbalanced(QLatin1Char('('), QLatin1Char(')')) ||
            unbalanced(QLatin1Char('['), QLatin1Char(']')) ||
            unbalanced(QLatin1Char('{'), QLatin1Char('}'))) {
            text.chop(1);
        } else if ((text.endsWith(QLatin1Char('\'')) && text.count(QLatin1Char('\'')) % 2 == 1) ||
                   (text.endsWith(QLatin1Char('"')) && text.count(QLatin1Char('"')) % 2 == 1)) {
            text.chop(1);
        } else {
            break;
        }
        text = text.trimmed();
    }
    return text;
}

bool compatible(const ReplyDecoder::Finding &a, const RawFinding &b) {
    if (!a.enhancedCode.isEmpty() && a.enhancedCode == b.enhanced)
        return a.basicCode.isEmpty() || b.basic.isEmpty() || a.basicCode == b.basic;
    if (!a.basicCode.isEmpty() && a.basicCode == b.basic)
        return a.enhancedCode.isEmpty() || b.enhanced.isEmpty();
    return false;
}

} // namespace

QString ReplyDecoder::Finding::codes() const {
    if (basicCode.isEmpty() || enhancedCode.isEmpty())
        return basicCode + enhancedCode;
    return basicCode + QLatin1Char(' ') + enhancedCode;
}

ReplyDecoder::ReplyDecoder(const Catalog &catalog, qsizetype scanLimit)
    : m_catalog(&catalog)
    , m_scanLimit(qMax<qsizetype>(1, scanLimit)) {}

ReplyDecoder::Result ReplyDecoder::decode(const QString &input) const {
    Result result;
    result.inputLength = input.size();
    result.truncated = input.size() > m_scanLimit;
    result.scannedLength = qMin(input.size(), m_scanLimit);
    const QString text = prepare(QStringView(input).left(m_scanLimit));

    ScanState state;
    state.catalog = m_catalog;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        scanLine(state, QStringView(text).mid(pos, end - pos), ++lineNo);
        pos = end + 1;
    }
    endParagraph(state);

    for (RawFinding &raw : state.raws) {
        if (raw.dropped)
            continue;
        const QString stage = detectStage(raw);
        raw.recipients = detectRecipients(raw, stage);
        if (raw.remoteHost.isEmpty())
            raw.remoteHost = detectRemoteHost(raw);
        raw.text = cleanText(raw.text);

        // The same reply seen again (multi-line framing, "Status:" and "Diagnostic-Code:", the human part of
        // a bounce and its report) adds what it knows to the first sighting.
        Finding *same = nullptr;
        for (Finding &finding : result.findings) {
            if (compatible(finding, raw)) {
                same = &finding;
                break;
            }
        }
        if (!same) {
            if (result.findings.size() >= MaxFindings)
                continue;
            Finding finding;
            finding.basicCode = raw.basic;
            finding.enhancedCode = raw.enhanced;
            finding.text = raw.text;
            finding.stage = stage;
            finding.recipients = raw.recipients;
            finding.remoteHost = raw.remoteHost;
            finding.action = raw.action;
            finding.line = raw.line;
            result.findings.append(finding);
            continue;
        }
        if (same->basicCode.isEmpty())
            same->basicCode = raw.basic;
        if (same->enhancedCode.isEmpty())
            same->enhancedCode = raw.enhanced;
        if (same->text.isEmpty())
            same->text = raw.text;
        if (same->stage.isEmpty())
            same->stage = stage;
        if (same->remoteHost.isEmpty())
            same->remoteHost = raw.remoteHost;
        if (same->action.isEmpty())
            same->action = raw.action;
        for (const QString &recipient : raw.recipients)
            addRecipient(same->recipients, recipient);
    }

    QSet<QString> attached;
    for (Finding &finding : result.findings) {
        finding.basic = m_catalog->lookup(finding.basicCode);
        finding.enhanced = m_catalog->lookup(finding.enhancedCode);
        finding.hints = ReplyHints::find(finding.text);
        for (const Hint &hint : finding.hints)
            attached.insert(hint.id);
    }
    for (const Hint &hint : ReplyHints::find(text)) {
        if (!attached.contains(hint.id))
            result.otherHints.append(hint);
    }
    return result;
}

QString ReplyDecoder::hintExplanation(const QString &id) {
    return ReplyHints::explanation(id);
}

QStringList ReplyDecoder::knownHintIds() {
    return ReplyHints::knownIds();
}
