#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QString>

// Renders a looked-up code as plain text in one language: for the terminal (`smtpdesk lookup`) and for
// "Copy as text" into a ticket. Sections follow the entry page: meaning, when you see it, how to fix, for
// server operators, then related codes and references.
class EntryFormatter {
    Q_DECLARE_TR_FUNCTIONS(EntryFormatter)

public:
    explicit EntryFormatter(QString language, int width = 80);

    QString format(const Catalog::Lookup &lookup) const;
    // "5xx permanent negative · basic reply code · reply to AUTH, reply to MAIL"
    static QString factsLine(const ReplyCode &code, int classDigit);
    // Word-wraps a paragraph text ("\n" separated) to `width` columns with `indent` leading spaces.
    static QString wrap(const QString &text, int width, int indent);

private:
    void appendEntry(QString &out, const ReplyCode &code, int classDigit) const;
    void appendSection(QString &out, const QString &heading, const QString &body) const;

    QString m_language;
    int m_width;
};
