// The loader and validator on small hand-made catalogs: every defect is reported with file and entry,
// nothing crashes, and a clean catalog passes.
#include "catalog/catalogloader.h"
#include "catalog/catalogvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList languages{"en", "vi", "es"};

QJsonObject facts(const QString &code, const QStringList &related = {}) {
    const bool basic = !code.contains(QLatin1Char('.'));
    return QJsonObject{
        {"code", code},
        {"kind", basic ? "basic" : "enhanced"},
        {"classes", QJsonArray{basic ? code.left(1).toInt() : 5}},
        {"stages", QJsonArray{"AUTH"}},
        {"related", QJsonArray::fromStringList(related)},
        {"pairings", QJsonArray{}},
        {"rfcs", QJsonArray{QJsonObject{{"doc", "RFC 4954"}, {"section", "6"}}}},
        {"variants", QJsonArray{}},
    };
}

QJsonObject text(const QString &language, const QString &code) {
    // Each language writes its own words; Vietnamese carries its letters.
    const QString suffix = language == QLatin1String("vi")   ? QStringLiteral(" — mã lỗi xác thực")
                           : language == QLatin1String("es") ? QStringLiteral(" — código de autenticación")
                                                             : QStringLiteral(" — authentication code");
    const auto field = [&](const QString &name) {
        return name + QLatin1Char(' ') + code + suffix;
    };
    return QJsonObject{{"title", field("Title")},
                       {"summary", field("Summary")},
                       {"meaning", field("Meaning")},
                       {"whenYouSeeIt", field("When")},
                       {"howToFix", QJsonArray{field("Step")}},
                       {"forOperators", field("Operators")},
                       {"providerNotes", QJsonArray{}},
                       {"variants", QJsonObject{}}};
}

class Fixture {
public:
    Fixture() {
        m_codes = QJsonArray{facts("535", {"X.7.8"}), facts("X.7.8", {"535"})};
        for (const QString &language : languages) {
            QJsonObject entries;
            for (const QJsonValue &code : m_codes)
                entries.insert(code[QStringLiteral("code")].toString(),
                               text(language, code[QStringLiteral("code")].toString()));
            m_texts.insert(language, QJsonObject{{"language", language}, {"entries", entries}});
        }
    }

    QJsonArray m_codes;
    QHash<QString, QJsonObject> m_texts;

    void setText(const QString &language, const QString &code, const QString &field,
                 const QJsonValue &value) {
        QJsonObject document = m_texts.value(language);
        QJsonObject entries = document[QStringLiteral("entries")].toObject();
        QJsonObject entry = entries[code].toObject();
        if (value.isUndefined())
            entry.remove(field);
        else
            entry.insert(field, value);
        entries.insert(code, entry);
        document.insert(QStringLiteral("entries"), entries);
        m_texts.insert(language, document);
    }

    CatalogLoader::Result write(QTemporaryDir &dir) const {
        writeFile(dir, QStringLiteral("codes.json"),
                  QJsonDocument(QJsonObject{{"formatVersion", 1}, {"entries", m_codes}}).toJson());
        for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
            writeFile(dir, it.key() + QStringLiteral(".json"), QJsonDocument(it.value()).toJson());
        return CatalogLoader::load(dir.path(), languages);
    }

    static void writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
};

bool mentions(const QList<CatalogLoader::Problem> &problems, const QString &file, const QString &entry,
              const QString &words) {
    for (const CatalogLoader::Problem &problem : problems) {
        if (problem.file == file && problem.entry == entry && problem.message.contains(words))
            return true;
    }
    return false;
}

QString dump(const QList<CatalogLoader::Problem> &problems) {
    QStringList lines;
    for (const auto &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCatalogLoader : public QObject {
    Q_OBJECT

private slots:
    void cleanCatalogPasses();
    void missingFileIsNamed();
    void malformedJsonNamesFileAndLine();
    void missingFieldNamesFileAndEntry();
    void unknownRelatedCodeIsReported();
    void duplicateCodeIsReported();
    void untranslatedTextIsReported();
    void vietnameseWithoutVietnameseLettersIsReported();
    void malformedStageAndReferenceAreReported();
    void textWithoutEntryIsReported();
    void missingRequiredCodeIsReported();
    void emptyCodeIsReportedWithoutCrashing();
};

void TestCatalogLoader::cleanCatalogPasses() {
    QTemporaryDir dir;
    const CatalogLoader::Result result = Fixture().write(dir);
    QVERIFY2(result.ok(), qPrintable(dump(result.problems)));
    QCOMPARE(result.catalog.entries().size(), 2);
    const auto problems = CatalogValidator::validate(result.catalog, {"535", "X.7.8"});
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
}

void TestCatalogLoader::missingFileIsNamed() {
    QTemporaryDir dir;
    Fixture().write(dir);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("es.json"))));
    const CatalogLoader::Result result = CatalogLoader::load(dir.path(), languages);
    QVERIFY2(mentions(result.problems, "es.json", "", "cannot be read"), qPrintable(dump(result.problems)));
    QCOMPARE(result.catalog.entries().size(), 2); // what could be read is still there
}

