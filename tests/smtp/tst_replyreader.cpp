#include "smtp/replyreader.h"

#include <QTest>

namespace {

// "code|enhanced|line/line|LF": one readable string per reply, so table rows stay one-liners.
QString summary(const SmtpReply &reply) {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(reply.code)
        .arg(reply.enhancedCode, reply.lines.join(QLatin1Char('/')),
             reply.bareLineFeed ? QStringLiteral("LF") : QString());
}

// Feeds input in pieces of `chunk` bytes (0: all at once) and collects the replies.
QStringList feedAll(ReplyReader &reader, const QByteArray &input, int chunk) {
    QStringList out;
    const int step = chunk <= 0 ? int(qMax<qsizetype>(1, input.size())) : chunk;
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        reader.feed(input.mid(pos, step));
        while (reader.hasReply())
            out << summary(reader.takeReply());
    }
    return out;
}

const QList<int> chunkSizes{0, 1, 2, 3, 7, 64};

} // namespace

class TestReplyReader : public QObject {
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void errors_data();
    void errors();
    void enhancedCodes_data();
    void enhancedCodes();
    void lineLengthBoundary_data();
    void lineLengthBoundary();
    void limitsAreConfigurable();
    void endlessLineStaysBounded();
    void nothingAfterAnError();
    void partialReplyIsPending();
    void resetForgetsEverything();
    void describeNamesTheLine_data();
    void describeNamesTheLine();
    void rawLinesRoundTrip();
};

void TestReplyReader::valid_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("replies");

    QTest::newRow("single line") << QByteArray("250 OK\r\n") << QStringList{"250||OK|"};
    QTest::newRow("greeting") << QByteArray("220 mail.example.org ESMTP ready\r\n")
                              << QStringList{"220||mail.example.org ESMTP ready|"};
    QTest::newRow("multi-line EHLO")
        << QByteArray("250-mail.example.org Hello\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
        << QStringList{"250||mail.example.org Hello/PIPELINING/SIZE 1000|"};
    QTest::newRow("two replies in one read")
        << QByteArray("220 hi\r\n250 ok\r\n") << QStringList{"220||hi|", "250||ok|"};
    QTest::newRow("bare LF tolerated and reported") << QByteArray("250 OK\n") << QStringList{"250||OK|LF"};
    QTest::newRow("bare LF on one line of several")
        << QByteArray("250-a\r\n250 b\n") << QStringList{"250||a/b|LF"};
    QTest::newRow("bare LF does not leak to next reply")
        << QByteArray("250 a\n250 b\r\n") << QStringList{"250||a|LF", "250||b|"};
    QTest::newRow("code without text") << QByteArray("250\r\n") << QStringList{"250|||"};
    QTest::newRow("code and space without text") << QByteArray("250 \r\n") << QStringList{"250|||"};
    QTest::newRow("empty continuation text")
        << QByteArray("250-\r\n250 end\r\n") << QStringList{"250||/end|"};
    QTest::newRow("enhanced code in text")
        << QByteArray("550 5.1.1 No such user\r\n") << QStringList{"550|5.1.1|5.1.1 No such user|"};
    QTest::newRow("enhanced code on every line")
        << QByteArray(
               "535-5.7.8 Username and Password not accepted.\r\n535 5.7.8 https://support.example/x\r\n")
        << QStringList{
               "535|5.7.8|5.7.8 Username and Password not accepted./5.7.8 https://support.example/x|"};
    QTest::newRow("class mismatch is not an enhanced code")
        << QByteArray("250 5.0.0 odd\r\n") << QStringList{"250||5.0.0 odd|"};
    QTest::newRow("address in greeting is not an enhanced code")
        << QByteArray("220 10.0.0.1 ESMTP\r\n") << QStringList{"220||10.0.0.1 ESMTP|"};
    QTest::newRow("four numbers are not an enhanced code")
        << QByteArray("250 2.0.0.1 queued\r\n") << QStringList{"250||2.0.0.1 queued|"};
    QTest::newRow("UTF-8 text") << QByteArray("250 Xin ch\xc3\xa0o\r\n") << QStringList{"250||Xin chào|"};
    QTest::newRow("invalid UTF-8 replaced")
        << QByteArray("250 caf\xe9\r\n") << QStringList{QString::fromUtf8("250||caf\xef\xbf\xbd|")};
    QTest::newRow("highest and lowest codes")
        << QByteArray("200 a\r\n599 b\r\n") << QStringList{"200||a|", "599||b|"};
    QTest::newRow("incomplete reply yields nothing") << QByteArray("250-first\r\n250 sec") << QStringList{};
}

