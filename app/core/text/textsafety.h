#pragma once

#include <QString>

// Text from outside (arguments, pasted text, form fields, server replies) on its way to a terminal, a label
// or the wire. Control characters could move the cursor, recolour or clear a terminal, or break a command
// line (CR, LF); bidi overrides and other invisible format characters make text read differently from what
// it is; U+FFFD and lone surrogates mean bytes that were not valid text.
namespace TextSafety {

// True for a control character (tab and line breaks too), an invisible format character (bidi marks,
// zero-width joiners …), U+FFFD, or a surrogate not part of a pair; i indexes text.
bool isSuspicious(const QString &text, qsizetype i);
// True when no character of text is suspicious: what a single-line field (a host, an address) must be.
bool isClean(const QString &text);

// For a terminal or a label: C0 and C1 control characters (but tab and line breaks), bidi embedding,
// override and isolate marks and lone surrogates become U+FFFD. The length never changes.
QString safe(const QString &text);

// Someone's input quoted in a message: safe() on one line, cut to maxLength characters with "…" (never
// inside a surrogate pair), so a 10 MB argument costs nothing to show.
QString shown(const QString &text, qsizetype maxLength = 60);

} // namespace TextSafety
