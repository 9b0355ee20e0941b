#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// Renders a looked-up code as the entry page of the Codes view (HTML for QTextBrowser), with colours taken
// from the palette so it reads in light and dark themes. Related codes are links "code:<code>".
class EntryHtml {
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)

public:
    EntryHtml(QString language, const QPalette &palette);

    QString page(const Catalog::Lookup &lookup) const;
    static QString linkFor(const QString &code) { return QStringLiteral("code:") + code; }
    static QString codeFromLink(const QString &link);
    // "compare:<code>" links ask to compare the page's code with <code>.
    static QString compareFromLink(const QString &link);
    // Catalog text (paragraphs separated by line breaks) as escaped <p> elements; the Compare view uses it
    // too.
    static QString paragraphs(const QString &text);

private:
    QString entryBody(const ReplyCode &code, int classDigit) const;
    QString header(const QString &code, const QString &title, const QString &facts,
                   const QString &summary) const;
    QString section(const QString &heading, const QString &body) const;
    QString codeLinks(const QStringList &codes, bool withCompare = false) const;
    QString style() const;

    QString m_language;
    QPalette m_palette;
};
