#include "comparison.h"

#include "text/textsafety.h"

#include "entryformatter.h"

namespace {

bool sharesStage(const ReplyCode &a, const ReplyCode &b) {
    for (const QString &stage : a.stages) {
        if (b.stages.contains(stage))
            return true;
    }
    return false;
}

bool anyStage(const ReplyCode &code, std::initializer_list<const char *> stages) {
    for (const char *stage : stages) {
        if (code.stages.contains(QLatin1String(stage)))
            return true;
    }
    return false;
}

QString firstParagraph(const QString &text) {
    return text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty);
}

} // namespace

Comparison::Comparison(const Catalog &catalog, const CuratedComparisons &curated)
    : m_catalog(catalog)
    , m_curated(curated) {}

QString Comparison::stageList(const ReplyCode &code) {
    QStringList stages;
    for (const QString &stage : code.stages)
        stages << ReplyCode::stageLabel(stage);
    return stages.join(QStringLiteral(", "));
}

bool Comparison::side(const QString &code, const QString &language, Side *side, QString *error) const {
    const Catalog::Lookup lookup = m_catalog.lookup(code);
    const ReplyCode *entry = lookup.entry ? lookup.entry : lookup.subjectEntry;
    if (!lookup.isKnown() || !entry) {
        const QString shown = TextSafety::shown(code.trimmed(), 40); // as typed, but harmless
        *error =
            lookup.nearest.isEmpty()
                ? tr("“%1” is not a reply code SMTP Desk knows. Pick a code from the list, for example 535 "
                     "or 5.7.8.")
                      .arg(shown)
                : tr("“%1” is not a reply code SMTP Desk knows. Nearest known codes: %2.")
                      .arg(shown, lookup.nearest.join(QStringLiteral(", ")));
        return false;
    }
    const ReplyCode::Text &text = entry->text(language);
    side->entry = entry;
    side->classDigit = lookup.classDigit ? lookup.classDigit : entry->classes.value(0);
    side->code = lookup.entry ? lookup.entry->displayCode(lookup.classDigit) : lookup.code;
    side->title = text.title;
    side->meaning = text.meaning;
    side->whenYouSeeIt = text.whenYouSeeIt;
    side->howToFix = text.howToFix;
    if (!lookup.entry) // an unregistered enhanced code, told by its subject
        side->meaning =
            tr("%1 is not a registered code; its subject says: %2").arg(lookup.code, text.meaning);
    //: %1 is a class such as "5xx permanent negative"
    side->classWords = tr("a %1 reply").arg(ReplyCode::classLabel(side->classDigit));
    return true;
}

QString Comparison::whoActs(const Side &side) {
    const ReplyCode &code = *side.entry;
    switch (side.classDigit) {
    case 2:
        return tr("nobody needs to act: the mail program carries on by itself");
    case 3:
        return tr("the mail program: it must send what the server asks for next");
    case 4:
        return tr(
            "at first nobody: the sending program or server retries by itself; a person acts only if it "
            "keeps happening");
    default:
        break;
    }
    if (anyStage(code, {"AUTH", "STARTTLS", "EHLO", "HELO"}))
        return tr("the person who set up the mail program (account, password, security settings), or the "
                  "provider if the account is blocked");
    if (anyStage(code, {"CONNECT"}))
        return tr("the server operator, or the user by choosing another server or port");
    if (anyStage(code, {"RCPT", "MAIL", "VRFY", "EXPN"}))
        return tr("the sender, by correcting an address, or the administrator of the receiving server");
    return tr("the sender or the server operator, depending on what the server objected to");
}

QString Comparison::whenToUse(const Side &side, const QString &language) {
    const ReplyCode::Text &text = side.entry->text(language);
    const QString server = firstParagraph(text.forOperators);
    const QString next = text.howToFix.value(0);
    //: %1 code, %2 when a server sends it, %3 what the class tells a client, %4 first step for a person
    return tr("A server sends %1 in this situation: %2 On seeing it: %3 %4")
        .arg(side.code, server, ReplyCode::classAdvice(side.classDigit), next);
}

QStringList Comparison::generatedDifferences(const Side &a, const Side &b, bool partners) const {
    QStringList points;
    if (a.classDigit == b.classDigit)
        points << tr("Both %1 and %2 belong to the %3 class. %4")
                      .arg(a.code, b.code, ReplyCode::classLabel(a.classDigit),
                           ReplyCode::classAdvice(a.classDigit));
    else
        points << tr("%1 is %2 (%3) while %4 is %5 (%6)")
                      .arg(a.code, a.classWords, ReplyCode::classAdvice(a.classDigit), b.code, b.classWords,
                           ReplyCode::classAdvice(b.classDigit));

    const QString stagesA = stageList(*a.entry);
    const QString stagesB = stageList(*b.entry);
    if (stagesA == stagesB)
        points << tr("Both appear at the same step of the conversation: %1.").arg(stagesA);
    else if (sharesStage(*a.entry, *b.entry))
        points << tr("They can answer the same step of the conversation: %1 appears as %2; %3 appears as %4.")
                      .arg(a.code, stagesA, b.code, stagesB);
    else
        points << tr("They answer different steps: %1 appears as %2, while %3 appears as %4.")
                      .arg(a.code, stagesA, b.code, stagesB);

    const QString actA = whoActs(a);
    const QString actB = whoActs(b);
    if (actA == actB)
        points << tr("Who has to act is the same for both: %1.").arg(actA);
    else
        points << tr("Who has to act: for %1, %2; for %3, %4.").arg(a.code, actA, b.code, actB);

    if (partners) {
        const Side &basic = a.entry->kind == ReplyCode::Kind::Basic ? a : b;
        const Side &enhanced = &basic == &a ? b : a;
        points
            << tr("%1 is the three-digit reply every client understands; %2 is the enhanced status code that "
                  "explains it. A server that announces ENHANCEDSTATUSCODES puts both on the same line.")
                   .arg(basic.code, enhanced.code);
    } else if (!a.entry->pairings.isEmpty() && !b.entry->pairings.isEmpty()) {
        const auto pairingWith = [](const Side &side) {
            return side.entry->pairings.join(QStringLiteral(", "));
        };
        points << tr("They come with different companions: %1 usually appears with %2, and %3 with %4.")
                      .arg(a.code, pairingWith(a), b.code, pairingWith(b));
    }
    return points;
}

