// The .ts files are complete and current: nothing unfinished, empty or vanished in vi/es, placeholders kept,
// and running lupdate over the sources would not change them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(SMTPDESK_SOURCE_DIR);

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;
    QStringList numerusForms;
};

QList<Message> readMessages(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void upToDateWithSources();
};

void TestTranslations::complete_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("vi") << QStringLiteral("translations/smtpdesk_vi.ts");
    QTest::newRow("es") << QStringLiteral("translations/smtpdesk_es.ts");
}

void TestTranslations::complete() {
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readMessages(sourceDir + QLatin1Char('/') + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "no messages at all");
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
        else if (m.translation.trimmed().isEmpty())
            problems << QStringLiteral("%1 has an empty translation").arg(where);
        else if (placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("%1 does not keep the placeholders of its source").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDateWithSources() {
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QStringList languages{QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")};
    // lupdate merges into existing files: start from copies of the committed ones.
    for (const QString &lang : languages) {
        const QString name = QStringLiteral("smtpdesk_%1.ts").arg(lang);
        QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/") + name, out.filePath(name)));
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral("bash"),
                  {sourceDir + QStringLiteral("/scripts/update-translations.sh"), out.path()});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    for (const QString &lang : languages) {
        const QString name = QStringLiteral("smtpdesk_%1.ts").arg(lang);
        QFile committed(sourceDir + QStringLiteral("/translations/") + name);
        QFile regenerated(out.filePath(name));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY2(regenerated.open(QIODevice::ReadOnly), qPrintable(regenerated.fileName()));
        QVERIFY2(committed.readAll() == regenerated.readAll(),
                 qPrintable(
                     QStringLiteral("%1 is out of date with the sources: run scripts/update-translations.sh "
                                    "and translate what it adds")
                         .arg(name)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
