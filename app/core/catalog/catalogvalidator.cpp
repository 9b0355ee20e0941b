#include "catalogvalidator.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString codePatternFor(ReplyCode::Kind kind) {
    switch (kind) {
    case ReplyCode::Kind::Basic:
        return QStringLiteral("^[2-5]\\d\\d$");
    case ReplyCode::Kind::Enhanced:
        return QStringLiteral("^X\\.\\d\\.\\d{1,3}$");
    case ReplyCode::Kind::Class:
        return QStringLiteral("^[245]\\.X\\.X$");
    case ReplyCode::Kind::Subject:
        return QStringLiteral("^X\\.\\d\\.X$");
    case ReplyCode::Kind::Vendor:
        return QStringLiteral("^[245]\\.\\d\\.\\d{1,3}$");
    }
    return {};
}

// Every field a reader sees, as (name, text) pairs, for the per-language comparisons.
QList<QPair<QString, QString>> fields(const ReplyCode::Text &text) {
    QList<QPair<QString, QString>> result{
        {QStringLiteral("title"), text.title},
        {QStringLiteral("summary"), text.summary},
        {QStringLiteral("meaning"), text.meaning},
        {QStringLiteral("whenYouSeeIt"), text.whenYouSeeIt},
        {QStringLiteral("howToFix"), text.howToFix.join(QLatin1Char('\n'))},
        {QStringLiteral("forOperators"), text.forOperators},
    };
    for (const ReplyCode::ProviderNote &note : text.providerNotes)
        result.append({QStringLiteral("providerNotes"), note.note});
    for (auto it = text.variants.constBegin(); it != text.variants.constEnd(); ++it)
        result.append({QStringLiteral("variant %1").arg(it.key()),
                       it.value().title + QLatin1Char('\n') + it.value().text});
    return result;
}

} // namespace

bool CatalogValidator::hasVietnameseLetters(const QString &text) {
    // Spanish shares á é í ó ú, so those do not count.
    static const QString letters =
        QStringLiteral("àảãạăằắẳẵặâầấẩẫậèẻẽẹêềếểễệìỉĩịòỏõọôồốổỗộơờớởỡợùủũụưừứửữựỳýỷỹỵđ");
    for (const QChar c : text) {
        if (letters.contains(c.toLower()))
            return true;
    }
    return false;
}

QList<CatalogValidator::Problem> CatalogValidator::validate(const Catalog &catalog,
                                                            const QStringList &requiredCodes) {
    QList<Problem> problems;
    const auto report = [&](const QString &entry, const QString &message) {
        problems.append({QStringLiteral("catalog"), entry, message});
    };
    static const QRegularExpression rfcDocument(QStringLiteral("^(RFC [1-9]\\d{2,4}|draft-[a-z0-9-]+)$"));
    static const QRegularExpression rfcSection(QStringLiteral("^(|\\d+(\\.\\d+)*|[A-Z](\\.\\d+)*)$"));

    QSet<QString> seen;
    for (const ReplyCode &code : catalog.entries()) {
        const QString &id = code.code;
        if (seen.contains(id))
            report(id, QStringLiteral("appears more than once"));
        seen.insert(id);

        if (!QRegularExpression(codePatternFor(code.kind)).match(id).hasMatch())
            report(id, QStringLiteral("is not a well-formed %1 code").arg(ReplyCode::kindName(code.kind)));
        for (int c : code.classes) {
            if (c < 2 || c > 5 || (c == 3 && code.kind != ReplyCode::Kind::Basic))
                report(id, QStringLiteral("has an impossible class digit %1").arg(c));
        }
        // A malformed file may give an empty code: check it without reading past its end.
        const int firstDigit = id.isEmpty() ? -1 : id.at(0).digitValue();
        if (code.kind == ReplyCode::Kind::Basic && code.classes != QList<int>{firstDigit})
            report(id, QStringLiteral("classes must be exactly its first digit"));
        if ((code.kind == ReplyCode::Kind::Vendor) == code.provider.isEmpty())
            report(id,
                   QStringLiteral("provider must be given for provider-specific codes and only for them"));

        for (const QString &stage : code.stages) {
            if (!ReplyCode::knownStages().contains(stage))
                report(id, QStringLiteral("unknown stage \"%1\"").arg(stage));
        }
        for (const ReplyCode::RfcReference &rfc : code.rfcs) {
            if (!rfcDocument.match(rfc.document).hasMatch() || !rfcSection.match(rfc.section).hasMatch())
                report(id, QStringLiteral("malformed reference \"%1\" section \"%2\"")
                               .arg(rfc.document, rfc.section));
        }
        for (const QString &other : code.related + code.pairings) {
            const Catalog::Lookup lookup = catalog.lookup(other);
            if (!lookup.entry) // provider codes resolve as a fallback but have an entry of their own
                report(id, QStringLiteral("refers to unknown code \"%1\"").arg(other));
            else if (lookup.entry == &code)
                report(id, QStringLiteral("refers to itself"));
        }
        QSet<QString> variantIds;
        for (const ReplyCode::VariantSpec &variant : code.variants) {
            if (variantIds.contains(variant.id))
                report(id, QStringLiteral("variant \"%1\" declared twice").arg(variant.id));
            variantIds.insert(variant.id);
            for (const QString &stage : variant.stages) {
                if (!ReplyCode::knownStages().contains(stage))
                    report(id, QStringLiteral("variant \"%1\": unknown stage \"%2\"").arg(variant.id, stage));
            }
        }

        const ReplyCode::Text english = code.texts.value(QStringLiteral("en"));
        for (const QString &language : catalog.languages()) {
            if (!code.texts.contains(language)) {
                report(id, QStringLiteral("has no %1 text").arg(language));
                continue;
            }
            const ReplyCode::Text &text = code.texts[language];
            if (text.title.size() > 80)
                report(id, QStringLiteral("%1 title is longer than 80 characters").arg(language));
            if (text.summary.contains(QLatin1Char('\n')))
                report(id, QStringLiteral("%1 summary must be one line").arg(language));
            if (text.variants.size() != code.variants.size())
                report(id, QStringLiteral("%1 text does not cover every variant").arg(language));
            if (language == QLatin1String("en"))
                continue;
            const auto mine = fields(text);
            const auto theirs = fields(english);
            for (int i = 0; i < mine.size(); ++i) {
                if (i < theirs.size() && mine.at(i).second == theirs.at(i).second)
                    report(id,
                           QStringLiteral("%1 %2 is identical to English").arg(language, mine.at(i).first));
                if (language == QLatin1String("vi") && !hasVietnameseLetters(mine.at(i).second))
                    report(id, QStringLiteral("vi %1 has no Vietnamese letters").arg(mine.at(i).first));
            }
        }
    }

    for (const QString &required : requiredCodes) {
        if (!catalog.entry(required))
            report(required, QStringLiteral("is required but missing"));
    }
    return problems;
}
