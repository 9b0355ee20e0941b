#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Removes secrets from text before it is logged or shown. The engine redacts AUTH payloads by structure
// already; this is the second line of defence for anything else, such as a server echoing a password
// back in an error reply. A secret is recognised as itself and in base64 at any of the three alignments
// it can take inside a larger base64 blob (AUTH PLAIN, XOAUTH2).
class Redactor {
public:
    void addSecret(const QString &secret);
    void clear() { m_forms.clear(); }
    bool isEmpty() const { return m_forms.isEmpty(); }

    QString scrub(const QString &text) const;
    bool containsSecret(const QString &text) const;

    // What replaces a secret in the transcript.
    static QString marker() { return QStringLiteral("[redacted]"); }
    // Every form of secret that the redactor looks for (tests use it to check transcripts).
    static QList<QByteArray> forms(const QByteArray &secret);

private:
    QList<QString> m_forms; // longest first, so a short form never splits a longer one
};
