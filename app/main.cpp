// Picks the command-line or the window face, installs translators, and hands over.
#include "clirunner.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "smtpdesk_version.h"
#include "startupprobe.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("SMTPDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPDESK_VERSION));
}

QString initialLanguage(const QStringList &arguments, const QSettings &settings) {
    return LanguageManager::pickInitial(LanguageManager::languageOption(arguments),
                                        settings.value(SettingsKeys::language).toString(),
                                        QLocale::system().uiLanguages());
}

int runCli(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QSettings settings;
    LanguageManager languages;
    languages.setLanguage(initialLanguage(app.arguments(), settings));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CliRunner(out, err, languages.current()).run(app.arguments());
}

int runGui(int argc, char **argv) {
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Desk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.smtpdesk.SmtpDesk")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smtpdesk.SmtpDesk"));
    QSettings settings;
    LanguageManager languages;
    languages.setLanguage(initialLanguage(app.arguments(), settings));
    MainWindow window(languages, settings);
    StartupProbe::attachIfRequested(&window);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return CliRunner::isCliInvocation(arguments) ? runCli(argc, argv) : runGui(argc, argv);
}
