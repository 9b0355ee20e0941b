#include "providerpresets.h"

#include "maildomain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

const QString wildcardPrefix = QStringLiteral("*.");

// True when name equals suffix or ends with "." + suffix: "aspmx.l.google.com" is at google.com,
// "notgoogle.com" is not.
bool withinDomain(const QString &name, const QString &suffix) {
    if (name.size() == suffix.size())
        return name == suffix;
    return name.size() > suffix.size() && name.endsWith(suffix) &&
           name.at(name.size() - suffix.size() - 1) == QLatin1Char('.');
}

QString lowerHost(const QString &host) {
    QString out = host.trimmed().toLower();
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

} // namespace

// ---- ProviderPreset ----------------------------------------------------------------------------

QString ProviderPreset::note(const QString &language) const {
    const QString text = notes.value(language);
    return text.isEmpty() ? notes.value(QStringLiteral("en")) : text;
}

bool ProviderPreset::matchesDomain(const QString &domain) const {
    const QString wanted = lowerHost(domain);
    for (const QString &entry : domains) {
        if (entry.startsWith(wildcardPrefix)) {
            // Only proper subdomains: "onmicrosoft.com" itself is nobody's mailbox.
            const QString parent = entry.mid(wildcardPrefix.size());
            if (wanted != parent && withinDomain(wanted, parent))
                return true;
        } else if (wanted == entry) {
            return true;
        }
    }
    return false;
}

bool ProviderPreset::matchesMxHost(const QString &mxHost) const {
    const QString wanted = lowerHost(mxHost);
    for (const QString &suffix : mxHosts) {
        if (withinDomain(wanted, suffix))
            return true;
    }
    return false;
}

// ---- ProviderPresets ---------------------------------------------------------------------------

namespace {

const QStringList knownKeys = {
    QStringLiteral("id"),        QStringLiteral("name"),     QStringLiteral("domains"),
    QStringLiteral("mxHosts"),   QStringLiteral("host"),     QStringLiteral("port"),
    QStringLiteral("security"),  QStringLiteral("userName"), QStringLiteral("needsAppPassword"),
    QStringLiteral("oauthOnly"), QStringLiteral("notes"),    QStringLiteral("helpUrl"),
    QStringLiteral("comment"),
};

// Reads one entry; returns an empty string or the problem (without the location). Like the catalog
// loader's, these messages are for whoever edits the data file, not for end users, so they stay English.
QString readEntry(const QJsonObject &object, ProviderPreset *preset) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A misspelt key ("needAppPassword") would otherwise be ignored and the flag silently false.
        if (!knownKeys.contains(it.key()))
            return QStringLiteral("unknown field \"%1\".").arg(it.key());
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    preset->id = object.value(QStringLiteral("id")).toString();
    if (!idPattern.match(preset->id).hasMatch())
        return QStringLiteral("\"id\" must be lower-case letters, digits and hyphens.");
    preset->name = object.value(QStringLiteral("name")).toString().trimmed();
    if (preset->name.isEmpty())
        return QStringLiteral("\"name\" is missing or empty.");

    const auto readNames = [](const QJsonValue &value, bool allowWildcard, QStringList *out) {
        if (!value.isUndefined() && !value.isArray())
            return false;
        for (const QJsonValue &item : value.toArray()) {
            QString name = item.toString();
            QString bare = name;
            if (allowWildcard && bare.startsWith(wildcardPrefix))
                bare = bare.mid(wildcardPrefix.size());
            if (!item.isString() || name != name.toLower() || !MailDomain::isValidHostName(bare) ||
                !bare.contains(QLatin1Char('.')) || out->contains(name))
                return false;
            out->append(name);
        }
        return true;
    };
    if (!readNames(object.value(QStringLiteral("domains")), true, &preset->domains))
        return QStringLiteral(
            "\"domains\" must be a list of distinct lower-case domain names (\"*.\" allowed in front).");
    if (!readNames(object.value(QStringLiteral("mxHosts")), false, &preset->mxHosts))
        return QStringLiteral("\"mxHosts\" must be a list of distinct lower-case domain names.");
    if (preset->domains.isEmpty() && preset->mxHosts.isEmpty())
        return QStringLiteral("a preset needs at least one entry in \"domains\" or \"mxHosts\".");

    preset->host = object.value(QStringLiteral("host")).toString();
    if (preset->host != preset->host.toLower() || !MailDomain::isValidHostName(preset->host))
        return QStringLiteral("\"host\" must be a lower-case host name.");

    const QJsonValue port = object.value(QStringLiteral("port"));
    const double portNumber = port.toDouble(-1);
    if (!port.isDouble() || portNumber < 1 || portNumber > 65535 || portNumber != int(portNumber))
        return QStringLiteral("\"port\" must be a whole number between 1 and 65535.");
    preset->port = quint16(portNumber);

    // Plain text is deliberately not a choice: a preset must never steer anyone to an unencrypted port.
    const QString security = object.value(QStringLiteral("security")).toString();
    if (security == QLatin1String("starttls"))
        preset->security = SmtpConfig::Security::StartTls;
    else if (security == QLatin1String("tls"))
        preset->security = SmtpConfig::Security::ImplicitTls;
    else
        return QStringLiteral("\"security\" must be \"starttls\" or \"tls\".");

    const QJsonValue userName = object.value(QStringLiteral("userName"));
    if (userName.isUndefined() || userName.toString() == QLatin1String("full-address"))
        preset->userName = ProviderPreset::UserName::FullAddress;
    else if (userName.toString() == QLatin1String("local-part"))
        preset->userName = ProviderPreset::UserName::LocalPart;
    else
        return QStringLiteral("\"userName\" must be \"full-address\" or \"local-part\".");

