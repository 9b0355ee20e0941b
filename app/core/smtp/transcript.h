#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

// One line of a session as a user may see it. Text never holds a secret: the engine redacts before
// appending (see Redactor).
struct TranscriptEntry {
    enum class Direction {
        Sent,     // client to server
        Received, // server to client
        Note,     // an event that is not a line on the wire: TLS started, a bare LF seen, ...
    };

    qint64 offsetMs = 0; // since the start of the run
    Direction direction = Direction::Note;
    QString text;          // without line ending
    bool redacted = false; // a secret was replaced by Redactor::marker()
};

// Everything sent and received in one run, in order, with time offsets.
class Transcript {
public:
    // Clears the entries and restarts the clock.
    void start();
    const TranscriptEntry &append(TranscriptEntry::Direction direction, const QString &text,
                                  bool redacted = false);

    const QList<TranscriptEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

    // A plain-text rendering for copying and reports: "   12 ms C: EHLO example.org".
    QString toText() const;

private:
    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
};
