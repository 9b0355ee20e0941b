#include "entryjson.h"

#include <QJsonArray>

namespace {

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QString statusName(Catalog::Lookup::Status status) {
    switch (status) {
    case Catalog::Lookup::Status::Found:
        return QStringLiteral("found");
    case Catalog::Lookup::Status::Fallback:
        return QStringLiteral("fallback");
    case Catalog::Lookup::Status::Unknown:
        return QStringLiteral("unknown");
    case Catalog::Lookup::Status::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

} // namespace

QJsonObject EntryJson::entry(const ReplyCode &code, const QString &language, int classDigit) {
    const ReplyCode::Text &text = code.text(language);
    QJsonArray classes;
    for (int c : code.classes)
        classes.append(c);
    QJsonArray rfcs;
    for (const ReplyCode::RfcReference &rfc : code.rfcs)
        rfcs.append(
            QJsonObject{{QStringLiteral("doc"), rfc.document}, {QStringLiteral("section"), rfc.section}});
    QJsonArray notes;
    for (const ReplyCode::ProviderNote &note : text.providerNotes)
        notes.append(
            QJsonObject{{QStringLiteral("wording"), note.wording}, {QStringLiteral("note"), note.note}});
    QJsonArray variants;
    for (const ReplyCode::VariantSpec &spec : code.variants) {
        const ReplyCode::VariantText variant = text.variants.value(spec.id);
        variants.append(QJsonObject{{QStringLiteral("id"), spec.id},
                                    {QStringLiteral("stages"), toArray(spec.stages)},
                                    {QStringLiteral("enhanced"), toArray(spec.enhanced)},
                                    {QStringLiteral("title"), variant.title},
                                    {QStringLiteral("text"), variant.text}});
    }
    QJsonObject object{
        {QStringLiteral("code"), code.displayCode(classDigit)},
        {QStringLiteral("catalogCode"), code.code},
        {QStringLiteral("kind"), ReplyCode::kindName(code.kind)},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("stages"), toArray(code.stages)},
        {QStringLiteral("related"), toArray(code.related)},
        {QStringLiteral("pairings"), toArray(code.pairings)},
        {QStringLiteral("rfcs"), rfcs},
        {QStringLiteral("title"), text.title},
        {QStringLiteral("summary"), text.summary},
        {QStringLiteral("meaning"), text.meaning},
        {QStringLiteral("whenYouSeeIt"), text.whenYouSeeIt},
        {QStringLiteral("howToFix"), toArray(text.howToFix)},
        {QStringLiteral("forOperators"), text.forOperators},
        {QStringLiteral("providerNotes"), notes},
        {QStringLiteral("variants"), variants},
    };
    if (!code.provider.isEmpty())
        object.insert(QStringLiteral("provider"), code.provider);
    return object;
}

QJsonObject EntryJson::lookup(const Catalog::Lookup &lookup, const QString &language) {
    QJsonObject object{{QStringLiteral("code"), lookup.code},
                       {QStringLiteral("status"), statusName(lookup.status)},
                       {QStringLiteral("registered"), lookup.registered},
                       {QStringLiteral("language"), language}};
    if (lookup.entry)
        object.insert(QStringLiteral("entry"), entry(*lookup.entry, language, lookup.classDigit));
    if (lookup.status == Catalog::Lookup::Status::Fallback) {
        if (lookup.classEntry)
            object.insert(QStringLiteral("class"), entry(*lookup.classEntry, language, lookup.classDigit));
        if (lookup.subjectEntry)
            object.insert(QStringLiteral("subject"),
                          entry(*lookup.subjectEntry, language, lookup.classDigit));
    }
    if (!lookup.nearest.isEmpty())
        object.insert(QStringLiteral("nearest"), toArray(lookup.nearest));
    return object;
}