    for (const QString &key : {QStringLiteral("needsAppPassword"), QStringLiteral("oauthOnly")}) {
        const QJsonValue flag = object.value(key);
        if (!flag.isUndefined() && !flag.isBool())
            return QStringLiteral("\"%1\" must be true or false.").arg(key);
    }
    preset->needsAppPassword = object.value(QStringLiteral("needsAppPassword")).toBool();
    preset->oauthOnly = object.value(QStringLiteral("oauthOnly")).toBool();

    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    const QJsonValue notes = object.value(QStringLiteral("notes"));
    if (!notes.isObject())
        return QStringLiteral("\"notes\" must be an object of texts by language code.");
    const QJsonObject noteObject = notes.toObject();
    for (auto it = noteObject.begin(); it != noteObject.end(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (!languagePattern.match(it.key()).hasMatch() || text.isEmpty())
            return QStringLiteral("the note \"%1\" needs a language code and a text.").arg(it.key());
        preset->notes.insert(it.key(), text);
    }
    if (!preset->notes.contains(QStringLiteral("en")))
        return QStringLiteral("\"notes\" needs at least the English text (\"en\").");

    preset->helpUrl = object.value(QStringLiteral("helpUrl")).toString();
    const QUrl url(preset->helpUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return QStringLiteral("\"helpUrl\" must be an https:// address.");
    return {};
}

} // namespace

ProviderPresets ProviderPresets::load(const QString &path, QString *error) {
    const QString file = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return ProviderPresets();
    };
    if (error)
        error->clear();

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the provider presets %1: %2").arg(file, input.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not valid JSON: %2 (at byte %3).")
                        .arg(file, parseError.errorString(), QString::number(parseError.offset)));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!document.isObject() || !root.value(QStringLiteral("providers")).isArray() ||
        (!version.isUndefined() && version.toInt() != 1))
        return fail(
            QStringLiteral("%1: expected an object with \"version\": 1 and a \"providers\" list.").arg(file));

    ProviderPresets result;
    QSet<QString> ids;
    QHash<QString, QString> domainOwner;
    const QJsonArray entries = root.value(QStringLiteral("providers")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        const QString entry = QString::number(i + 1);
        const QString id = object.value(QStringLiteral("id")).toString();
        if (!entries.at(i).isObject())
            return fail(QStringLiteral("%1, entry %2: expected an object.").arg(file, entry));

        ProviderPreset preset;
        QString problem = readEntry(object, &preset);
        if (problem.isEmpty() && ids.contains(preset.id))
            problem = QStringLiteral("the id is used twice.");
        for (const QString &domain : std::as_const(preset.domains)) {
            if (problem.isEmpty() && domainOwner.contains(domain))
                problem = QStringLiteral("the domain %1 also belongs to \"%2\".")
                              .arg(domain, domainOwner.value(domain));
        }
        if (!problem.isEmpty()) {
            if (id.isEmpty())
                return fail(QStringLiteral("%1, entry %2: %3").arg(file, entry, problem));
            return fail(QStringLiteral("%1, entry %2 (\"%3\"): %4").arg(file, entry, id, problem));
        }
        ids.insert(preset.id);
        for (const QString &domain : std::as_const(preset.domains))
            domainOwner.insert(domain, preset.id);
        result.m_presets.append(preset);
    }
    if (result.m_presets.isEmpty())
        return fail(QStringLiteral("%1 lists no providers.").arg(file));
    return result;
}

const ProviderPresets &ProviderPresets::builtIn() {
    static const ProviderPresets presets = [] {
        QString error;
        ProviderPresets loaded = load(builtInPath(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return loaded;
    }();
    return presets;
}

const ProviderPreset *ProviderPresets::byId(const QString &id) const {
    for (const ProviderPreset &preset : m_presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

const ProviderPreset *ProviderPresets::forAddress(const QString &emailAddress) const {
    const QString domain = MailDomain::ofAddress(emailAddress);
    return domain.isEmpty() ? nullptr : forDomain(domain);
}

const ProviderPreset *ProviderPresets::forDomain(const QString &domain) const {
    // Exact names first, so a listed domain always wins over a wildcard that happens to cover it.
    const QString name = lowerHost(domain);
    for (const ProviderPreset &preset : m_presets) {
        if (preset.domains.contains(name))
            return &preset;
    }
    for (const ProviderPreset &preset : m_presets) {
        if (preset.matchesDomain(name))
            return &preset;
    }
    return nullptr;
}

const ProviderPreset *ProviderPresets::forMxHost(const QString &mxHost) const {
    // The longest matching suffix wins: mail.protection.outlook.com (Microsoft 365) must not be taken
    // for a shorter, broader suffix of another preset.
    const ProviderPreset *best = nullptr;
    qsizetype bestLength = 0;
    const QString name = lowerHost(mxHost);
    for (const ProviderPreset &preset : m_presets) {
        for (const QString &suffix : preset.mxHosts) {
            if (suffix.size() > bestLength && withinDomain(name, suffix)) {
                best = &preset;
                bestLength = suffix.size();
            }
        }
    }
    return best;
}

QString ProviderPresets::securityName(SmtpConfig::Security security) {
    switch (security) {
    case SmtpConfig::Security::StartTls:
    case SmtpConfig::Security::StartTlsIfOffered: // presets never use it; STARTTLS is the closest name
        return QStringLiteral("starttls");
    case SmtpConfig::Security::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpConfig::Security::None:
        break;
    }
    return QStringLiteral("none");
}
