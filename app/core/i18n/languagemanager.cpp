#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::languages() {
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

bool LanguageManager::isSupported(const QString &code) {
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString LanguageManager::pickInitial(const QString &override, const QString &remembered,
                                     const QStringList &uiLanguages) {
    if (isSupported(override))
        return override;
    if (isSupported(remembered))
        return remembered;
    for (const QString &ui : uiLanguages) {
        // "vi-VN", "es_419", "en-US" → the language part.
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return fallbackLanguage();
}

QString LanguageManager::languageOption(const QStringList &arguments) {
    const QString prefix = QStringLiteral("--lang=");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

bool LanguageManager::setLanguage(const QString &code) {
    if (!isSupported(code))
        return false;
    if (code == m_current && m_appTranslator)
        return true;

    // A translator must be removed before it is reloaded, or Qt keeps serving the old catalogue.
    removeTranslators();

    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/smtpdesk_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_appTranslator);

    // Qt's own strings (standard buttons, dialogs). Debian ships Spanish but no Vietnamese catalogue.
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);

    m_current = code;
    QLocale::setDefault(QLocale(code));
    emit languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators() {
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
