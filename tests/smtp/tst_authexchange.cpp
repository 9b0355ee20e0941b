#include "smtp/authexchange.h"
#include "smtp/redactor.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using Mechanism = SmtpConfig::AuthMechanism;
Q_DECLARE_METATYPE(Mechanism)

namespace {

SmtpReply challenge(const QByteArray &base64) {
    SmtpReply reply;
    reply.code = 334;
    reply.lines << QString::fromLatin1(base64);
    return reply;
}

} // namespace

class TestAuthExchange : public QObject {
    Q_OBJECT

private slots:
    void plainInitialResponse();
    void loginTwoSteps();
    void cramMd5Rfc2195Vector();
    void cramMd5BadChallenge();
    void xoauth2TokenAndError();
    void utf8Credentials_data();
    void utf8Credentials();
    void endlessChallengesAreCancelled_data();
    void endlessChallengesAreCancelled();
    void choose_data();
    void choose();
    void loggedTextsHoldNoSecret_data();
    void loggedTextsHoldNoSecret();
};

void TestAuthExchange::plainInitialResponse() {
    AuthExchange auth(Mechanism::Plain, QStringLiteral("user"), QStringLiteral("pass"), {});
    const AuthExchange::Line line = auth.start();
    QCOMPARE(line.bytes, QByteArray("AUTH PLAIN AHVzZXIAcGFzcw=="));
    QCOMPARE(line.logged, QStringLiteral("AUTH PLAIN [redacted]"));
    QVERIFY(line.redacted);
    AuthExchange::Line answer;
    QVERIFY(!auth.respond(challenge(""), &answer)); // PLAIN needs no challenge
    QCOMPARE(answer.bytes, QByteArray("*"));
    QVERIFY(!auth.problem().isEmpty());
}

void TestAuthExchange::loginTwoSteps() {
    AuthExchange auth(Mechanism::Login, QStringLiteral("user"), QStringLiteral("pass"), {});
    QCOMPARE(auth.start().bytes, QByteArray("AUTH LOGIN"));
    QVERIFY(!auth.start().redacted);
    AuthExchange::Line line;
    QVERIFY(auth.respond(challenge("VXNlcm5hbWU6"), &line));
    QCOMPARE(line.bytes, QByteArray("dXNlcg=="));
    QVERIFY(line.redacted);
    QCOMPARE(line.logged, Redactor::marker());
    QVERIFY(auth.respond(challenge("UGFzc3dvcmQ6"), &line));
    QCOMPARE(line.bytes, QByteArray("cGFzcw=="));
    QCOMPARE(line.logged, Redactor::marker());
    QVERIFY(!auth.respond(challenge("UGFzc3dvcmQ6"), &line));
    QCOMPARE(line.bytes, QByteArray("*"));
}

void TestAuthExchange::cramMd5Rfc2195Vector() {
    // RFC 2195 section 2.
    AuthExchange auth(Mechanism::CramMd5, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), {});
    QCOMPARE(auth.start().bytes, QByteArray("AUTH CRAM-MD5"));
    AuthExchange::Line line;
    QVERIFY(auth.respond(challenge("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"), &line));
    QCOMPARE(line.bytes, QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(line.redacted);
    QCOMPARE(line.logged, Redactor::marker());
}

void TestAuthExchange::cramMd5BadChallenge() {
    AuthExchange auth(Mechanism::CramMd5, QStringLiteral("tim"), QStringLiteral("secret-pass"), {});
    AuthExchange::Line line;
    QVERIFY(!auth.respond(challenge("not base64 at all!"), &line));
    QCOMPARE(line.bytes, QByteArray("*"));
    QVERIFY(auth.problem().contains(QStringLiteral("base64")));
}

