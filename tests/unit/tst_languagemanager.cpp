#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestLanguageManager : public QObject {
    Q_OBJECT

private slots:
    void pickInitial_data();
    void pickInitial();
    void languageOption_data();
    void languageOption();
    void nativeNames();
    void switchingInstallsTranslations();
    void unsupportedLanguageChangesNothing();
};

void TestLanguageManager::pickInitial_data() {
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    QTest::newRow("override wins") << "es"
                                   << "vi" << QStringList{"en-US"} << "es";
    QTest::newRow("remembered beats system") << ""
                                             << "vi" << QStringList{"es-ES"} << "vi";
    QTest::newRow("system locale vi-VN") << ""
                                         << "" << QStringList{"vi-VN"} << "vi";
    QTest::newRow("system locale es_419") << ""
                                          << "" << QStringList{"es_419"} << "es";
    QTest::newRow("first supported system language") << ""
                                                     << "" << QStringList{"fr-FR", "es-MX"} << "es";
    QTest::newRow("unsupported everywhere falls back to en") << "de"
                                                             << "fr" << QStringList{"ja-JP"} << "en";
    QTest::newRow("bad override ignored") << "xx"
                                          << "" << QStringList{"vi"} << "vi";
    QTest::newRow("nothing at all") << ""
                                    << "" << QStringList{} << "en";
}

void TestLanguageManager::pickInitial() {
    QFETCH(QString, override);
    QFETCH(QString, remembered);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::pickInitial(override, remembered, uiLanguages), expected);
}

void TestLanguageManager::languageOption_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("separate value") << QStringList{"smtpdesk", "--lang", "vi"} << "vi";
    QTest::newRow("equals form") << QStringList{"smtpdesk", "lookup", "535", "--lang=es"} << "es";
    QTest::newRow("missing value") << QStringList{"smtpdesk", "--lang"} << "";
    QTest::newRow("absent") << QStringList{"smtpdesk", "lookup"} << "";
}

void TestLanguageManager::languageOption() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::languageOption(arguments), expected);
}

void TestLanguageManager::nativeNames() {
    const QList<LanguageManager::Language> languages = LanguageManager::languages();
    QCOMPARE(languages.size(), 3);
    QCOMPARE(languages.at(0).nativeName, QStringLiteral("English"));
    QCOMPARE(languages.at(1).nativeName, QStringLiteral("Tiếng Việt"));
    QCOMPARE(languages.at(2).nativeName, QStringLiteral("Español"));
}

void TestLanguageManager::switchingInstallsTranslations() {
    LanguageManager manager;
    QSignalSpy spy(&manager, &LanguageManager::languageChanged);
    const auto codes = [] {
        return QCoreApplication::translate("MainWindow", "Codes");
    };

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(codes(), QStringLiteral("Codes"));

    QVERIFY(manager.setLanguage(QStringLiteral("vi")));
    QCOMPARE(manager.current(), QStringLiteral("vi"));
    const QString vietnamese = codes();
    QVERIFY2(vietnamese != QStringLiteral("Codes"), qPrintable(vietnamese));

    QVERIFY(manager.setLanguage(QStringLiteral("es")));
    const QString spanish = codes();
    QVERIFY2(spanish != QStringLiteral("Codes") && spanish != vietnamese, qPrintable(spanish));

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(codes(), QStringLiteral("Codes"));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("en"));
}

void TestLanguageManager::unsupportedLanguageChangesNothing() {
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("es")));
    QSignalSpy spy(&manager, &LanguageManager::languageChanged);
    QVERIFY(!manager.setLanguage(QStringLiteral("fr")));
    QCOMPARE(manager.current(), QStringLiteral("es"));
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
