#include "transcript.h"

void Transcript::start() {
    m_entries.clear();
    m_clock.start();
}

const TranscriptEntry &Transcript::append(TranscriptEntry::Direction direction, const QString &text,
                                          bool redacted) {
    m_entries.append(TranscriptEntry{elapsedMs(), direction, text, redacted});
    return m_entries.constLast();
}

QString Transcript::toText() const {
    QString out;
    for (const TranscriptEntry &entry : m_entries) {
        const QLatin1String prefix = entry.direction == TranscriptEntry::Direction::Sent ? QLatin1String("C:")
                                     : entry.direction == TranscriptEntry::Direction::Received
                                         ? QLatin1String("S:")
                                         : QLatin1String("*");
        out += QStringLiteral("%1 ms %2 %3\n").arg(entry.offsetMs, 6).arg(prefix, entry.text);
    }
    return out;
}
