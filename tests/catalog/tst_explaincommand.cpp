// `smtpdesk explain` as a person or a script uses it: text as an argument or on standard input.
#include "catalog/catalogloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `smtpdesk explain ARGUMENTS`; `input` goes to standard input, which is then closed.
Result explain(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("100"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SMTPDESK_BINARY), QStringList{QStringLiteral("explain")} + arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString gmailReply = QStringLiteral(
    "535-5.7.8 Username and Password not accepted. For more information, go to\n"
    "535 5.7.8  https://support.google.com/mail/?p=BadCredentials q9-20020a170906sm77.5 - gsmtp\n");

const QByteArray postfixBounce =
    QByteArrayLiteral("This is the mail system at host mail.example.org.\n"
                      "\n"
                      "<ghost@example.net>: host mx1.example.net[203.0.113.25] said: 550 5.1.1\n"
                      "    <ghost@example.net>: Recipient address rejected: User unknown in local\n"
                      "    recipient table (in reply to RCPT TO command)\n"
                      "\n"
                      "Final-Recipient: rfc822; ghost@example.net\n"
                      "Action: failed\n"
                      "Status: 5.1.1\n"
                      "Remote-MTA: dns; mx1.example.net\n"
                      "Diagnostic-Code: smtp; 550 5.1.1 <ghost@example.net>: Recipient address\n"
                      "    rejected: User unknown in local recipient table\n");

} // namespace

class TestExplainCommand : public QObject {
    Q_OBJECT

private slots:
    void explainsArgument();
    void joinsSeveralArguments();
    void readsStandardInput_data();
    void readsStandardInput();
    void nothingFoundExitsOne_data();
    void nothingFoundExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpExitsZero();
    void jsonForScripts();
    void jsonWhenNothingFound();
    void hugeInputIsCapped();
    void vietnameseOutput();
};

void TestExplainCommand::explainsArgument() {
    const Result result = explain({gmailReply, QStringLiteral("--lang=en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Reply 1 of 1: 535 5.7.8")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("535 — ")));
    QVERIFY(result.out.contains(QStringLiteral("5.7.8 — ")));
    QVERIFY(result.out.contains(QStringLiteral("Username and Password not accepted")));
    QVERIFY(result.out.contains(QStringLiteral("\nWHAT THE TEXT ADDS\n")));
    QVERIFY(result.out.contains(QStringLiteral("app password")));
    QVERIFY(result.out.contains(QStringLiteral("\nWHAT TO DO\n  1. ")));
    QVERIFY(result.err.isEmpty());
    for (const QString &line : result.out.split(QLatin1Char('\n'))) // wrapped for the terminal
        QVERIFY2(line.size() <= 100 || !line.contains(QLatin1Char(' ')), qPrintable(line));
}

void TestExplainCommand::joinsSeveralArguments() {
    // Unquoted text arrives as several arguments.
    const Result result =
        explain({QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("User"),
                 QStringLiteral("unknown"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Reply 1 of 1: 550 5.1.1")), qPrintable(result.out));
}

void TestExplainCommand::readsStandardInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no argument") << QStringList{QStringLiteral("--lang=en")};
    QTest::newRow("dash") << QStringList{QStringLiteral("-"), QStringLiteral("--lang=en")};
}

void TestExplainCommand::readsStandardInput() {
    QFETCH(QStringList, arguments);
    const Result result = explain(arguments, postfixBounce);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("SMTP replies found in the text: 1\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("550 5.1.1")));
    QVERIFY(result.out.contains(QStringLiteral("\nSTAGE\n  reply to RCPT\n")));
    QVERIFY(result.out.contains(QStringLiteral("\nRECIPIENT\n  ghost@example.net\n")));
    QVERIFY(result.out.contains(QStringLiteral("\nREMOTE SERVER\n  mx1.example.net\n")));
    QVERIFY(result.out.contains(QStringLiteral("\nDELIVERY STATUS\n  failed")));
}

void TestExplainCommand::nothingFoundExitsOne_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("plain words") << QStringList{QStringLiteral("hello"), QStringLiteral("world")}
                                 << QByteArray();
    QTest::newRow("numbers that are no codes")
        << QStringList{QStringLiteral(
               "Tue, 14 May 2024 12:30:45, port 587, RFC 5321, 192.0.2.250, 250 bytes")}
        << QByteArray();
    QTest::newRow("empty argument") << QStringList{QString()} << QByteArray();
    QTest::newRow("empty standard input") << QStringList{} << QByteArray();
    static const char binary[] = "\x00\x01\xff\xfe\x80 hello\x00 12:30 \x7f\x1b[0m";
    QTest::newRow("binary standard input")
        << QStringList{QStringLiteral("-")} << QByteArray(binary, sizeof binary - 1);
}

void TestExplainCommand::nothingFoundExitsOne() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Result result = explain(arguments + QStringList{QStringLiteral("--lang=en")}, input);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith(QStringLiteral("No SMTP reply code found in the text.\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Tip: ")));
}

