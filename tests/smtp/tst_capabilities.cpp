#include "smtp/capabilities.h"
#include "smtp/replyreader.h"

#include <QTest>

namespace {

SmtpReply replyOf(const QByteArray &wire) {
    ReplyReader reader;
    reader.feed(wire);
    return reader.takeReply();
}

} // namespace

class TestCapabilities : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fullGmailLikeReply();
    void helloOnly();
    void hasIsCaseInsensitive();
};

void TestCapabilities::parse_data() {
    QTest::addColumn<QByteArray>("line"); // one extension line, without the "250-" and CRLF
    QTest::addColumn<QString>("flag");    // which flag it sets, or "unknown" / "auth" / "none"
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<qint64>("sizeLimit");

    QTest::newRow("SIZE with limit") << QByteArray("SIZE 35882577") << "size" << QStringList{}
                                     << qint64(35882577);
    QTest::newRow("SIZE without limit") << QByteArray("SIZE") << "size" << QStringList{} << qint64(0);
    QTest::newRow("SIZE 0 means none") << QByteArray("SIZE 0") << "size" << QStringList{} << qint64(0);
    QTest::newRow("SIZE garbage") << QByteArray("SIZE lots") << "size" << QStringList{} << qint64(0);
    QTest::newRow("PIPELINING") << QByteArray("PIPELINING") << "pipelining" << QStringList{} << qint64(0);
    QTest::newRow("8BITMIME") << QByteArray("8BITMIME") << "8bitmime" << QStringList{} << qint64(0);
    QTest::newRow("SMTPUTF8") << QByteArray("SMTPUTF8") << "smtputf8" << QStringList{} << qint64(0);
    QTest::newRow("CHUNKING") << QByteArray("CHUNKING") << "chunking" << QStringList{} << qint64(0);
    QTest::newRow("DSN") << QByteArray("DSN") << "dsn" << QStringList{} << qint64(0);
    QTest::newRow("ENHANCEDSTATUSCODES")
        << QByteArray("ENHANCEDSTATUSCODES") << "enhanced" << QStringList{} << qint64(0);
    QTest::newRow("STARTTLS") << QByteArray("STARTTLS") << "starttls" << QStringList{} << qint64(0);
    QTest::newRow("starttls lower case")
        << QByteArray("starttls") << "starttls" << QStringList{} << qint64(0);
    QTest::newRow("REQUIRETLS") << QByteArray("REQUIRETLS") << "requiretls" << QStringList{} << qint64(0);
    QTest::newRow("AUTH list") << QByteArray("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2") << "auth"
                               << QStringList{"PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"} << qint64(0);
    QTest::newRow("AUTH lower case") << QByteArray("auth login plain") << "auth"
                                     << QStringList{"LOGIN", "PLAIN"} << qint64(0);
    QTest::newRow("old AUTH= form") << QByteArray("AUTH=LOGIN PLAIN") << "auth"
                                    << QStringList{"LOGIN", "PLAIN"} << qint64(0);
    QTest::newRow("AUTH with duplicates")
        << QByteArray("AUTH PLAIN  PLAIN LOGIN") << "auth" << QStringList{"PLAIN", "LOGIN"} << qint64(0);
    QTest::newRow("AUTH without mechanisms") << QByteArray("AUTH") << "none" << QStringList{} << qint64(0);
    QTest::newRow("unknown kept as text")
        << QByteArray("X-EXPS GSSAPI NTLM") << "unknown" << QStringList{} << qint64(0);
    QTest::newRow("VRFY is unknown too") << QByteArray("VRFY") << "unknown" << QStringList{} << qint64(0);
}

void TestCapabilities::parse() {
    QFETCH(QByteArray, line);
    QFETCH(QString, flag);
    QFETCH(QStringList, auth);
    QFETCH(qint64, sizeLimit);
    const Capabilities caps =
        Capabilities::fromEhloReply(replyOf("250-mx.example Hi\r\n250 " + line + "\r\n"));
    QVERIFY(caps.ehlo);
    QCOMPARE(caps.domain, QStringLiteral("mx.example"));
    QCOMPARE(caps.size, flag == "size");
    QCOMPARE(caps.sizeLimit, sizeLimit);
    QCOMPARE(caps.pipelining, flag == "pipelining");
    QCOMPARE(caps.eightBitMime, flag == "8bitmime");
    QCOMPARE(caps.smtpUtf8, flag == "smtputf8");
    QCOMPARE(caps.chunking, flag == "chunking");
    QCOMPARE(caps.dsn, flag == "dsn");
    QCOMPARE(caps.enhancedStatusCodes, flag == "enhanced");
    QCOMPARE(caps.startTls, flag == "starttls");
    QCOMPARE(caps.requireTls, flag == "requiretls");
    QCOMPARE(caps.authMechanisms, auth);
    QCOMPARE(caps.unknown, flag == "unknown" ? QStringList{QString::fromUtf8(line)} : QStringList{});
    QCOMPARE(caps.lines, QStringList{QString::fromUtf8(line)});
}

void TestCapabilities::fullGmailLikeReply() {
    const Capabilities caps = Capabilities::fromEhloReply(
        replyOf("250-smtp.example.com at your service, [192.0.2.7]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n"
                "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n"
                "250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n"));
    QCOMPARE(caps.domain, QStringLiteral("smtp.example.com"));
    QCOMPARE(caps.greetingText, QStringLiteral("at your service, [192.0.2.7]"));
    QVERIFY(caps.size && caps.eightBitMime && caps.enhancedStatusCodes && caps.pipelining && caps.chunking &&
            caps.smtpUtf8);
    QVERIFY(!caps.startTls && !caps.dsn && !caps.requireTls);
    QCOMPARE(caps.authMechanisms,
             (QStringList{"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"}));
    QVERIFY(caps.offersAuth(QStringLiteral("xoauth2")));
    QVERIFY(!caps.offersAuth(QStringLiteral("CRAM-MD5")));
    QCOMPARE(caps.lines.size(), 7);
}

void TestCapabilities::helloOnly() {
    const Capabilities caps = Capabilities::fromEhloReply(replyOf("250 tiny.example\r\n"));
    QCOMPARE(caps.domain, QStringLiteral("tiny.example"));
    QVERIFY(caps.lines.isEmpty());
    QVERIFY(caps.authMechanisms.isEmpty());
    QVERIFY(!Capabilities().ehlo);
}

void TestCapabilities::hasIsCaseInsensitive() {
    const Capabilities caps = Capabilities::fromEhloReply(
        replyOf("250-x\r\n250-X-Custom foo\r\n250-AUTH=PLAIN\r\n250 size 10\r\n"));
    QVERIFY(caps.has(QStringLiteral("x-custom")));
    QVERIFY(caps.has(QStringLiteral("AUTH")));
    QVERIFY(caps.has(QStringLiteral("SIZE")));
    QVERIFY(!caps.has(QStringLiteral("STARTTLS")));
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