void TestReplyReader::valid() {
    QFETCH(QByteArray, input);
    QFETCH(QStringList, replies);
    for (const int chunk : chunkSizes) {
        ReplyReader reader;
        const QStringList got = feedAll(reader, input, chunk);
        QVERIFY2(
            !reader.hasError(),
            qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(ReplyReader::describe(reader.error()))));
        QCOMPARE(got, replies);
    }
}

void TestReplyReader::errors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lineNumber");
    QTest::addColumn<QByteArray>("excerptStart");
    QTest::addColumn<int>("repliesBefore");

    QTest::newRow("empty line") << QByteArray("\r\n") << int(ReplyError::EmptyLine) << 1 << QByteArray() << 0;
    QTest::newRow("empty bare-LF line")
        << QByteArray("\n") << int(ReplyError::EmptyLine) << 1 << QByteArray() << 0;
    QTest::newRow("empty line inside multi-line")
        << QByteArray("250-a\r\n\r\n250 b\r\n") << int(ReplyError::EmptyLine) << 2 << QByteArray() << 0;
    QTest::newRow("non-numeric") << QByteArray("hello there\r\n") << int(ReplyError::NonNumericCode) << 1
                                 << QByteArray("hello") << 0;
    QTest::newRow("letters in code") << QByteArray("25x ok\r\n") << int(ReplyError::NonNumericCode) << 1
                                     << QByteArray("25x") << 0;
    QTest::newRow("TLS bytes on a plain port")
        << QByteArray(QByteArray::fromHex("160301020001") + "\r\n") << int(ReplyError::NonNumericCode) << 1
        << QByteArray("\x16") << 0;
    QTest::newRow("short code") << QByteArray("25 ok\r\n") << int(ReplyError::CodeTooShort) << 1
                                << QByteArray("25 ok") << 0;
    QTest::newRow("one digit") << QByteArray("2\r\n") << int(ReplyError::CodeTooShort) << 1 << QByteArray("2")
                               << 0;
    QTest::newRow("four digits") << QByteArray("2500 ok\r\n") << int(ReplyError::CodeTooLong) << 1
                                 << QByteArray("2500") << 0;
    QTest::newRow("many digits") << QByteArray("25000000\r\n") << int(ReplyError::CodeTooLong) << 1
                                 << QByteArray("2500") << 0;
    QTest::newRow("1xx code") << QByteArray("199 ok\r\n") << int(ReplyError::CodeOutOfRange) << 1
                              << QByteArray("199") << 0;
    QTest::newRow("6xx code") << QByteArray("600 ok\r\n") << int(ReplyError::CodeOutOfRange) << 1
                              << QByteArray("600") << 0;
    QTest::newRow("0xx code") << QByteArray("099 ok\r\n") << int(ReplyError::CodeOutOfRange) << 1
                              << QByteArray("099") << 0;
    QTest::newRow("colon separator") << QByteArray("250:ok\r\n") << int(ReplyError::InvalidSeparator) << 1
                                     << QByteArray("250:ok") << 0;
    QTest::newRow("no separator") << QByteArray("250ok\r\n") << int(ReplyError::InvalidSeparator) << 1
                                  << QByteArray("250ok") << 0;
    QTest::newRow("mixed codes across lines")
        << QByteArray("250-a\r\n550 b\r\n") << int(ReplyError::MixedCodes) << 2 << QByteArray("550 b") << 0;
    QTest::newRow("mixed codes, same class") << QByteArray("250-a\r\n251-b\r\n250 c\r\n")
                                             << int(ReplyError::MixedCodes) << 2 << QByteArray("251-b") << 0;
    QTest::newRow("oversize line") << QByteArray("250 " + QByteArray(5000, 'a') + "\r\n")
                                   << int(ReplyError::LineTooLong) << 1 << QByteArray("250 aaa") << 0;
    QTest::newRow("endless line without line ending")
        << QByteArray("250 " + QByteArray(5000, 'a')) << int(ReplyError::LineTooLong) << 1
        << QByteArray("250 aaa") << 0;
    QTest::newRow("oversize second line") << QByteArray("250-ok\r\n250 " + QByteArray(5000, 'b') + "\r\n")
                                          << int(ReplyError::LineTooLong) << 2 << QByteArray("250 bbb") << 0;
    QTest::newRow("too many lines") << QByteArray(QByteArray("250-x\r\n").repeated(1000) + "250 end\r\n")
                                    << int(ReplyError::TooManyLines) << 1001 << QByteArray("250 end") << 0;
    // 1002 bytes a line: line 66 takes the reply past 64 KiB.
    QTest::newRow("oversize reply") << QByteArray(("250-" + QByteArray(996, 'r') + "\r\n").repeated(100))
                                    << int(ReplyError::ReplyTooLarge) << 66 << QByteArray("250-rrr") << 0;
    QTest::newRow("garbage after a good reply")
        << QByteArray("250 ok\r\nbogus\r\n") << int(ReplyError::NonNumericCode) << 2 << QByteArray("bogus")
        << 1;
}