void TestCatalogLoader::malformedJsonNamesFileAndLine() {
    QTemporaryDir dir;
    Fixture().write(dir);
    Fixture::writeFile(dir, QStringLiteral("vi.json"),
                       "{\n \"language\": \"vi\",\n \"entries\": {\n  \"535\": [,\n}");
    const CatalogLoader::Result result = CatalogLoader::load(dir.path(), languages);
    QVERIFY2(mentions(result.problems, "vi.json", "", "not valid JSON at line 4"),
             qPrintable(dump(result.problems)));
}

void TestCatalogLoader::missingFieldNamesFileAndEntry() {
    QTemporaryDir dir;
    Fixture fixture;
    fixture.setText("es", "535", "summary", QJsonValue::Undefined);
    fixture.setText("vi", "X.7.8", "howToFix", QJsonArray{});
    const CatalogLoader::Result result = fixture.write(dir);
    QVERIFY2(mentions(result.problems, "es.json", "535", "\"summary\""), qPrintable(dump(result.problems)));
    QVERIFY2(mentions(result.problems, "vi.json", "X.7.8", "\"howToFix\""),
             qPrintable(dump(result.problems)));
}

void TestCatalogLoader::unknownRelatedCodeIsReported() {
    QTemporaryDir dir;
    Fixture fixture;
    fixture.m_codes[0] = facts("535", {"X.7.8", "599"});
    const CatalogLoader::Result result = fixture.write(dir);
    QVERIFY(result.ok());
    const auto problems = CatalogValidator::validate(result.catalog);
    QVERIFY2(mentions(problems, "catalog", "535", "unknown code \"599\""), qPrintable(dump(problems)));
}

void TestCatalogLoader::duplicateCodeIsReported() {
    QTemporaryDir dir;
    Fixture fixture;
    fixture.m_codes.append(facts("535", {"X.7.8"}));
    const auto problems = CatalogValidator::validate(fixture.write(dir).catalog);
    QVERIFY2(mentions(problems, "catalog", "535", "more than once"), qPrintable(dump(problems)));
}

void TestCatalogLoader::untranslatedTextIsReported() {
    QTemporaryDir dir;
    Fixture fixture;
    const QJsonObject english = fixture.m_texts["en"]["entries"].toObject()["535"].toObject();
    fixture.setText("es", "535", "meaning", english["meaning"]);
    const auto problems = CatalogValidator::validate(fixture.write(dir).catalog);
    QVERIFY2(mentions(problems, "catalog", "535", "es meaning is identical to English"),
             qPrintable(dump(problems)));
}

void TestCatalogLoader::vietnameseWithoutVietnameseLettersIsReported() {
    QTemporaryDir dir;
    Fixture fixture;
    fixture.setText("vi", "X.7.8", "whenYouSeeIt", "Khi dang nhap that bai"); // accents stripped
    const auto problems = CatalogValidator::validate(fixture.write(dir).catalog);
    QVERIFY2(mentions(problems, "catalog", "X.7.8", "vi whenYouSeeIt has no Vietnamese letters"),
             qPrintable(dump(problems)));
    QVERIFY(CatalogValidator::hasVietnameseLetters(QStringLiteral("Đăng nhập")));
    QVERIFY(!CatalogValidator::hasVietnameseLetters(QStringLiteral("autenticación fallida")));
}

void TestCatalogLoader::malformedStageAndReferenceAreReported() {
    QTemporaryDir dir;
    Fixture fixture;
    QJsonObject broken = facts("535", {"X.7.8"});
    broken["stages"] = QJsonArray{"LOGIN"};
    broken["rfcs"] = QJsonArray{QJsonObject{{"doc", "rfc4954"}, {"section", "6"}}};
    fixture.m_codes[0] = broken;
    const auto problems = CatalogValidator::validate(fixture.write(dir).catalog);
    QVERIFY2(mentions(problems, "catalog", "535", "unknown stage \"LOGIN\""), qPrintable(dump(problems)));
    QVERIFY2(mentions(problems, "catalog", "535", "malformed reference"), qPrintable(dump(problems)));
}

void TestCatalogLoader::textWithoutEntryIsReported() {
    QTemporaryDir dir;
    Fixture fixture;
    fixture.setText("en", "999", "title", "Orphan");
    const CatalogLoader::Result result = fixture.write(dir);
    QVERIFY2(mentions(result.problems, "en.json", "999", "no entry in codes.json"),
             qPrintable(dump(result.problems)));
}

void TestCatalogLoader::missingRequiredCodeIsReported() {
    QTemporaryDir dir;
    const auto problems = CatalogValidator::validate(Fixture().write(dir).catalog, {"535", "X.7.8", "X.7.9"});
    QVERIFY2(mentions(problems, "catalog", "X.7.9", "required but missing"), qPrintable(dump(problems)));
}

void TestCatalogLoader::emptyCodeIsReportedWithoutCrashing() {
    // Found by fuzz_catalogloader: a basic entry whose code is empty made the validator read past the end.
    QTemporaryDir dir;
    Fixture fixture;
    QJsonObject broken = facts("535", {"X.7.8"});
    broken["code"] = "";
    fixture.m_codes.append(broken);
    const CatalogLoader::Result result = fixture.write(dir);
    QVERIFY2(mentions(result.problems, "codes.json", "?", "\"code\""), qPrintable(dump(result.problems)));
    const auto problems = CatalogValidator::validate(result.catalog);
    QVERIFY2(mentions(problems, "catalog", "", "not a well-formed basic code"), qPrintable(dump(problems)));
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
