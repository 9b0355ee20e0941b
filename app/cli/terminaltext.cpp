#include "terminaltext.h"

namespace TerminalText {

namespace {

constexpr QChar replacement(u'\uFFFD');

bool isBidiControl(char16_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isHarmful(const QString &text, qsizetype i, bool keepLineBreaks) {
    const char16_t c = text.at(i).unicode();
    if (c == u'\t' || (keepLineBreaks && (c == u'\n' || c == u'\r')))
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c))
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (QChar::isLowSurrogate(c))
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

QString cleaned(const QString &text, bool keepLineBreaks) {
    QString out = text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHarmful(text, i, keepLineBreaks))
            out[i] = replacement;
    }
    return out;
}

} // namespace

QString safe(const QString &text) {
    return cleaned(text, true);
}

QString shown(const QString &argument, qsizetype maxLength) {
    // Cut first (never in the middle of a surrogate pair), so a 10 MB argument costs nothing to show.
    qsizetype length = qMin(argument.size(), qMax<qsizetype>(1, maxLength));
    if (length < argument.size() && argument.at(length - 1).isHighSurrogate())
        --length;
    QString out = cleaned(argument.left(length), false);
    if (length < argument.size())
        out += QChar(0x2026);
    return out;
}

} // namespace TerminalText