void TestReplyReader::errors() {
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(int, lineNumber);
    QFETCH(QByteArray, excerptStart);
    QFETCH(int, repliesBefore);
    for (const int chunk : chunkSizes) {
        ReplyReader reader;
        const QStringList got = feedAll(reader, input, chunk);
        QVERIFY2(reader.hasError(), qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(int(reader.error().kind), kind);
        QCOMPARE(reader.error().lineNumber, lineNumber);
        QVERIFY2(reader.error().lineExcerpt.startsWith(excerptStart), reader.error().lineExcerpt.constData());
        QVERIFY(reader.error().lineExcerpt.size() <= 120);
        QCOMPARE(got.size(), repliesBefore);
        QVERIFY(!reader.hasPendingData());
    }
}

void TestReplyReader::enhancedCodes_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");

    QTest::newRow("matching class, not advertised")
        << QByteArray("250 2.1.0 Sender ok\r\n") << false << "2.1.0"
        << "Sender ok";
    QTest::newRow("matching class, advertised") << QByteArray("451 4.7.1 Try later\r\n") << true << "4.7.1"
                                                << "Try later";
    QTest::newRow("class mismatch, advertised") << QByteArray("250 5.0.0 odd\r\n") << true << "5.0.0"
                                                << "odd";
    QTest::newRow("class mismatch, not advertised") << QByteArray("250 5.0.0 odd\r\n") << false << ""
                                                    << "5.0.0 odd";
    QTest::newRow("three-digit parts") << QByteArray("550 5.123.456 x\r\n") << true << "5.123.456"
                                       << "x";
    QTest::newRow("four-digit part is not one") << QByteArray("550 5.1234.1 x\r\n") << true << ""
                                                << "5.1234.1 x";
    QTest::newRow("class 3 is not one") << QByteArray("354 3.0.0 go\r\n") << true << ""
                                        << "3.0.0 go";
    QTest::newRow("code alone on the line") << QByteArray("250 2.0.0\r\n") << true << "2.0.0"
                                            << "";
    QTest::newRow("only the first line counts") << QByteArray("250-hello\r\n250 2.0.0 ok\r\n") << true << ""
                                                << "hello\n2.0.0 ok";
}

void TestReplyReader::enhancedCodes() {
    QFETCH(QByteArray, input);
    QFETCH(bool, advertised);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    ReplyReader reader;
    reader.setEnhancedStatusCodes(advertised);
    reader.feed(input);
    QVERIFY(reader.hasReply());
    const SmtpReply reply = reader.takeReply();
    QCOMPARE(reply.enhancedCode, enhanced);
    QCOMPARE(reply.text(), text);
}

void TestReplyReader::lineLengthBoundary_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at the limit") << 4096 << true;
    QTest::newRow("one over") << 4097 << false;
}

void TestReplyReader::lineLengthBoundary() {
    QFETCH(int, length);
    QFETCH(bool, accepted);
    const QByteArray line = "250 " + QByteArray(length - 4, 'x');
    for (const QByteArray &ending : {QByteArray("\r\n"), QByteArray("\n")}) {
        for (const int chunk : chunkSizes) {
            ReplyReader reader;
            const QStringList got = feedAll(reader, line + ending, chunk);
            QCOMPARE(reader.hasError(), !accepted);
            QCOMPARE(got.size(), accepted ? 1 : 0);
        }
    }
}

void TestReplyReader::limitsAreConfigurable() {
    ReplyLimits limits;
    limits.maxLineLength = 10;
    limits.maxLines = 2;
    limits.maxReplyBytes = 20;
    {
        ReplyReader reader(limits);
        reader.feed("250 0123456\r\n");
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().kind, ReplyError::LineTooLong);
    }
    {
        ReplyReader reader(limits);
        reader.feed("250-a\r\n250-b\r\n250 c\r\n");
        QCOMPARE(reader.error().kind, ReplyError::TooManyLines);
        QCOMPARE(reader.error().lineNumber, 3);
    }
    {
        ReplyReader reader(limits);
        reader.feed("250-abcdef\r\n250 abcdef\r\n");
        QCOMPARE(reader.error().kind, ReplyError::ReplyTooLarge);
    }
    {
        ReplyReader reader; // defaults take all three
        reader.feed("250-abcdef\r\n250-abcdef\r\n250 0123456\r\n");
        QVERIFY(!reader.hasError());
        QVERIFY(reader.hasReply());
    }
}

