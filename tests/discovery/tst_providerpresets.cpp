// The provider presets: the shipped data is complete and well formed in every language, lookups by
// address and by MX host find the right provider, and broken files fail with a message naming the place.
#include "i18n/languagemanager.h"
#include "smtp/providerpresets.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool hasVietnameseLetters(const QString &text) {
    // Letters only Vietnamese uses among our languages: ă â đ ê ô ơ ư and the precomposed tone marks.
    static const QRegularExpression letters(QStringLiteral("[ăâđêôơưĂÂĐÊÔƠƯ\\x{1EA0}-\\x{1EF9}]"));
    return letters.match(text).hasMatch();
}

} // namespace

class TestProviderPresets : public QObject {
    Q_OBJECT

private slots:
    void builtInLoads();
    void everyPresetIsComplete_data();
    void everyPresetIsComplete();
    void lookupByAddress_data();
    void lookupByAddress();
    void lookupByMxHost_data();
    void lookupByMxHost();
    void protonSaysBridge();
    void noteFallsBackToEnglish();
    void badFileNamesThePlace_data();
    void badFileNamesThePlace();
    void missingFileNamesIt();

private:
    QTemporaryDir m_dir;
};

void TestProviderPresets::builtInLoads() {
    QString error;
    const ProviderPresets presets = ProviderPresets::load(ProviderPresets::builtInPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ProviderPresets::builtIn().presets().size(), presets.presets().size());
    QStringList ids;
    for (const ProviderPreset &preset : presets.presets())
        ids << preset.id;
    for (const char *id : {"gmail", "outlook", "microsoft365", "yahoo", "icloud", "zoho", "fastmail",
                           "gmx-com", "gmx-net", "yandex", "qq", "aol", "mailru", "webde", "proton"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestProviderPresets::everyPresetIsComplete_data() {
    QTest::addColumn<QString>("id");
    for (const ProviderPreset &preset : ProviderPresets::builtIn().presets())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestProviderPresets::everyPresetIsComplete() {
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::builtIn().byId(id);
    QVERIFY(preset);
    QVERIFY(!preset->name.isEmpty());
    QVERIFY2(preset->host.contains(QLatin1Char('.')) && !preset->host.contains(QLatin1Char(' ')),
             qPrintable(preset->host));
    QVERIFY(preset->port > 0);
    QVERIFY(preset->security != SmtpConfig::Security::None); // a preset never points at plain text
    if (preset->security == SmtpConfig::Security::ImplicitTls)
        QCOMPARE(preset->port, quint16(465));
    QVERIFY2(preset->helpUrl.startsWith(QLatin1String("https://")), qPrintable(preset->helpUrl));
    QVERIFY(!preset->domains.isEmpty() || !preset->mxHosts.isEmpty());
    QVERIFY(!(preset->oauthOnly && preset->needsAppPassword)); // one or the other says how to sign in

    const QString en = preset->notes.value(QStringLiteral("en"));
    QVERIFY(!en.isEmpty());
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        const QString text = preset->notes.value(language.code);
        QVERIFY2(!text.isEmpty(), qPrintable(language.code));
        QCOMPARE(preset->note(language.code), text);
        if (language.code != QLatin1String("en"))
            QVERIFY2(text != en, qPrintable(language.code + QLatin1String(" is the English text")));
    }
    const QString vi = preset->notes.value(QStringLiteral("vi"));
    QVERIFY2(hasVietnameseLetters(vi), qPrintable(vi));

    // Each domain leads back to this preset.
    for (const QString &domain : preset->domains) {
        const QString sample = domain.startsWith(QLatin1String("*."))
                                   ? QStringLiteral("ana@tenant.") + domain.mid(2)
                                   : QStringLiteral("ana@") + domain;
        const ProviderPreset *found = ProviderPresets::builtIn().forAddress(sample);
        QVERIFY2(found && found->id == id, qPrintable(sample));
    }
}

void TestProviderPresets::lookupByAddress_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("id"); // empty: no preset

    QTest::newRow("gmail") << "ana@gmail.com"
                           << "gmail";
    QTest::newRow("upper case") << "Ana.Lopez@GMAIL.COM"
                                << "gmail";
    QTest::newRow("googlemail mixed case") << "x@GoogleMail.com"
                                           << "gmail";
    QTest::newRow("spaces and trailing dot") << "  x@gmail.com.  "
                                             << "gmail";
    QTest::newRow("hotmail") << "x@hotmail.com"
                             << "outlook";
    QTest::newRow("live") << "x@LIVE.com"
                          << "outlook";
    QTest::newRow("tenant") << "x@contoso.onmicrosoft.com"
                            << "microsoft365";
    QTest::newRow("wildcard parent") << "x@onmicrosoft.com"
                                     << "";
    QTest::newRow("yahoo vn") << "lan@yahoo.com.vn"
                              << "yahoo";
    QTest::newRow("me.com") << "x@me.com"
                            << "icloud";
    QTest::newRow("gmx.de") << "x@gmx.de"
                            << "gmx-net";
    QTest::newRow("gmx.com") << "x@gmx.com"
                             << "gmx-com";
    QTest::newRow("web.de") << "x@web.de"
                            << "webde";
    QTest::newRow("pm.me") << "x@pm.me"
                           << "proton";
    QTest::newRow("quoted local part with @") << "\"a@b\"@qq.com"
                                              << "qq";
    QTest::newRow("unknown") << "x@example.com"
                             << "";
    QTest::newRow("subdomain of a plain entry") << "x@mail.gmail.com"
                                                << "";
    QTest::newRow("lookalike") << "x@notgmail.com"
                               << "";
    QTest::newRow("no at") << "gmail.com"
                           << "";
    QTest::newRow("no local part") << "@gmail.com"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestProviderPresets::lookupByAddress() {
    QFETCH(QString, address);
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::builtIn().forAddress(address);
    QCOMPARE(preset ? preset->id : QString(), id);
}

void TestProviderPresets::lookupByMxHost_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("id");

    QTest::newRow("workspace") << "aspmx.l.google.com"
                               << "gmail";
    QTest::newRow("workspace alt") << "ALT1.ASPMX.L.GOOGLE.COM."
                                   << "gmail";
    QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com"
                                   << "microsoft365";
    QTest::newRow("outlook.com") << "hotmail-com.olc.protection.outlook.com"
                                 << "outlook";
    QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                              << "fastmail";
    QTest::newRow("proton") << "mailsec.protonmail.ch"
                            << "proton";
    QTest::newRow("lookalike") << "mx.notgoogle.com"
                               << "";
    QTest::newRow("unrelated") << "mx.example.net"
                               << "";
}

void TestProviderPresets::lookupByMxHost() {
    QFETCH(QString, host);
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::builtIn().forMxHost(host);
    QCOMPARE(preset ? preset->id : QString(), id);
}

void TestProviderPresets::protonSaysBridge() {
    const ProviderPreset *proton = ProviderPresets::builtIn().byId(QStringLiteral("proton"));
    QVERIFY(proton);
    for (const LanguageManager::Language &language : LanguageManager::languages())
        QVERIFY2(proton->note(language.code).contains(QLatin1String("Bridge")), qPrintable(language.code));
    QCOMPARE(proton->host, QStringLiteral("127.0.0.1")); // Bridge listens on the local machine
}

void TestProviderPresets::noteFallsBackToEnglish() {
    const ProviderPreset *gmail = ProviderPresets::builtIn().byId(QStringLiteral("gmail"));
    QVERIFY(gmail);
    QCOMPARE(gmail->note(QStringLiteral("fr")), gmail->note(QStringLiteral("en")));
}

void TestProviderPresets::badFileNamesThePlace_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // besides the file name

    const QByteArray good =
        R"({"id": "acme", "name": "Acme", "domains": ["acme.test"], "host": "smtp.acme.test",
        "port": 587, "security": "starttls", "notes": {"en": "Hi", "vi": "Chào", "es": "Hola"},
        "helpUrl": "https://acme.test/help"})";
    const auto file = [](const QByteArray &entries) {
        return "{\"version\": 1, \"providers\": [" + entries + "]}";
    };
    const auto with = [&](const char *from, const char *to) {
        QByteArray entry = good;
        entry.replace(from, to);
        return file(entry);
    };

    QTest::newRow("not json") << QByteArray("{\"providers\": [") << QStringList{"JSON"};
    QTest::newRow("no providers list") << QByteArray("{\"version\": 1}") << QStringList{"providers"};
    QTest::newRow("wrong version") << QByteArray("{\"version\": 2, \"providers\": []}")
                                   << QStringList{"version"};
    QTest::newRow("empty list") << file("") << QStringList{"no providers"};
    QTest::newRow("entry not an object") << file("42") << QStringList{"entry 1"};
    QTest::newRow("missing port") << with("\"port\": 587,", "") << QStringList{"entry 1", "acme", "port"};
    QTest::newRow("port too big") << with("587", "70000") << QStringList{"acme", "port"};
    QTest::newRow("port fraction") << with("587", "587.5") << QStringList{"acme", "port"};
    QTest::newRow("plain text security") << with("starttls", "none") << QStringList{"acme", "security"};
    QTest::newRow("misspelt key") << with("\"port\"", "\"prot\"") << QStringList{"acme", "prot"};
    QTest::newRow("no english note") << with("\"en\": \"Hi\", ", "") << QStringList{"acme", "\"en\""};
    QTest::newRow("empty note") << with("\"Hola\"", "\"\"") << QStringList{"acme", "\"es\""};
    QTest::newRow("http help") << with("https://", "http://") << QStringList{"acme", "helpUrl"};
    QTest::newRow("upper-case domain")
        << with("acme.test\"]", "ACME.test\"]") << QStringList{"acme", "domains"};
    QTest::newRow("bad host") << with("smtp.acme.test", "smtp acme") << QStringList{"acme", "host"};
    QTest::newRow("flag not bool") << with("\"port\"", "\"oauthOnly\": \"yes\", \"port\"")
                                   << QStringList{"acme", "oauthOnly"};
    QByteArray second = good;
    second.replace("\"acme\"", "\"acme2\"");
    QTest::newRow("domain twice") << file(good + ", " + second)
                                  << QStringList{"entry 2", "acme2", "acme.test"};
    QTest::newRow("id twice") << file(good + ", " + good) << QStringList{"entry 2", "acme"};
}

void TestProviderPresets::badFileNamesThePlace() {
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("broken-presets.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(json);
    out.close();

    QString error;
    const ProviderPresets presets = ProviderPresets::load(path, &error);
    QVERIFY(presets.presets().isEmpty());
    QVERIFY2(error.contains(QLatin1String("broken-presets.json")), qPrintable(error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error));
}

void TestProviderPresets::missingFileNamesIt() {
    QString error;
    const ProviderPresets presets =
        ProviderPresets::load(m_dir.filePath(QStringLiteral("absent.json")), &error);
    QVERIFY(presets.presets().isEmpty());
    QVERIFY2(error.contains(QLatin1String("absent.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
