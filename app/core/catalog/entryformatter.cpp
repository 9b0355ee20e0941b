#include "entryformatter.h"

#include <QStringList>

EntryFormatter::EntryFormatter(QString language, int width)
    : m_language(std::move(language))
    , m_width(qMax(40, width)) {}

QString EntryFormatter::wrap(const QString &text, int width, int indent) {
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QString line = pad;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (line.size() > indent && line.size() + 1 + word.size() > width) {
                lines << line;
                line = pad;
            }
            if (line.size() > indent)
                line += QLatin1Char(' ');
            line += word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EntryFormatter::factsLine(const ReplyCode &code, int classDigit) {
    QStringList parts;
    QStringList classes;
    if (classDigit)
        classes << ReplyCode::classLabel(classDigit);
    else
        for (int c : code.classes)
            classes << ReplyCode::classLabel(c);
    parts << classes.join(QStringLiteral(" / ")) << ReplyCode::kindLabel(code.kind);
    QStringList stages;
    for (const QString &stage : code.stages)
        stages << ReplyCode::stageLabel(stage);
    if (!stages.isEmpty())
        parts << stages.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}

void EntryFormatter::appendSection(QString &out, const QString &heading, const QString &body) const {
    if (body.trimmed().isEmpty())
        return;
    out += QLatin1Char('\n') + heading.toUpper() + QLatin1Char('\n') + body + QLatin1Char('\n');
}

void EntryFormatter::appendEntry(QString &out, const ReplyCode &code, int classDigit) const {
    const ReplyCode::Text &text = code.text(m_language);
    out += QStringLiteral("%1 — %2\n").arg(code.displayCode(classDigit), text.title);
    out += wrap(factsLine(code, classDigit), m_width, 0) + QLatin1Char('\n');
    out += wrap(text.summary, m_width, 0) + QLatin1Char('\n');

    appendSection(out, tr("Meaning"), wrap(text.meaning, m_width, 2));
    appendSection(out, tr("When you see it"), wrap(text.whenYouSeeIt, m_width, 2));
    QStringList steps;
    for (int i = 0; i < text.howToFix.size(); ++i) {
        const QString number = QStringLiteral("%1. ").arg(i + 1);
        steps << QStringLiteral("  ") + number + wrap(text.howToFix.at(i), m_width, 5).mid(5);
    }
    appendSection(out, tr("How to fix"), steps.join(QLatin1Char('\n')));
    appendSection(out, tr("For server operators"), wrap(text.forOperators, m_width, 2));

    QStringList variants;
    for (const ReplyCode::VariantSpec &spec : code.variants) {
        const ReplyCode::VariantText variant = text.variants.value(spec.id);
        QStringList context;
        for (const QString &stage : spec.stages)
            context << ReplyCode::stageLabel(stage);
        context << spec.enhanced;
        variants << QStringLiteral("  • %1 (%2)\n%3")
                        .arg(variant.title, context.join(QStringLiteral(", ")),
                             wrap(variant.text, m_width, 4));
    }
    appendSection(out, tr("Several meanings"), variants.join(QLatin1Char('\n')));

    QStringList notes;
    for (const ReplyCode::ProviderNote &note : text.providerNotes)
        notes << wrap(QStringLiteral("\"%1\"").arg(note.wording), m_width, 2) + QLatin1Char('\n') +
                     wrap(note.note, m_width, 4);
    appendSection(out, tr("Known wordings"), notes.join(QLatin1Char('\n')));

    QStringList references;
    for (const ReplyCode::RfcReference &rfc : code.rfcs)
        references << (rfc.section.isEmpty() ? rfc.document
                                             : QStringLiteral("%1 §%2").arg(rfc.document, rfc.section));
    const QString pairings = code.pairings.join(QStringLiteral(", "));
    QString facts;
    if (!pairings.isEmpty())
        facts += QStringLiteral("  %1 %2\n").arg(tr("Usually paired with:"), pairings);
    if (!code.related.isEmpty())
        facts +=
            QStringLiteral("  %1 %2\n").arg(tr("Related codes:"), code.related.join(QStringLiteral(", ")));
    facts += QStringLiteral("  %1 %2").arg(tr("RFC references:"), references.join(QStringLiteral(", ")));
    appendSection(out, tr("See also"), facts);
}

QString EntryFormatter::format(const Catalog::Lookup &lookup) const {
    QString out;
    if (lookup.status == Catalog::Lookup::Status::Found && lookup.entry) {
        appendEntry(out, *lookup.entry, lookup.classDigit);
        return out;
    }
    if (lookup.status != Catalog::Lookup::Status::Fallback)
        return out;

    out += wrap(tr("%1 is not a registered enhanced status code: it is specific to a provider or a server. "
                   "Its first two numbers still tell the class (%2) and the subject (%3) of the problem.")
                    .arg(lookup.code, lookup.classEntry ? lookup.classEntry->code : QStringLiteral("?"),
                         lookup.subjectEntry ? lookup.subjectEntry->code : QStringLiteral("?")),
                m_width, 0) +
           QLatin1Char('\n');
    if (lookup.entry) {
        out += QLatin1Char('\n');
        appendEntry(out, *lookup.entry, lookup.classDigit);
    }
    for (const ReplyCode *general : {lookup.classEntry, lookup.subjectEntry}) {
        if (!general)
            continue;
        const ReplyCode::Text &text = general->text(m_language);
        QString body = wrap(text.summary, m_width, 2);
        if (!lookup.entry) // without provider knowledge, the subject's explanation is all there is
            body += QStringLiteral("\n\n") + wrap(text.meaning, m_width, 2) + QStringLiteral("\n\n") +
                    wrap(text.howToFix.join(QLatin1Char('\n')), m_width, 2);
        appendSection(out, QStringLiteral("%1 — %2").arg(general->displayCode(lookup.classDigit), text.title),
                      body);
    }
    return out;
}
