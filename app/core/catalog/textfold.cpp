#include "textfold.h"

#include <array>

namespace {

// Latin, Latin-1, Latin Extended A/B and Latin Extended Additional (Vietnamese) cover every letter the
// catalog uses; the table is built once, other characters fold by case only.
constexpr char16_t tableSize = 0x2000;

const std::array<char16_t, tableSize> &table() {
    static const std::array<char16_t, tableSize> folded = [] {
        std::array<char16_t, tableSize> t{};
        for (char16_t c = 0; c < tableSize; ++c) {
            const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_D);
            t[c] = decomposed.isEmpty() ? c : decomposed.at(0).toLower().unicode();
        }
        t[0x0110] = u'd'; // Đ and đ do not decompose
        t[0x0111] = u'd';
        return t;
    }();
    return folded;
}

} // namespace

QChar TextFold::foldChar(QChar c) {
    const char16_t u = c.unicode();
    return u < tableSize ? QChar(table()[u]) : c.toLower();
}

QString TextFold::foldSameLength(const QString &text) {
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const QChar c : text)
        *dst++ = foldChar(c);
    return out;
}

QString TextFold::fold(const QString &text) {
    // Folding a base letter and dropping its combining marks gives the same result for composed and
    // decomposed input, so no normalisation pass is needed.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += foldChar(c);
    }
    return out;
}

QStringList TextFold::words(const QString &folded) {
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            result << folded.mid(start, i - start);
            start = -1;
        }
    }
    return result;
}
