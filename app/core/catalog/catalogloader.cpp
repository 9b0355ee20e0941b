#include "catalogloader.h"

#include "i18n/languagemanager.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class Reader {
public:
    Reader(QString file, QList<CatalogLoader::Problem> &problems)
        : m_file(std::move(file))
        , m_problems(problems) {}

    void problem(const QString &entry, const QString &message) {
        m_problems.append({m_file, entry, message});
    }

    bool readDocument(const QString &path, QJsonObject *root) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
            return false;
        }
        const QByteArray data = file.readAll();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = data.left(error.offset).count('\n') + 1;
            problem({},
                    QStringLiteral("is not valid JSON at line %1: %2").arg(line).arg(error.errorString()));
            return false;
        }
        if (!document.isObject()) {
            problem({}, QStringLiteral("must hold a JSON object"));
            return false;
        }
        *root = document.object();
        return true;
    }

    QString string(const QString &entry, const QJsonObject &object, const QString &key,
                   bool required = true) {
        const QJsonValue value = object.value(key);
        if (value.isString() && (!required || !value.toString().trimmed().isEmpty()))
            return value.toString();
        if (required || !value.isUndefined())
            problem(entry, QStringLiteral("field \"%1\" must be a non-empty string").arg(key));
        return {};
    }

    QStringList strings(const QString &entry, const QJsonObject &object, const QString &key, bool nonEmpty) {
        const QJsonValue value = object.value(key);
        QStringList result;
        if (!value.isArray()) {
            problem(entry, QStringLiteral("field \"%1\" must be an array of strings").arg(key));
            return result;
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                problem(entry, QStringLiteral("field \"%1\" holds an empty or non-string item").arg(key));
                continue;
            }
            result << item.toString();
        }
        if (nonEmpty && result.isEmpty())
            problem(entry, QStringLiteral("field \"%1\" must not be empty").arg(key));
        return result;
    }

private:
    QString m_file;
    QList<CatalogLoader::Problem> &m_problems;
};

ReplyCode readFacts(Reader &reader, const QJsonObject &object) {
    ReplyCode code;
    code.code = reader.string(QStringLiteral("?"), object, QStringLiteral("code"));
    const QString id = code.code.isEmpty() ? QStringLiteral("?") : code.code;
    const QString kind = reader.string(id, object, QStringLiteral("kind"));
    if (!kind.isEmpty() && !ReplyCode::parseKind(kind, &code.kind))
        reader.problem(id, QStringLiteral("unknown kind \"%1\"").arg(kind));
    const QJsonArray classes = object.value(QStringLiteral("classes")).toArray();
    for (const QJsonValue &c : classes)
        code.classes << c.toInt();
    if (classes.isEmpty())
        reader.problem(id, QStringLiteral("field \"classes\" must list at least one class digit"));
    code.provider = object.value(QStringLiteral("provider")).toString();
    code.stages = reader.strings(id, object, QStringLiteral("stages"), true);
    code.related = reader.strings(id, object, QStringLiteral("related"), code.kind != ReplyCode::Kind::Class);
    code.pairings = reader.strings(id, object, QStringLiteral("pairings"), false);
    const QJsonValue rfcs = object.value(QStringLiteral("rfcs"));
    if (!rfcs.isArray() || rfcs.toArray().isEmpty())
        reader.problem(id, QStringLiteral("field \"rfcs\" must list at least one reference"));
    for (const QJsonValue &rfc : rfcs.toArray()) {
        const QJsonObject ref = rfc.toObject();
        code.rfcs.append({reader.string(id, ref, QStringLiteral("doc")),
                          reader.string(id, ref, QStringLiteral("section"), false)});
    }
    for (const QJsonValue &v : object.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject variant = v.toObject();
        code.variants.append({reader.string(id, variant, QStringLiteral("id")),
                              reader.strings(id, variant, QStringLiteral("stages"), false),
                              reader.strings(id, variant, QStringLiteral("enhanced"), false)});
    }
    return code;
}

ReplyCode::Text readText(Reader &reader, const ReplyCode &code, const QJsonObject &object) {
    const QString &id = code.code;
    ReplyCode::Text text;
    text.title = reader.string(id, object, QStringLiteral("title"));
    text.summary = reader.string(id, object, QStringLiteral("summary"));
    text.meaning = reader.string(id, object, QStringLiteral("meaning"));
    text.whenYouSeeIt = reader.string(id, object, QStringLiteral("whenYouSeeIt"));
    text.howToFix = reader.strings(id, object, QStringLiteral("howToFix"), true);
    text.forOperators = reader.string(id, object, QStringLiteral("forOperators"));
    for (const QJsonValue &n : object.value(QStringLiteral("providerNotes")).toArray()) {
        const QJsonObject note = n.toObject();
        text.providerNotes.append({reader.string(id, note, QStringLiteral("wording")),
                                   reader.string(id, note, QStringLiteral("note"))});
    }
    const QJsonObject variants = object.value(QStringLiteral("variants")).toObject();
    for (const ReplyCode::VariantSpec &spec : code.variants) {
        const QJsonObject variant = variants.value(spec.id).toObject();
        if (variant.isEmpty()) {
            reader.problem(id, QStringLiteral("variant \"%1\" has no text").arg(spec.id));
            continue;
        }
        text.variants.insert(spec.id, {reader.string(id, variant, QStringLiteral("title")),
                                       reader.string(id, variant, QStringLiteral("text"))});
    }
    return text;
}

} // namespace

QString CatalogLoader::Problem::toString() const {
    if (entry.isEmpty())
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1: entry %2: %3").arg(file, entry, message);
}

CatalogLoader::Result CatalogLoader::load(const QString &location, const QStringList &languages) {
    Result result;
    QList<ReplyCode> entries;

    Reader facts(QStringLiteral("codes.json"), result.problems);
    QJsonObject root;
    if (!facts.readDocument(location + QStringLiteral("/codes.json"), &root))
        return result;
    const QJsonValue list = root.value(QStringLiteral("entries"));
    if (!list.isArray())
        facts.problem({}, QStringLiteral("has no \"entries\" array"));
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject()) {
            facts.problem({}, QStringLiteral("holds an entry that is not an object"));
            continue;
        }
        entries.append(readFacts(facts, value.toObject()));
    }

    for (const QString &language : languages) {
        const QString name = language + QStringLiteral(".json");
        Reader reader(name, result.problems);
        QJsonObject document;
        if (!reader.readDocument(location + QLatin1Char('/') + name, &document))
            continue;
        if (document.value(QStringLiteral("language")).toString() != language)
            reader.problem({}, QStringLiteral("does not declare \"language\": \"%1\"").arg(language));
        const QJsonObject texts = document.value(QStringLiteral("entries")).toObject();
        for (ReplyCode &code : entries) {
            const QJsonValue text = texts.value(code.code);
            if (!text.isObject()) {
                reader.problem(code.code, QStringLiteral("has no text in this language"));
                continue;
            }
            code.texts.insert(language, readText(reader, code, text.toObject()));
        }
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            const bool known = std::any_of(entries.cbegin(), entries.cend(),
                                           [&](const ReplyCode &c) { return c.code == it.key(); });
            if (!known)
                reader.problem(it.key(), QStringLiteral("has text but no entry in codes.json"));
        }
    }
    result.catalog = Catalog(std::move(entries), languages);
    return result;
}

const CatalogLoader::Result &CatalogLoader::builtIn() {
    static const Result result = [] {
        QStringList codes;
        for (const LanguageManager::Language &language : LanguageManager::languages())
            codes << language.code;
        return load(defaultLocation(), codes);
    }();
    return result;
}
