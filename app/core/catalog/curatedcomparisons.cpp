#include "curatedcomparisons.h"

#include "i18n/languagemanager.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList stringList(const QJsonValue &value) {
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

} // namespace

const CuratedComparisons::Pair *CuratedComparisons::find(const QString &a, const QString &b,
                                                         bool *swapped) const {
    const QString na = Catalog::normalise(a);
    const QString nb = Catalog::normalise(b);
    for (const Pair &pair : m_pairs) {
        if (pair.a == na && pair.b == nb) {
            *swapped = false;
            return &pair;
        }
        if (pair.a == nb && pair.b == na) {
            *swapped = true;
            return &pair;
        }
    }
    return nullptr;
}

CuratedComparisons CuratedComparisons::load(const QString &location, const QStringList &languages,
                                            QList<CatalogLoader::Problem> *problems) {
    const QString name = QStringLiteral("comparisons.json");
    const auto report = [&](const QString &entry, const QString &message) {
        problems->append({name, entry, message});
    };
    CuratedComparisons result;
    QFile file(location + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        report({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        report({}, QStringLiteral("is not valid JSON: %1").arg(error.errorString()));
        return result;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject object = value.toObject();
        Pair pair;
        pair.a = Catalog::normalise(object.value(QStringLiteral("a")).toString());
        pair.b = Catalog::normalise(object.value(QStringLiteral("b")).toString());
        pair.example = stringList(object.value(QStringLiteral("example")));
        const QString id = QStringLiteral("%1/%2").arg(pair.a, pair.b);
        if (pair.a.isEmpty() || pair.b.isEmpty())
            report(id, QStringLiteral("has a malformed code"));
        const QJsonObject texts = object.value(QStringLiteral("text")).toObject();
        for (const QString &language : languages) {
            const QJsonObject text = texts.value(language).toObject();
            Text t{text.value(QStringLiteral("lead")).toString(),
                   stringList(text.value(QStringLiteral("differences"))),
                   text.value(QStringLiteral("whenA")).toString(),
                   text.value(QStringLiteral("whenB")).toString()};
            if (t.lead.isEmpty() || t.differences.isEmpty() || t.whenA.isEmpty() || t.whenB.isEmpty())
                report(id, QStringLiteral("has missing or empty %1 text").arg(language));
            pair.texts.insert(language, t);
        }
        result.m_pairs.append(pair);
    }
    return result;
}

const CuratedComparisons &CuratedComparisons::builtIn(const QList<CatalogLoader::Problem> **problems) {
    struct Loaded {
        CuratedComparisons comparisons;
        QList<CatalogLoader::Problem> problems;
    };
    static const Loaded loaded = [] {
        QStringList codes;
        for (const LanguageManager::Language &language : LanguageManager::languages())
            codes << language.code;
        Loaded result;
        result.comparisons = load(CatalogLoader::defaultLocation(), codes, &result.problems);
        return result;
    }();
    if (problems)
        *problems = &loaded.problems;
    return loaded.comparisons;
}