void TestReplyReader::endlessLineStaysBounded() {
    ReplyReader reader;
    const QByteArray chunk(1024, 'A');
    int fed = 0;
    qsizetype largest = 0;
    while (!reader.hasError() && fed < 1024) {
        reader.feed(chunk);
        largest = qMax(largest, reader.bufferedBytes());
        ++fed;
    }
    QVERIFY2(largest <= ReplyLimits{}.maxLineLength + 1, qPrintable(QString::number(largest)));
    QCOMPARE(reader.bufferedBytes(), 0); // dropped with the error
    QCOMPARE(reader.error().kind, ReplyError::LineTooLong);
    QVERIFY2(fed <= 5, "the limit must trip within the first 4 KiB"); // 4096 + 1 bytes at most held
}

void TestReplyReader::nothingAfterAnError() {
    ReplyReader reader;
    reader.feed("nonsense\r\n");
    QVERIFY(reader.hasError());
    reader.feed("250 fine now\r\n");
    QVERIFY(!reader.hasReply());
    QVERIFY(!reader.hasPendingData());
    QCOMPARE(reader.error().kind, ReplyError::NonNumericCode);
}

void TestReplyReader::partialReplyIsPending() {
    ReplyReader reader;
    QVERIFY(!reader.hasPendingData());
    reader.feed("25");
    QVERIFY(reader.hasPendingData());
    reader.feed("0-a\r\n");
    QVERIFY(reader.hasPendingData());
    QVERIFY(!reader.hasReply());
    reader.feed("250 b\r\n");
    QVERIFY(reader.hasReply());
    QVERIFY(reader.hasPendingData()); // an untaken reply counts
    reader.takeReply();
    QVERIFY(!reader.hasPendingData());
    QCOMPARE(reader.takeReply().code, 0); // nothing left
}

void TestReplyReader::resetForgetsEverything() {
    ReplyReader reader;
    reader.setEnhancedStatusCodes(true);
    reader.feed("250 ok\r\nbad\r\n");
    QVERIFY(reader.hasError());
    reader.reset();
    QVERIFY(!reader.hasError());
    QVERIFY(!reader.hasPendingData());
    QVERIFY(reader.enhancedStatusCodes());
    reader.feed("\r\n");
    QCOMPARE(reader.error().lineNumber, 1);
}

void TestReplyReader::describeNamesTheLine_data() {
    QTest::addColumn<int>("kind");
    for (int kind = ReplyError::EmptyLine; kind <= ReplyError::ReplyTooLarge; ++kind)
        QTest::addRow("kind %d", kind) << kind;
}

void TestReplyReader::describeNamesTheLine() {
    QFETCH(int, kind);
    ReplyError error;
    error.kind = ReplyError::Kind(kind);
    error.lineNumber = 4242;
    error.lineExcerpt = "xyzzy";
    const QString text = ReplyReader::describe(error);
    QVERIFY(text.contains(QStringLiteral("4242")));
    const bool quotesLine = kind != ReplyError::EmptyLine && kind != ReplyError::TooManyLines &&
                            kind != ReplyError::ReplyTooLarge;
    QCOMPARE(text.contains(QStringLiteral("xyzzy")), quotesLine);
    QVERIFY(ReplyReader::describe(ReplyError()).isEmpty());
}

void TestReplyReader::rawLinesRoundTrip() {
    ReplyReader reader;
    const QByteArray input = "250-mail.example.org\r\n250-SIZE 10\r\n250 HELP\r\n";
    reader.feed(input);
    const SmtpReply reply = reader.takeReply();
    QCOMPARE(reply.rawLines(), (QStringList{"250-mail.example.org", "250-SIZE 10", "250 HELP"}));
    QCOMPARE(reply.toString() + QLatin1Char('\n'), QString::fromLatin1(input).remove(QLatin1Char('\r')));
    QVERIFY(reply.isPositive());
    QCOMPARE(reply.codeClass(), 2);
}

QTEST_GUILESS_MAIN(TestReplyReader)
#include "tst_replyreader.moc"
