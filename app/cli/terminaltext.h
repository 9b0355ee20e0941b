#pragma once

#include <QString>

// Text from outside (arguments, standard input, server replies) on its way to a terminal. Control
// characters could move the cursor, recolour or clear the screen, or hide text (ESC sequences, bidi
// overrides); a huge argument echoed back would flood it.
namespace TerminalText {

// Replaces every control character except tab and line breaks, bidi embedding/override/isolate marks and
// lone surrogates with U+FFFD.
QString safe(const QString &text);

// An argument as quoted in an error message: safe(), on one line, cut to maxLength characters with "…".
QString shown(const QString &argument, qsizetype maxLength = 60);

} // namespace TerminalText
