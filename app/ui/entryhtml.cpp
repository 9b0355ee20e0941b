#include "entryhtml.h"

#include "catalog/entryformatter.h"

EntryHtml::EntryHtml(QString language, const QPalette &palette)
    : m_language(std::move(language))
    , m_palette(palette) {}

QString EntryHtml::codeFromLink(const QString &link) {
    return link.startsWith(QLatin1String("code:")) ? link.mid(5) : QString();
}

QString EntryHtml::compareFromLink(const QString &link) {
    return link.startsWith(QLatin1String("compare:")) ? link.mid(8) : QString();
}

QString EntryHtml::paragraphs(const QString &text) {
    QString html;
    for (const QString &paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html;
}

QString EntryHtml::style() const {
    const QString accent = m_palette.color(QPalette::Link).name();
    const QString muted = m_palette.color(QPalette::PlaceholderText).name();
    const QString box = m_palette.color(QPalette::AlternateBase).name();
    return QStringLiteral("<style>"
                          "h1 { font-size: x-large; margin-bottom: 2px; }"
                          "h2 { font-size: large; color: %1; margin-top: 16px; margin-bottom: 4px; }"
                          "h3 { font-size: medium; margin-top: 10px; margin-bottom: 2px; }"
                          ".facts { color: %2; }"
                          ".lead { font-size: medium; font-weight: 600; }"
                          ".note { background-color: %3; padding: 8px; }"
                          ".wording { font-family: monospace; background-color: %3; }"
                          "a { color: %1; }"
                          "</style>")
        .arg(accent, muted, box);
}

QString EntryHtml::header(const QString &code, const QString &title, const QString &facts,
                          const QString &summary) const {
    return QStringLiteral("<h1>%1 — %2</h1><p class=\"facts\">%3</p><p class=\"lead\">%4</p>")
        .arg(code.toHtmlEscaped(), title.toHtmlEscaped(), facts.toHtmlEscaped(), summary.toHtmlEscaped());
}

QString EntryHtml::section(const QString &heading, const QString &body) const {
    return body.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>%2").arg(heading.toHtmlEscaped(), body);
}

QString EntryHtml::codeLinks(const QStringList &codes, bool withCompare) const {
    QStringList links;
    for (const QString &code : codes) {
        QString link =
            QStringLiteral("<a href=\"%1\">%2</a>").arg(linkFor(code).toHtmlEscaped(), code.toHtmlEscaped());
        if (withCompare)
            //: a small link after a related code that opens the Compare view with both codes
            link += QStringLiteral(" <small>(<a href=\"compare:%1\">%2</a>)</small>")
                        .arg(code.toHtmlEscaped(), tr("compare").toHtmlEscaped());
        links << link;
    }
    return links.join(QStringLiteral(", "));
}

QString EntryHtml::entryBody(const ReplyCode &code, int classDigit) const {
    const ReplyCode::Text &text = code.text(m_language);
    QString html = header(code.displayCode(classDigit), text.title,
                          EntryFormatter::factsLine(code, classDigit), text.summary);

    QString meaning = paragraphs(text.meaning);
    if (!code.variants.isEmpty()) {
        meaning +=
            QStringLiteral("<h3>%1</h3>").arg(tr("Several meanings: how to tell them apart").toHtmlEscaped());
        for (const ReplyCode::VariantSpec &spec : code.variants) {
            const ReplyCode::VariantText variant = text.variants.value(spec.id);
            QStringList context;
            for (const QString &stage : spec.stages)
                context << ReplyCode::stageLabel(stage);
            context << spec.enhanced;
            meaning +=
                QStringLiteral("<p><b>%1</b> <span class=\"facts\">(%2)</span><br>%3</p>")
                    .arg(variant.title.toHtmlEscaped(), context.join(QStringLiteral(", ")).toHtmlEscaped(),
                         variant.text.toHtmlEscaped());
        }
    }
    html += section(tr("Meaning"), meaning);

    QString when = paragraphs(text.whenYouSeeIt);
    if (!text.providerNotes.isEmpty()) {
        when += QStringLiteral("<h3>%1</h3>").arg(tr("Wordings you may see").toHtmlEscaped());
        for (const ReplyCode::ProviderNote &note : text.providerNotes)
            when += QStringLiteral("<p><span class=\"wording\">%1</span><br>%2</p>")
                        .arg(note.wording.toHtmlEscaped(), note.note.toHtmlEscaped());
    }
    html += section(tr("When you see it"), when);

    QString steps = QStringLiteral("<ol>");
    for (const QString &step : text.howToFix)
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    html += section(tr("How to fix"), steps + QStringLiteral("</ol>"));
    html += section(tr("For server operators"), paragraphs(text.forOperators));

    QString related;
    if (!code.pairings.isEmpty())
        related += QStringLiteral("<p>%1 %2</p>")
                       .arg(tr("Usually paired with:").toHtmlEscaped(), codeLinks(code.pairings, true));
    if (!code.related.isEmpty())
        related += QStringLiteral("<p>%1 %2</p>")
                       .arg(tr("See also:").toHtmlEscaped(), codeLinks(code.related, true));
    html += section(tr("Related codes"), related);

    QStringList references;
    for (const ReplyCode::RfcReference &rfc : code.rfcs)
        references << (rfc.section.isEmpty() ? rfc.document
                                             : QStringLiteral("%1 §%2").arg(rfc.document, rfc.section))
                          .toHtmlEscaped();
    html +=
        section(tr("RFC references"), QStringLiteral("<p>%1</p>").arg(references.join(QStringLiteral(", "))));
    return html;
}

QString EntryHtml::page(const Catalog::Lookup &lookup) const {
    QString html = QStringLiteral("<html><head>%1</head><body>").arg(style());
    if (lookup.status == Catalog::Lookup::Status::Found && lookup.entry) {
        html += entryBody(*lookup.entry, lookup.classDigit);
    } else if (lookup.status == Catalog::Lookup::Status::Fallback) {
        html +=
            QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("%1 is not a registered enhanced status code: it is specific to a provider or a "
                        "server. Its first two numbers still tell the class and the subject of the problem.")
                         .arg(lookup.code)
                         .toHtmlEscaped());
        if (lookup.entry)
            html += entryBody(*lookup.entry, lookup.classDigit);
        for (const ReplyCode *general : {lookup.classEntry, lookup.subjectEntry}) {
            if (!general)
                continue;
            const ReplyCode::Text &text = general->text(m_language);
            html +=
                section(QStringLiteral("%1 — %2").arg(general->displayCode(lookup.classDigit), text.title),
                        paragraphs(text.summary) + (lookup.entry ? QString() : paragraphs(text.meaning)) +
                            QStringLiteral("<p>%1</p>").arg(codeLinks({general->code})));
        }
    }
    return html + QStringLiteral("</body></html>");
}
