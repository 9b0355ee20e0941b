// Text nobody should type but someone will paste: the shared list of hostile values the bad-input tests
// feed to every argument and field, and an independent check for characters a terminal or label must not
// get. Header only, so CLI, widget and core tests can all use it.
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace HostileText {

constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;

inline QList<std::pair<const char *, QString>> values() {
    return {
        {"10 MB of letters", QString(tenMegabytes, QLatin1Char('a'))},
        {"10 MB of digits", QString(tenMegabytes, QLatin1Char('5'))},
        // What Qt makes of invalid UTF-8 bytes: U+FFFD where they were.
        {"invalid UTF-8", QString::fromUtf8("\xff\xfe\xc3\x28 5\xe2\x82")},
        {"lone surrogates", QChar(0xD800) + QStringLiteral("535") + QChar(0xDC00)},
        {"terminal escapes", QStringLiteral("\x1b[2J\x1b]0;owned\x07") + QStringLiteral("x535")},
        {"bidi override", QChar(0x202E) + QStringLiteral("535 gnirts")},
        {"NUL inside", QStringLiteral("535") + QChar(0) + QStringLiteral("x")},
        {"CRLF injection", QStringLiteral("a@b.example\r\nRSET\r\nMAIL FROM:<evil@example.com>")},
        {"HTML", QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\"><a href=\"x\">link</a>")},
        {"empty", QString()},
        {"blank", QStringLiteral("   ")},
    };
}

// The first character a terminal or a label could act on (controls but tab and newline, bidi embedding,
// override and isolate marks, lone surrogates), described; empty when there is none.
inline QString firstDangerous(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) ||
                             (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        const bool loneSurrogate =
            (QChar::isHighSurrogate(c) && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())) ||
            (QChar::isLowSurrogate(c) && (i == 0 || !text.at(i - 1).isHighSurrogate()));
        if (control || loneSurrogate)
            return QStringLiteral("U+%1 at %2").arg(int(c), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

} // namespace HostileText
