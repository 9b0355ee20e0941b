#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Finds the SMTP replies in text a person pasted: a bare reply line, a multi-line reply, an exception
// message from a mail library, an error dialog, a server log line or a whole bounce (RFC 3464 delivery
// status notification or the plain-text bounces of common servers). Each reply becomes one Finding with its
// codes resolved through the catalog, the stage and recipient when the text tells them, and hints drawn
// from provider wordings.
//
// Only numbers in reply position count: a three-digit code at the start of a line, after a prefix such as
// "smtp;", "said:" or "Error:", after an opening bracket or quote, or followed by an enhanced code. A bare
// three-digit number must also be a basic code the catalog knows. Work is linear in the scanned text, and
// only the first `scanLimit` characters are scanned, so any input returns quickly.
class ReplyDecoder {
    Q_DECLARE_TR_FUNCTIONS(ReplyDecoder)

public:
    static constexpr qsizetype DefaultScanLimit = 256 * 1024; // characters
    static constexpr int MaxFindings = 100;                   // distinct replies kept from one text

    // Something the wording adds to the codes: "google.BadCredentials", "microsoft.RecipientNotFound" …
    struct Hint {
        QString id;
        QString evidence; // the words in the text that gave it away

        // One translated sentence for the user.
        QString explanation() const { return ReplyDecoder::hintExplanation(id); }
    };

    struct Finding {
        QString basicCode;        // "550"; empty when the text gives only an enhanced code ("Status: 5.1.1")
        QString enhancedCode;     // "5.1.1"; empty when the reply has none
        Catalog::Lookup basic;    // lookups of the two codes (Status::Invalid for an empty code)
        Catalog::Lookup enhanced; // an unregistered code comes back as Fallback with class and subject
        QString text;             // what the server said after the codes, continuation lines joined
        QString stage;            // ReplyCode::knownStages() value ("RCPT", "DATA_END" …) or empty
        QStringList recipients;   // addresses the text ties to this reply (bounces)
        QString remoteHost;       // the server that gave the reply, when the text names it
        QString action;           // DSN "Action:" (failed, delayed, …), lower case
        QList<Hint> hints;
        int line =
            0; // 1-based line of the first appearance (escaped "\\n" in exception texts counts as a break)

        QString codes() const; // "550 5.1.1", "5.7.57", "421"
    };

    struct Result {
        QList<Finding> findings;   // in order of first appearance, duplicates merged
        QList<Hint> otherHints;    // hints found elsewhere in the text, not already on a finding
        bool truncated = false;    // the input was longer than the scan limit
        qsizetype inputLength = 0; // characters given
        qsizetype scannedLength = 0;

        bool isEmpty() const { return findings.isEmpty(); }
    };

    // The catalog must outlive the decoder and the results it returns (lookups point into it).
    explicit ReplyDecoder(const Catalog &catalog, qsizetype scanLimit = DefaultScanLimit);

    Result decode(const QString &text) const;
    qsizetype scanLimit() const { return m_scanLimit; }

    static QString hintExplanation(const QString &id);
    // Every hint id with a sentence of its own (Gmail's "?p=" links with other names get a general one).
    static QStringList knownHintIds();

private:
    const Catalog *m_catalog;
    qsizetype m_scanLimit;
};
