#include "smtp/redactor.h"
#include "smtp/transcript.h"

#include <QTest>

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
    void findsEveryBase64Alignment_data();
    void findsEveryBase64Alignment();
    void scrubsPlainAndEncoded();
    void shortSecretsAreNotHunted();
    void transcriptKeepsOrderAndOffsets();
};

void TestRedactor::findsEveryBase64Alignment_data() {
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("alone") << QByteArray() << QByteArray();
    QTest::newRow("PLAIN blob") << QByteArray("\0user\0", 6) << QByteArray();
    QTest::newRow("one byte before") << QByteArray("x") << QByteArray("yz");
    QTest::newRow("two bytes before") << QByteArray("xy") << QByteArray("z");
    QTest::newRow("XOAUTH2 blob") << QByteArray("user=a@b.c\x01"
                                                "auth=Bearer ")
                                  << QByteArray("\x01\x01");
}

void TestRedactor::findsEveryBase64Alignment() {
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    const QString secret = QStringLiteral("Pässwörd-with-ünicode-42");
    Redactor redactor;
    redactor.addSecret(secret);
    const QString wire = QString::fromLatin1((prefix + secret.toUtf8() + suffix).toBase64());
    QVERIFY2(redactor.containsSecret(wire), qPrintable(wire));
    const QString scrubbed = redactor.scrub(QStringLiteral("AUTH PLAIN ") + wire);
    QVERIFY(scrubbed.contains(Redactor::marker()));
    QVERIFY(!redactor.containsSecret(scrubbed));
}

void TestRedactor::scrubsPlainAndEncoded() {
    Redactor redactor;
    redactor.addSecret(QStringLiteral("hunter2hunter2"));
    QCOMPARE(redactor.scrub(QStringLiteral("535 bad password hunter2hunter2 for you")),
             QStringLiteral("535 bad password [redacted] for you"));
    QCOMPARE(redactor.scrub(QStringLiteral("nothing to see")), QStringLiteral("nothing to see"));
    QVERIFY(Redactor::forms("hunter2hunter2").contains("aHVudGVyMmh1bnRlcj"));
    redactor.clear();
    QVERIFY(redactor.isEmpty());
    QCOMPARE(redactor.scrub(QStringLiteral("hunter2hunter2")), QStringLiteral("hunter2hunter2"));
}

void TestRedactor::shortSecretsAreNotHunted() {
    // One- or two-letter fragments would shred ordinary text; such passwords are still never logged,
    // because AUTH lines are redacted by structure.
    Redactor redactor;
    redactor.addSecret(QStringLiteral("a"));
    redactor.addSecret(QString());
    QVERIFY(redactor.isEmpty());
    QCOMPARE(redactor.scrub(QStringLiteral("a banana")), QStringLiteral("a banana"));
}

void TestRedactor::transcriptKeepsOrderAndOffsets() {
    Transcript transcript;
    transcript.start();
    transcript.append(TranscriptEntry::Direction::Received, QStringLiteral("220 hi"));
    QTest::qWait(20);
    transcript.append(TranscriptEntry::Direction::Sent, QStringLiteral("AUTH PLAIN [redacted]"), true);
    transcript.append(TranscriptEntry::Direction::Note, QStringLiteral("TLS established"));
    QCOMPARE(transcript.entries().size(), 3);
    QVERIFY(transcript.entries().at(1).offsetMs >= 15);
    QVERIFY(transcript.entries().at(1).redacted);
    QVERIFY(transcript.entries().at(0).offsetMs <= transcript.entries().at(2).offsetMs);
    const QStringList lines = transcript.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("S: 220 hi")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("C: AUTH PLAIN [redacted]")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("* TLS established")));
    transcript.start();
    QVERIFY(transcript.isEmpty());
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
