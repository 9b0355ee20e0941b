#include "smtp/testmessage.h"

#include <QTest>
#include <QTimeZone>

class TestTestMessage : public QObject {
    Q_OBJECT

private slots:
    void dotStuff_data();
    void dotStuff();
    void buildIsAsciiWithCrlf();
    void messageIdUsesSenderDomain();
};

void TestTestMessage::dotStuff_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("leading dot") << QByteArray(".a\r\n") << QByteArray("..a\r\n.\r\n");
    QTest::newRow("lone dot line") << QByteArray("x\r\n.\r\ny\r\n") << QByteArray("x\r\n..\r\ny\r\n.\r\n");
    QTest::newRow("dot not at line start") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("missing final line ending") << QByteArray("a") << QByteArray("a\r\n.\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
}

void TestTestMessage::dotStuff() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    QCOMPARE(TestMessage::dotStuff(input), wire);
}

void TestTestMessage::buildIsAsciiWithCrlf() {
    const QDateTime date(QDate(2025, 7, 1), QTime(9, 30), QTimeZone(7200));
    const QByteArray message = TestMessage::build(
        QStringLiteral("me@example.org"), {QStringLiteral("a@example.net"), QStringLiteral("b@example.net")},
        date, QStringLiteral("<id@example.org>"));
    QVERIFY(message.contains("From: <me@example.org>\r\n"));
    QVERIFY(message.contains("To: <a@example.net>, <b@example.net>\r\n"));
    QVERIFY(message.contains("Date: Tue, 01 Jul 2025 09:30:00 +0200\r\n"));
    QVERIFY(message.contains("Message-ID: <id@example.org>\r\n"));
    QVERIFY(message.contains("\r\n\r\n")); // header / body separator
    QVERIFY(message.contains("\r\n.This line starts with a dot"));
    QVERIFY(message.endsWith("\r\n"));
    for (const char c : message)
        QVERIFY(uchar(c) < 128);
    QCOMPARE(message.count('\n'), message.count("\r\n"));
    QVERIFY(TestMessage::dotStuff(message).contains("\r\n..This line starts with a dot"));
}

void TestTestMessage::messageIdUsesSenderDomain() {
    const QString id = TestMessage::newMessageId(QStringLiteral("me@example.org"));
    QVERIFY(id.startsWith(QLatin1Char('<')));
    QVERIFY(id.endsWith(QStringLiteral("@example.org>")));
    QVERIFY(id != TestMessage::newMessageId(QStringLiteral("me@example.org")));
    QVERIFY(
        TestMessage::newMessageId(QStringLiteral("nobody")).endsWith(QStringLiteral("@smtpdesk.invalid>")));
}

QTEST_GUILESS_MAIN(TestTestMessage)
#include "tst_testmessage.moc"
