#include "textsafety.h"

namespace TextSafety {

namespace {

constexpr QChar replacement(u'\uFFFD');

bool isLoneSurrogate(const QString &text, qsizetype i) {
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

// What a terminal or a label must not get: C0/C1 controls (but tab and, when kept, line breaks), bidi
// embeddings, overrides and isolates, lone surrogates.
bool isDangerous(const QString &text, qsizetype i, bool keepLineBreaks) {
    const char16_t c = text.at(i).unicode();
    if (c == u'\t' || (keepLineBreaks && (c == u'\n' || c == u'\r')))
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true;
    return isLoneSurrogate(text, i);
}

QString neutralised(const QString &text, bool keepLineBreaks) {
    QString out = text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isDangerous(text, i, keepLineBreaks))
            out[i] = replacement;
    }
    return out;
}

} // namespace

bool isSuspicious(const QString &text, qsizetype i) {
    const QChar c = text.at(i);
    if (c == replacement || isLoneSurrogate(text, i))
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

bool isClean(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSuspicious(text, i))
            return false;
    }
    return true;
}

QString safe(const QString &text) {
    return neutralised(text, true);
}

QString shown(const QString &text, qsizetype maxLength) {
    qsizetype length = qMin(text.size(), qMax<qsizetype>(1, maxLength));
    if (length < text.size() && text.at(length - 1).isHighSurrogate())
        --length;
    QString out = neutralised(text.left(length), false);
    if (length < text.size())
        out += QChar(0x2026);
    return out;
}

} // namespace TextSafety