void TestExplainCommand::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("535")};
    QTest::newRow("text and dash") << QStringList{QStringLiteral("-"), QStringLiteral("535 5.7.8")};
}

void TestExplainCommand::usageErrorsExitTwo() {
    QFETCH(QStringList, arguments);
    const Result result = explain(arguments + QStringList{QStringLiteral("--lang=en")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(QStringLiteral("smtpdesk explain")));
    QVERIFY(result.err.size() < 2000);
}

void TestExplainCommand::helpExitsZero() {
    const Result result = explain({QStringLiteral("--help"), QStringLiteral("--lang=en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Usage: smtpdesk explain")), qPrintable(result.out));
}

void TestExplainCommand::jsonForScripts() {
    const Result result = explain({QStringLiteral("--json"), QStringLiteral("--lang=es")}, postfixBounce);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object["language"].toString(), QStringLiteral("es"));
    QCOMPARE(object["found"].toBool(), true);
    QCOMPARE(object["truncated"].toBool(), false);
    const QJsonArray findings = object["findings"].toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(finding["codes"].toString(), QStringLiteral("550 5.1.1"));
    QCOMPARE(finding["basicCode"].toString(), QStringLiteral("550"));
    QCOMPARE(finding["enhancedCode"].toString(), QStringLiteral("5.1.1"));
    QCOMPARE(finding["stage"].toString(), QStringLiteral("RCPT"));
    QCOMPARE(finding["recipients"].toArray(), QJsonArray{QStringLiteral("ghost@example.net")});
    QCOMPARE(finding["action"].toString(), QStringLiteral("failed"));
    QVERIFY(finding["text"].toString().contains(QStringLiteral("User unknown in local recipient table")));
    QCOMPARE(finding["basic"].toObject()["status"].toString(), QStringLiteral("found"));
    QCOMPARE(finding["enhanced"].toObject()["status"].toString(), QStringLiteral("found"));
    QCOMPARE(finding["enhanced"].toObject()["entry"].toObject()["catalogCode"].toString(),
             QStringLiteral("X.1.1"));

    const Result hinted = explain({gmailReply, QStringLiteral("--json")});
    QCOMPARE(hinted.exitCode, 0);
    const QJsonObject gmail = QJsonDocument::fromJson(hinted.out.toUtf8()).object();
    const QJsonArray hints = gmail["findings"].toArray().first().toObject()["hints"].toArray();
    QVERIFY(!hints.isEmpty());
    QCOMPARE(hints.first().toObject()["id"].toString(), QStringLiteral("google.BadCredentials"));
    QVERIFY(!hints.first().toObject()["explanation"].toString().isEmpty());
}

void TestExplainCommand::jsonWhenNothingFound() {
    const Result result = explain({QStringLiteral("--json"), QStringLiteral("nothing to see here")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object["found"].toBool(), false);
    QVERIFY(object["findings"].toArray().isEmpty());
}

void TestExplainCommand::hugeInputIsCapped() {
    // Far more than the command reads; a reply at the very end is past what it searches.
    QByteArray input;
    const QByteArray line = "Tue, 14 May 2024 09:15:02 +0200 from 192.0.2.250 port 587 size 52428800\n";
    while (input.size() < 6 * 1024 * 1024)
        input += line;
    input += "550 5.1.1 User unknown\n";
    const Result result = explain({QStringLiteral("--lang=en")}, input);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("only its first 256 KiB were searched")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("No SMTP reply code found in the text.")));

    const Result json = explain({QStringLiteral("--json")}, input);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object()["truncated"].toBool(), true);
}

void TestExplainCommand::vietnameseOutput() {
    const Result english = explain({gmailReply, QStringLiteral("--lang=en")});
    const Result vietnamese = explain({gmailReply, QStringLiteral("--lang=vi")});
    QCOMPARE(vietnamese.exitCode, 0);
    QVERIFY(vietnamese.out != english.out);
    // The entry texts come from the Vietnamese catalog.
    const ReplyCode *entry = CatalogLoader::builtIn().catalog.entry(QStringLiteral("535"));
    QVERIFY2(entry, "535 is not in the catalog yet");
    QVERIFY2(vietnamese.out.contains(QStringLiteral("535 — ") + entry->text(QStringLiteral("vi")).title),
             qPrintable(vietnamese.out));
    QVERIFY2(vietnamese.out.contains(QStringLiteral("xác thực"), Qt::CaseInsensitive),
             qPrintable(vietnamese.out));
    QVERIFY(!vietnamese.out.contains(entry->text(QStringLiteral("en")).title));
}

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
