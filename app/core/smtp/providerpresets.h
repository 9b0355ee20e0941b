#pragma once

#include "smtpconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Submission settings of one well-known mail provider, as its public help pages give them.
struct ProviderPreset {
    enum class UserName {
        FullAddress, // "ana@example.com"
        LocalPart,   // "ana"
    };

    QString id;   // stable, lower case: "gmail"
    QString name; // shown as is in every language: "Gmail"
    // Lower case. "*.onmicrosoft.com" matches any subdomain (tenant names), never the bare domain.
    QStringList domains;
    // Suffixes of MX host names that give the provider away for a custom domain ("google.com" for
    // aspmx.l.google.com), matched on label boundaries.
    QStringList mxHosts;
    QString host;
    quint16 port = 587;
    SmtpConfig::Security security = SmtpConfig::Security::StartTls;
    UserName userName = UserName::FullAddress;
    bool needsAppPassword = false; // the account password alone is refused by other mail apps
    bool oauthOnly = false;        // only an OAuth 2.0 sign-in (XOAUTH2) works
    QHash<QString, QString> notes; // by language code; "en" always present
    QString helpUrl;               // the provider's help page, shown as text, never fetched

    // The note in language, or the English one when that language has none.
    QString note(const QString &language) const;
    bool matchesDomain(const QString &domain) const;
    bool matchesMxHost(const QString &mxHost) const;
};

// The provider presets, read from JSON (resources/providers/providers.json, compiled in as
// ":/providers/providers.json"). Data rather than code, so a provider's change of host or policy is a
// one-line edit a reviewer can check against the help page.
class ProviderPresets {
public:
    static QString builtInPath() { return QStringLiteral(":/providers/providers.json"); }

    // Reads and validates a presets file. On bad data returns an empty set and sets *error to one
    // sentence naming the file and the entry; a half-read list would silently hide a provider.
    static ProviderPresets load(const QString &path, QString *error);
    // The presets SMTP Desk ships, loaded once and shared (read-only). Empty if the built-in file is
    // broken, which the tests rule out.
    static const ProviderPresets &builtIn();

    const QList<ProviderPreset> &presets() const { return m_presets; }
    const ProviderPreset *byId(const QString &id) const;
    // By the domain after the last '@', case-insensitive; nullptr when no preset knows it.
    const ProviderPreset *forAddress(const QString &emailAddress) const;
    const ProviderPreset *forDomain(const QString &domain) const;
    // The provider that runs the mail exchanger mxHost, for domains hosted there under their own name.
    const ProviderPreset *forMxHost(const QString &mxHost) const;

    // "starttls" / "tls" as the JSON file spells them.
    static QString securityName(SmtpConfig::Security security);

private:
    QList<ProviderPreset> m_presets;
};