void TestAuthExchange::xoauth2TokenAndError() {
    AuthExchange auth(Mechanism::XOAuth2, QStringLiteral("someuser@example.com"), {},
                      QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"));
    const AuthExchange::Line line = auth.start();
    // Google's documented example, encoded independently (Python's base64).
    QCOMPARE(line.bytes,
             QByteArray("AUTH XOAUTH2 dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWR"
                        "mdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    QCOMPARE(line.logged, QStringLiteral("AUTH XOAUTH2 [redacted]"));
    AuthExchange::Line answer;
    const QByteArray json = R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
    QVERIFY(auth.respond(challenge(json.toBase64()), &answer));
    QCOMPARE(answer.bytes, QByteArray()); // the empty line that lets the server finish with its 5xx
    QVERIFY(auth.serverError().contains(QStringLiteral("\"status\":\"401\"")));
    QVERIFY(auth.serverError().contains(QStringLiteral("https://mail.google.com/")));
    QVERIFY(!auth.respond(challenge(json.toBase64()), &answer));
    QCOMPARE(answer.bytes, QByteArray("*"));
}

void TestAuthExchange::utf8Credentials_data() {
    QTest::addColumn<Mechanism>("mechanism");
    QTest::newRow("PLAIN") << Mechanism::Plain;
    QTest::newRow("LOGIN") << Mechanism::Login;
    QTest::newRow("CRAM-MD5") << Mechanism::CramMd5;
    QTest::newRow("XOAUTH2") << Mechanism::XOAuth2;
}

void TestAuthExchange::utf8Credentials() {
    QFETCH(Mechanism, mechanism);
    const QString user = QStringLiteral("nguyễn.văn.đức@ví-dụ.vn");
    const QString password = QStringLiteral("mật-khẩu-Ñandú-€");
    const QString token = QStringLiteral("tøkén-ünïcode");
    AuthExchange auth(mechanism, user, password, token);
    QByteArray sent = auth.start().bytes;
    AuthExchange::Line line;
    if (mechanism == Mechanism::Login) {
        QVERIFY(auth.respond(challenge("VXNlcm5hbWU6"), &line));
        QCOMPARE(QByteArray::fromBase64(line.bytes), user.toUtf8());
        QVERIFY(auth.respond(challenge("UGFzc3dvcmQ6"), &line));
        QCOMPARE(QByteArray::fromBase64(line.bytes), password.toUtf8());
        return;
    }
    if (mechanism == Mechanism::CramMd5) {
        QVERIFY(auth.respond(challenge(QByteArray("<1.2@host>").toBase64()), &line));
        const QByteArray expected =
            QMessageAuthenticationCode::hash("<1.2@host>", password.toUtf8(), QCryptographicHash::Md5)
                .toHex();
        QCOMPARE(QByteArray::fromBase64(line.bytes), user.toUtf8() + ' ' + expected);
        return;
    }
    const QByteArray blob = QByteArray::fromBase64(sent.mid(sent.lastIndexOf(' ') + 1));
    if (mechanism == Mechanism::Plain)
        QCOMPARE(blob, '\0' + user.toUtf8() + '\0' + password.toUtf8());
    else
        QCOMPARE(blob, "user=" + user.toUtf8() +
                           "\x01"
                           "auth=Bearer " +
                           token.toUtf8() + "\x01\x01");
}

void TestAuthExchange::endlessChallengesAreCancelled_data() {
    utf8Credentials_data();
}

void TestAuthExchange::endlessChallengesAreCancelled() {
    QFETCH(Mechanism, mechanism);
    AuthExchange auth(mechanism, QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("t"));
    AuthExchange::Line line;
    int answered = 0;
    while (auth.respond(challenge("PDEyMzQ+"), &line) && answered < 100)
        ++answered;
    QVERIFY(answered <= AuthExchange::maxChallenges);
    QCOMPARE(line.bytes, QByteArray("*"));
    QVERIFY(!auth.problem().isEmpty());
}

void TestAuthExchange::choose_data() {
    QTest::addColumn<Mechanism>("requested");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("token");
    QTest::addColumn<Mechanism>("chosen");

    const QStringList all{"LOGIN", "PLAIN", "CRAM-MD5", "XOAUTH2"};
    QTest::newRow("auto: CRAM-MD5 beats PLAIN and LOGIN")
        << Mechanism::Auto << all << true << false << Mechanism::CramMd5;
    QTest::newRow("auto: token picks XOAUTH2")
        << Mechanism::Auto << all << true << true << Mechanism::XOAuth2;
    QTest::newRow("auto: PLAIN beats LOGIN")
        << Mechanism::Auto << QStringList{"LOGIN", "PLAIN"} << true << false << Mechanism::Plain;
    QTest::newRow("auto: LOGIN when alone")
        << Mechanism::Auto << QStringList{"LOGIN"} << true << false << Mechanism::Login;
    QTest::newRow("auto: lower-case offer")
        << Mechanism::Auto << QStringList{"plain"} << true << false << Mechanism::Plain;
    QTest::newRow("auto: XOAUTH2 never without a token")
        << Mechanism::Auto << QStringList{"XOAUTH2"} << true << false << Mechanism::None;
    QTest::newRow("auto: token but no XOAUTH2 falls back to password")
        << Mechanism::Auto << QStringList{"PLAIN"} << true << true << Mechanism::Plain;
    QTest::newRow("auto: token only, no XOAUTH2")
        << Mechanism::Auto << QStringList{"PLAIN"} << false << true << Mechanism::None;
    QTest::newRow("auto: nothing known")
        << Mechanism::Auto << QStringList{"GSSAPI", "NTLM"} << true << false << Mechanism::None;
    QTest::newRow("forced LOGIN although CRAM-MD5 offered")
        << Mechanism::Login << all << true << false << Mechanism::Login;
    QTest::newRow("forced but not offered")
        << Mechanism::CramMd5 << QStringList{"PLAIN"} << true << false << Mechanism::None;
    QTest::newRow("none stays none") << Mechanism::None << all << true << true << Mechanism::None;
}

void TestAuthExchange::choose() {
    QFETCH(Mechanism, requested);
    QFETCH(QStringList, offered);
    QFETCH(bool, password);
    QFETCH(bool, token);
    QFETCH(Mechanism, chosen);
    QCOMPARE(AuthExchange::choose(requested, offered, password, token), chosen);
}

void TestAuthExchange::loggedTextsHoldNoSecret_data() {
    utf8Credentials_data();
}

void TestAuthExchange::loggedTextsHoldNoSecret() {
    QFETCH(Mechanism, mechanism);
    const QString password = QStringLiteral("correct horse battery staple");
    const QString token = QStringLiteral("ya29.a0AfH6SMBx-secret-token-value");
    AuthExchange auth(mechanism, QStringLiteral("user@example.org"), password, token);
    QList<AuthExchange::Line> lines{auth.start()};
    AuthExchange::Line line;
    for (int i = 0; i < 3; ++i) {
        auth.respond(challenge(QByteArray("<42.17@server>").toBase64()), &line);
        lines << line;
    }
    Redactor redactor;
    redactor.addSecret(password);
    redactor.addSecret(token);
    for (const AuthExchange::Line &l : lines) {
        QVERIFY2(!redactor.containsSecret(l.logged), qPrintable(l.logged));
        if (l.redacted) // the payload (after "AUTH MECH " if any) never shows
            QVERIFY2(!l.logged.contains(QString::fromLatin1(l.bytes.mid(l.bytes.lastIndexOf(' ') + 1))),
                     qPrintable(l.logged));
        else // what is logged is what was sent, and that held no secret
            QCOMPARE(l.logged, QString::fromUtf8(l.bytes));
    }
}

QTEST_GUILESS_MAIN(TestAuthExchange)
#include "tst_authexchange.moc"
