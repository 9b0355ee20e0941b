#pragma once

#include <QString>
#include <QStringList>

// Folding for search: lower case, accents and Vietnamese diacritics removed, đ → d, so that "xac thuc"
// finds "xác thực" and "autenticacion" finds "autenticación". Folding is one character to one character
// for precomposed text, so positions in folded text are positions in the original (for highlighting).
namespace TextFold {
QChar foldChar(QChar c);
// Folds each character; combining marks (decomposed input) are dropped.
QString fold(const QString &text);
// Folds without normalising or dropping anything: same length as the input.
QString foldSameLength(const QString &text);
// Splits folded text into words (letters and digits).
QStringList words(const QString &folded);
} // namespace TextFold
