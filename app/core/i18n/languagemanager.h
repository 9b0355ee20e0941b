#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// Owns the translators of the running application (ours and Qt's own catalogue where one exists) and
// switches them at run time. Installing a translator makes Qt send QEvent::LanguageChange to every widget,
// so views retranslate themselves; non-widget consumers listen to languageChanged().
class LanguageManager final : public QObject {
    Q_OBJECT

public:
    struct Language {
        QString code;       // "en", "vi", "es"
        QString nativeName; // shown as is in every UI language: "Tiếng Việt"
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    static bool isSupported(const QString &code);
    static QString fallbackLanguage() { return QStringLiteral("en"); }

    // First supported of: explicit override (--lang), the remembered choice, the system's UI languages.
    static QString pickInitial(const QString &override, const QString &remembered,
                               const QStringList &uiLanguages);
    // The value of --lang X / --lang=X in a command line, or an empty string.
    static QString languageOption(const QStringList &arguments);

    QString current() const { return m_current; }
    // Installs the translators for code; returns false (and changes nothing) for an unsupported code.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
