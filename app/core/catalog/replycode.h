#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One catalog entry: a basic reply code ("535"), a registered enhanced status code stored once in the
// registry's form ("X.7.8"), a class ("5.X.X"), a subject ("X.7.X") or a provider's unregistered code
// ("5.7.139"). Language-independent facts sit in the struct; texts per language in `texts`.
struct ReplyCode {
    Q_DECLARE_TR_FUNCTIONS(ReplyCode)

public:
    enum class Kind { Basic, Enhanced, Class, Subject, Vendor };

    struct RfcReference {
        QString document; // "RFC 4954" or "draft-…"
        QString section;  // "6", "4.2.3" or empty for the whole document
    };

    // A number with several standard meanings: which command and enhanced code tell them apart.
    struct VariantSpec {
        QString id;
        QStringList stages;
        QStringList enhanced;
    };

    struct ProviderNote {
        QString wording; // the server's own words, kept as sent (usually English)
        QString note;
    };

    struct VariantText {
        QString title;
        QString text;
    };

    struct Text {
        QString title;
        QString summary;
        QString meaning;
        QString whenYouSeeIt;
        QStringList howToFix;
        QString forOperators;
        QList<ProviderNote> providerNotes;
        QHash<QString, VariantText> variants;
    };

    QString code;
    Kind kind = Kind::Basic;
    QList<int> classes;
    QString provider;
    QStringList stages;
    QStringList related;
    QStringList pairings;
    QList<RfcReference> rfcs;
    QList<VariantSpec> variants;
    QHash<QString, Text> texts; // by language code

    // The text in `language`, else English (the catalog guarantees every language; this is a safety net).
    const Text &text(const QString &language) const;

    // How the entry is shown for a concrete class digit: "X.7.8" with 5 → "5.7.8".
    QString displayCode(int classDigit = 0) const;
    int subjectDigit() const; // X.7.8 → 7; -1 where there is none

    static QString kindName(Kind kind);
    static bool parseKind(const QString &name, Kind *kind);
    static const QStringList &knownStages();
    // Translated, plain-language names for the user.
    static QString stageLabel(const QString &stage);
    static QString kindLabel(Kind kind);
    static QString classLabel(int classDigit);  // "2xx positive completion"
    static QString classAdvice(int classDigit); // what the class tells a client to do
};