Comparison::Result Comparison::compare(const QString &a, const QString &b, const QString &language) const {
    Result result;
    if (!side(a, language, &result.a, &result.error) || !side(b, language, &result.b, &result.error))
        return result;
    const Side &sa = result.a;
    const Side &sb = result.b;

    if (sa.entry == sb.entry && sa.code == sb.code) {
        result.lead =
            tr("Both sides show %1: a code compared with itself has no differences. Pick another code "
               "on one side to see how they differ.")
                .arg(sa.code);
        result.differences << tr("%1 and %2 are the same code: %3").arg(sa.code, sb.code, sa.title);
        result.whenA = whenToUse(sa, language);
        result.whenB = result.whenA;
        return result;
    }

    const bool partners = sa.entry->kind != sb.entry->kind &&
                          (sa.entry->pairings.contains(sb.code) || sb.entry->pairings.contains(sa.code));
    if (partners) {
        const Side &basic = sa.entry->kind == ReplyCode::Kind::Basic ? sa : sb;
        const Side &enhanced = &basic == &sa ? sb : sa;
        result.lead =
            tr("%1 and %2 are not alternatives: they usually arrive together in one reply, as in "
               "“%1 %2 …”. The basic code %1 (%3) says what happened to the command; the enhanced code "
               "%2 (%4) adds why.")
                .arg(basic.code, enhanced.code, basic.title, enhanced.title);
    } else {
        //: %1/%4 codes, %2/%5 class words ("a 5xx permanent negative reply"), %3/%6 one-line summaries
        result.lead = tr("%1 is %2: %3 %4 is %5: %6")
                          .arg(sa.code, sa.classWords, sa.entry->text(language).summary, sb.code,
                               sb.classWords, sb.entry->text(language).summary);
    }
    result.differences = generatedDifferences(sa, sb, partners);
    result.whenA = whenToUse(sa, language);
    result.whenB = whenToUse(sb, language);

    bool swapped = false;
    if (const CuratedComparisons::Pair *pair = m_curated.find(sa.code, sb.code, &swapped)) {
        const CuratedComparisons::Text text = pair->texts.value(language);
        result.curated = true;
        result.lead = text.lead;
        result.differences = text.differences + result.differences;
        result.whenA = swapped ? text.whenB : text.whenA;
        result.whenB = swapped ? text.whenA : text.whenB;
        result.example = pair->example;
    }
    return result;
}

QString Comparison::toText(const Result &result, int width) {
    if (!result.isValid())
        return result.error + QLatin1Char('\n');
    const auto heading = [](const QString &text) {
        return QLatin1Char('\n') + text.toUpper() + QLatin1Char('\n');
    };
    const auto wrap = [width](const QString &text, int indent) {
        return EntryFormatter::wrap(text, width, indent);
    };
    QString out = QStringLiteral("%1 — %2\n%3 — %4\n")
                      .arg(result.a.code, result.a.title, result.b.code, result.b.title);
    out += QLatin1Char('\n') + wrap(result.lead, 0) + QLatin1Char('\n');
    for (const Side *side : {&result.a, &result.b}) {
        out += heading(QStringLiteral("%1 — %2").arg(side->code, side->title));
        out += QStringLiteral("  %1\n%2\n").arg(tr("Meaning"), wrap(side->meaning, 4));
        out += QStringLiteral("  %1\n%2\n").arg(tr("When you see it"), wrap(side->whenYouSeeIt, 4));
        out += QStringLiteral("  %1\n").arg(tr("How to fix"));
        for (int i = 0; i < side->howToFix.size(); ++i)
            out += QStringLiteral("    %1. %2\n").arg(i + 1).arg(wrap(side->howToFix.at(i), 7).mid(7));
    }
    out += heading(tr("Key differences"));
    for (int i = 0; i < result.differences.size(); ++i)
        out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(wrap(result.differences.at(i), 5).mid(5));
    out += heading(tr("When to use which"));
    out += wrap(QStringLiteral("%1: %2").arg(result.a.code, result.whenA), 2) + QLatin1Char('\n');
    out += wrap(QStringLiteral("%1: %2").arg(result.b.code, result.whenB), 2) + QLatin1Char('\n');
    if (!result.example.isEmpty()) {
        out += heading(tr("Example"));
        for (const QString &line : result.example)
            out += QStringLiteral("  %1\n").arg(line);
    }
    return out;
}
