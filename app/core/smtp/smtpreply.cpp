#include "smtpreply.h"

QString SmtpReply::text() const {
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        // Multi-line replies repeat the enhanced code on every line; show it once, in enhancedCode.
        if (!enhancedCode.isEmpty() && line.startsWith(enhancedCode) &&
            (line.size() == enhancedCode.size() || line.at(enhancedCode.size()).isSpace()))
            out << line.mid(enhancedCode.size()).trimmed();
        else
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QStringList SmtpReply::rawLines() const {
    QStringList out;
    out.reserve(lines.size());
    const QString number = QString::number(code);
    for (int i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        if (last && lines.at(i).isEmpty())
            out << number;
        else
            out << number + (last ? QLatin1Char(' ') : QLatin1Char('-')) + lines.at(i);
    }
    return out;
}

QString SmtpReply::toString() const {
    return rawLines().join(QLatin1Char('\n'));
}
