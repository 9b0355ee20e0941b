#pragma once

#include "replycode.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The loaded reference catalog: entries in file order plus an index by code. Read-only once loaded.
class Catalog {
public:
    // What a code typed or found in a reply resolves to.
    struct Lookup {
        enum class Status {
            Found,    // the code has an entry of its own (or its registry form X.Y.Z has one)
            Fallback, // an enhanced code outside the registry: explained by its class and subject
            Unknown,  // well-formed but unknown (basic 537, X.7.99 …): see `nearest`
            Invalid   // not a reply code at all
        };
        Status status = Status::Invalid;
        QString code;                          // normalised: "535", "5.7.8", "5.7.139", "X.7.8"
        int classDigit = 0;                    // 2–5 where the code names one
        const ReplyCode *entry = nullptr;      // own entry: basic, registered enhanced, or provider-specific
        const ReplyCode *classEntry = nullptr; // enhanced codes: "5.X.X"
        const ReplyCode *subjectEntry = nullptr; // enhanced codes: "X.7.X"
        bool registered = false;                 // in the IANA registry (basic codes count as registered)
        QStringList nearest;                     // for Unknown: codes the user may have meant

        bool isKnown() const { return status == Status::Found || status == Status::Fallback; }
    };

    Catalog() = default;
    explicit Catalog(QList<ReplyCode> entries, QStringList languages);

    const QList<ReplyCode> &entries() const { return m_entries; }
    const QStringList &languages() const { return m_languages; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The entry stored under exactly this code form ("535", "X.7.8", "5.X.X", "5.7.139"); nullptr if none.
    const ReplyCode *entry(const QString &storedCode) const;
    // Resolves what a person typed or a server sent: "535", "5.7.8", "x.7.8", "5.7.139", "5.x.x", "x.7.x".
    Lookup lookup(const QString &code) const;
    // "5.7.8" → "X.7.8"; basic and class codes unchanged; upper-cases the X. Empty when not code-shaped.
    static QString storedForm(const QString &code);
    static QString normalise(const QString &code);

private:
    QStringList nearestTo(const QString &code) const;

    QList<ReplyCode> m_entries;
    QStringList m_languages;
    QHash<QString, int> m_index;
};
