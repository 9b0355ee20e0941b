// SmtpClient against the scripted fake server, without TLS (see tst_smtpclienttls for TLS).
#include "fakesmtpserver.h"
#include "smtptesthelpers.h"

#include "smtp/smtpclient.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimer>

using namespace SmtpTest;
using Mechanism = SmtpConfig::AuthMechanism;

namespace {

const QString user = QStringLiteral("user@example.org");
const QString password = QStringLiteral("Sëcret-Pässword-123!");
const QString token = QStringLiteral("ya29.SECRET-token-abcdef123456");
const QByteArray cramChallenge = "<123.456@fake.test>";

// Placeholders in scripts, computed here independently of the engine.
QString expand(QString script) {
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QByteArray cram =
        u + ' ' + QMessageAuthenticationCode::hash(cramChallenge, p, QCryptographicHash::Md5).toHex();
    const QByteArray oauthError = R"({"status":"401","schemes":"bearer","scope":"https://mail.example/"})";
    script.replace("%PLAIN%", (QByteArray(1, '\0') + u + '\0' + p).toBase64());
    script.replace("%LOGINUSER%", u.toBase64());
    script.replace("%LOGINPASS%", p.toBase64());
    script.replace("%CRAMCHALLENGE%", cramChallenge.toBase64());
    script.replace("%CRAMRESP%", cram.toBase64());
    script.replace("%XOAUTH2%", ("user=" + u +
                                 "\x01"
                                 "auth=Bearer " +
                                 token.toUtf8() + "\x01\x01")
                                    .toBase64());
    script.replace("%OAUTHERR%", oauthError.toBase64());
    script.replace("%PASSWORD%", password);
    return script;
}

const QString greeting = QStringLiteral(R"(
S: 220 fake.test ESMTP ready
C: EHLO client.test
S: 250-fake.test hello client.test
S: 250-ENHANCEDSTATUSCODES
S: 250-SIZE 10240000
S: 250 AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2
)");

const QString quit = QStringLiteral(R"(
C: QUIT
S: 221 2.0.0 bye
)");

// "key;key=value" tweaks on top of configFor(): short to write in a table row.
SmtpConfig tweak(SmtpConfig config, const QString &changes) {
    for (const QString &part : changes.split(';', Qt::SkipEmptyParts)) {
        const QString key = part.section('=', 0, 0);
        const QString value = part.section('=', 1);
        if (key == "plain" || key == "login" || key == "cram" || key == "xoauth2" || key == "auto") {
            config.user = user;
            config.password = key == "xoauth2" ? QString() : password;
            config.token = key == "xoauth2" ? token : QString();
            config.allowPlaintextAuth = true;
            config.authMechanism = key == "plain"   ? Mechanism::Plain
                                   : key == "login" ? Mechanism::Login
                                   : key == "cram"  ? Mechanism::CramMd5
                                   : key == "auto"  ? Mechanism::Auto
                                                    : Mechanism::XOAuth2;
        } else if (key == "noPlaintext") {
            config.allowPlaintextAuth = false;
        } else if (key == "starttls") {
            config.security = SmtpConfig::Security::StartTls;
        } else if (key == "from") {
            config.mailFrom = value;
        } else if (key == "to") {
            config.rcptTo << value;
        } else if (key == "vrfy") {
            config.vrfy = value;
        } else if (key == "help") {
            config.help = true;
        } else if (key == "noop") {
            config.noop = true;
        } else if (key == "rset") {
            config.rset = true;
        } else if (key == "message") {
            config.sendTestMessage = true;
        } else if (key == "noPipelining") {
            config.usePipelining = false;
        } else if (key == "step") {
            config.stepTimeoutMs = value.toInt();
        } else if (key == "run") {
            config.runTimeoutMs = value.toInt();
        } else if (key == "stop") {
            config.stopAfter = value == "connect" ? SmtpConfig::StopAfter::Connect
                               : value == "tls"   ? SmtpConfig::StopAfter::Tls
                               : value == "auth"  ? SmtpConfig::StopAfter::Auth
                               : value == "mail"  ? SmtpConfig::StopAfter::Mail
                                                  : SmtpConfig::StopAfter::Rcpt;
        } else {
            qFatal("unknown tweak %s", qPrintable(key));
        }
    }
    return config;
}

QString stepsOf(const SmtpResult &result) {
    QStringList out;
    for (const SmtpStepRecord &record : result.steps) {
        QString name = SmtpStepText::name(record.step);
        if (record.step == SmtpStep::Connect)
            name = "CONNECT";
        else if (record.step == SmtpStep::Greeting)
            name = "GREETING";
        else if (record.step == SmtpStep::Auth)
            name = "AUTH";
        else if (record.step == SmtpStep::Message)
            name = "BODY";
        out << name + (record.ok ? "" : "!");
    }
    return out.join(' ');
}

} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT

private slots:
    void scenarios_data();
    void scenarios();
    void fullSessionWithPipeliningAndData();
    void oneCommandAtATimeWithoutPipelining();
    void xoauth2ErrorIsDecodedAndReported();
    void deadlineBoundsSilentAndDrippingServers_data();
    void deadlineBoundsSilentAndDrippingServers();
    void cancelInEveryState_data();
    void cancelInEveryState();
    void cancelBeforeTheRunBegins();
    void signalsArriveInOrder();
    void defaultEhloNameIsAnAddressLiteral();
    void secondStartWhileRunningIsRefused();
    void restartFromFinishedSlot();
    void invalidConfigFailsAsynchronously();
    void connectionRefused();
    void missingCaFile();
    void destroyingARunningClientIsQuiet();

private:
    LanguageManager m_languages; // error messages are checked in vi and es too
};

void TestSmtpClient::scenarios_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("steps"); // the step records, "!" marks a failed one

    const int ok = SmtpError::None;
    QTest::newRow("greeting and EHLO only") << greeting + quit << "" << ok << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("AUTH PLAIN") << greeting + "C: AUTH PLAIN %PLAIN%\nS: 235 2.7.0 ok" + quit << "plain" << ok
                                << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("AUTH LOGIN")
        << greeting +
               "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %LOGINUSER%\nS: 334 UGFzc3dvcmQ6\n"
               "C: %LOGINPASS%\nS: 235 2.7.0 ok" +
               quit
        << "login" << ok << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("AUTH CRAM-MD5")
        << greeting + "C: AUTH CRAM-MD5\nS: 334 %CRAMCHALLENGE%\nC: %CRAMRESP%\nS: 235 2.7.0 ok" + quit
        << "cram" << ok << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("AUTH XOAUTH2") << greeting + "C: AUTH XOAUTH2 %XOAUTH2%\nS: 235 2.7.0 ok" + quit
                                  << "xoauth2" << ok << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("automatic choice is CRAM-MD5")
        << greeting + "C: AUTH CRAM-MD5\nS: 334 %CRAMCHALLENGE%\nC: %CRAMRESP%\nS: 235 2.7.0 ok" + quit
        << "auto" << ok << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("535 bad credentials")
        << greeting + "C: AUTH PLAIN *\nS: 535 5.7.8 Authentication failed" + quit << "plain"
        << int(SmtpError::AuthFailed) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("534 mechanism too weak")
        << greeting + "C: AUTH PLAIN *\nS: 534 5.7.9 Application-specific password required" + quit << "plain"
        << int(SmtpError::AuthMechanismTooWeak) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("538 encryption required")
        << greeting +
               "C: AUTH PLAIN *\nS: 538 5.7.11 Encryption required for requested authentication mechanism" +
               quit
        << "plain" << int(SmtpError::AuthEncryptionRequired) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("454 temporary failure")
        << greeting + "C: AUTH PLAIN *\nS: 454 4.7.0 Temporary authentication failure" + quit << "plain"
        << int(SmtpError::AuthTemporaryFailure) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("504 unknown mechanism")
        << greeting + "C: AUTH PLAIN *\nS: 504 5.5.4 Unrecognized" + quit << "plain"
        << int(SmtpError::AuthRejected) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("530 to AUTH before STARTTLS")
        << greeting + "C: AUTH PLAIN *\nS: 530 5.7.0 Must issue a STARTTLS command first" + quit << "plain"
        << int(SmtpError::EncryptionRequired) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("530 to MAIL: authentication required")
        << greeting + "C: MAIL FROM:<me@example.org>\nS: 530 5.7.0 Authentication required" + quit
        << "from=me@example.org" << int(SmtpError::AuthenticationRequired)
        << "CONNECT GREETING EHLO MAIL FROM! QUIT";
    QTest::newRow("530 to MAIL: STARTTLS first")
        << greeting + "C: MAIL FROM:<me@example.org>\nS: 530 5.7.0 Must issue a STARTTLS command first" + quit
        << "from=me@example.org" << int(SmtpError::EncryptionRequired)
        << "CONNECT GREETING EHLO MAIL FROM! QUIT";
    QTest::newRow("EHLO 502 falls back to HELO")
        << "S: 220 old.test\nC: EHLO client.test\nS: 502 5.5.1 Unrecognized command\nC: HELO client.test\n"
           "S: 250 old.test" +
               quit
        << "" << ok << "CONNECT GREETING EHLO! HELO QUIT";
    QTest::newRow("EHLO 500 falls back to HELO")
        << "S: 220 old.test\nC: EHLO client.test\nS: 500 what?\nC: HELO client.test\nS: 250 old.test" + quit
        << "" << ok << "CONNECT GREETING EHLO! HELO QUIT";
    QTest::newRow("HELO fallback has no AUTH")
        << "S: 220 old.test\nC: EHLO client.test\nS: 502 no\nC: HELO client.test\nS: 250 old.test" + quit
        << "plain" << int(SmtpError::AuthNotOffered) << "CONNECT GREETING EHLO! HELO QUIT";
    QTest::newRow("EHLO and HELO rejected")
        << "S: 220 x\nC: EHLO client.test\nS: 502 no\nC: HELO client.test\nS: 550 go away" + quit << ""
        << int(SmtpError::EhloRejected) << "CONNECT GREETING EHLO! HELO! QUIT";
    QTest::newRow("EHLO 550 is not retried")
        << "S: 220 x\nC: EHLO client.test\nS: 550 5.7.1 bad name" + quit << "" << int(SmtpError::EhloRejected)
        << "CONNECT GREETING EHLO! QUIT";
    QTest::newRow("STARTTLS not offered")
        << greeting + quit << "starttls;plain;noPlaintext" << int(SmtpError::StartTlsNotOffered)
        << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("STARTTLS not offered after HELO")
        << "S: 220 old.test\nC: EHLO client.test\nS: 502 no\nC: HELO client.test\nS: 250 old.test" + quit
        << "starttls;plain" << int(SmtpError::StartTlsNotOffered) << "CONNECT GREETING EHLO! HELO QUIT";
    QTest::newRow("STARTTLS answered 454")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\nC: STARTTLS\n"
           "S: 454 4.7.0 TLS not available due to temporary reason" +
               quit
        << "starttls;plain" << int(SmtpError::StartTlsRejected) << "CONNECT GREETING EHLO STARTTLS! QUIT";
    QTest::newRow("STARTTLS answered 502")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250 STARTTLS\nC: STARTTLS\nS: 502 5.5.1 not "
           "implemented" +
               quit
        << "starttls;plain" << int(SmtpError::StartTlsRejected) << "CONNECT GREETING EHLO STARTTLS! QUIT";
    QTest::newRow("bytes injected after STARTTLS 220")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250 STARTTLS\nC: STARTTLS\n"
           "X: raw 220 2.0.0 Ready to start TLS\\r\\n250-injected.example\\r\\n250 AUTH PLAIN\\r\\n\nX: "
           "wait-close"
        << "starttls;plain" << int(SmtpError::InjectionAfterStartTls) << "CONNECT GREETING EHLO STARTTLS";
    QTest::newRow("injected partial line after STARTTLS 220")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250 STARTTLS\nC: STARTTLS\n"
           "X: raw 220 Go ahead\\r\\n2\nX: wait-close"
        << "starttls;plain" << int(SmtpError::InjectionAfterStartTls) << "CONNECT GREETING EHLO STARTTLS";
    QTest::newRow("AUTH refused without TLS")
        << greeting + quit << "plain;noPlaintext" << int(SmtpError::PlaintextAuthRefused)
        << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("forced mechanism not offered")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250 AUTH PLAIN LOGIN" + quit << "cram"
        << int(SmtpError::AuthMechanismNotOffered) << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("no common mechanism")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250 AUTH GSSAPI NTLM" + quit << "auto"
        << int(SmtpError::NoCommonAuthMechanism) << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("too many challenges")
        << greeting +
               "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: *\nS: 334 UGFzc3dvcmQ6\nC: *\n"
               "S: 334 UGFzc3dvcmQ6\nC: \\*\nS: 501 5.7.0 cancelled" +
               quit
        << "login" << int(SmtpError::AuthProtocolError) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("endless challenges after cancel")
        << greeting +
               "C: AUTH PLAIN *\nS: 334 \nC: \\*\nS: 334 more?\nX: repeat 1000 334 more?\nX: wait-close"
        << "plain" << int(SmtpError::AuthProtocolError) << "CONNECT GREETING EHLO AUTH!";
    QTest::newRow("server echoes the password")
        << greeting + "C: AUTH PLAIN *\nS: 535 5.7.8 password %PASSWORD% is wrong" + quit << "plain"
        << int(SmtpError::AuthFailed) << "CONNECT GREETING EHLO AUTH! QUIT";
    QTest::newRow("server closes before greeting")
        << "X: close"
        << "" << int(SmtpError::ServerClosed) << "CONNECT GREETING!";
    QTest::newRow("server closes mid-reply")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 250-SIZE 100\nX: close"
        << "" << int(SmtpError::ServerClosed) << "CONNECT GREETING EHLO!";
    QTest::newRow("server closes mid-line") << "S: 220 x\nC: EHLO client.test\nX: raw 250 half a li\nX: close"
                                            << "" << int(SmtpError::ServerClosed) << "CONNECT GREETING EHLO!";
    QTest::newRow("server resets after AUTH")
        << greeting + "C: AUTH PLAIN *\nX: abort"
        << "plain" << int(SmtpError::ServerClosed) << "CONNECT GREETING EHLO AUTH!";
    QTest::newRow("421 at greeting") << "S: 421 4.3.2 Service not available, closing\nX: wait-close"
                                     << "" << int(SmtpError::ServiceUnavailable) << "CONNECT GREETING!";
    QTest::newRow("421 and close at greeting")
        << "S: 421 4.3.2 Too busy\nX: close"
        << "" << int(SmtpError::ServiceUnavailable) << "CONNECT GREETING!";
    QTest::newRow("421 in mid-session")
        << greeting + "C: AUTH PLAIN *\nS: 421 4.4.2 Timeout\nX: close"
        << "plain" << int(SmtpError::ServiceUnavailable) << "CONNECT GREETING EHLO AUTH!";
    QTest::newRow("554 greeting") << "S: 554 5.7.1 Your address is blocked" + quit << ""
                                  << int(SmtpError::GreetingRejected) << "CONNECT GREETING! QUIT";
    QTest::newRow("554 greeting then close")
        << "S: 554 No SMTP service here\nX: close"
        << "" << int(SmtpError::GreetingRejected) << "CONNECT GREETING! QUIT";
    QTest::newRow("450 greeting") << "S: 450 try later" + quit << "" << int(SmtpError::ServiceUnavailable)
                                  << "CONNECT GREETING! QUIT";
    QTest::newRow("250 as greeting") << "S: 250 hello?" + quit << "" << int(SmtpError::UnexpectedReplyCode)
                                     << "CONNECT GREETING! QUIT";
    QTest::newRow("garbage greeting") << "S: hello, I am not an SMTP server\nX: wait-close"
                                      << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("HTTP server") << "X: raw HTTP/1.1 400 Bad Request\\r\\n\\r\\n\nX: wait-close"
                                 << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("four-digit code") << "S: 2200 hi\nX: wait-close"
                                     << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("two-digit code") << "S: 22 hi\nX: wait-close"
                                    << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("code abc") << "S: abc\nX: wait-close"
                              << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("code 99 and a space") << "X: raw 99 \\r\\n\nX: wait-close"
                                         << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("8-bit garbage") << "X: raw \\xff\\xfe\\x00\\x80garbage\\r\\n\nX: wait-close"
                                   << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING!";
    QTest::newRow("8-bit text in valid replies")
        << "X: raw 220 \\xff\\xfe h\\xe9llo \\xc3\\x28\\r\\n\nC: EHLO client.test\n"
           "X: raw 250-\\x80\\x81\\r\\n250 AUTH PLAIN \\xff\\r\\n\n" +
               quit
        << "" << ok << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("8-bit garbage flood")
        << "S: 220 x\nC: EHLO client.test\nX: endless \\xff\\x00\\x80"
        << "" << int(SmtpError::ReplyLineTooLong) << "CONNECT GREETING EHLO!";
    QTest::newRow("mixed codes") << "S: 220-hello\nS: 250 there\nX: wait-close"
                                 << "" << int(SmtpError::InconsistentReplyCodes) << "CONNECT GREETING!";
    QTest::newRow("garbage code in EHLO reply")
        << "S: 220 x\nC: EHLO client.test\nS: 250-x\nS: 2x0 SIZE\nX: wait-close"
        << "" << int(SmtpError::MalformedReply) << "CONNECT GREETING EHLO!";
    QTest::newRow("endless line") << "S: 220 x\nC: EHLO client.test\nX: endless"
                                  << "" << int(SmtpError::ReplyLineTooLong) << "CONNECT GREETING EHLO!";
    QTest::newRow("huge multi-line reply")
        << "S: 220 x\nC: EHLO client.test\nX: repeat 100000 250-filler\nS: 250 end"
        << "" << int(SmtpError::ReplyTooManyLines) << "CONNECT GREETING EHLO!";
    QTest::newRow("oversize reply") << "S: 220 x\nC: EHLO client.test\nX: repeat 100 250-" +
                                           QString(1000, 'y') + "\nS: 250 end\nX: wait-close"
                                    << "" << int(SmtpError::ReplyTooLarge) << "CONNECT GREETING EHLO!";
    QTest::newRow("reply nobody asked for") << "X: raw 220 hi\\r\\n250 unsolicited\\r\\n\nX: wait-close"
                                            << "" << int(SmtpError::UnexpectedReply) << "CONNECT GREETING";
    QTest::newRow("bare LF tolerated") << "X: raw 220 x\\n\nC: EHLO client.test\nX: raw 250 x\\n\n" + quit
                                       << "" << ok << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("stop after connect")
        << greeting + quit << "plain;stop=connect;from=a@b" << ok << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("stop after TLS without TLS")
        << greeting + quit << "plain;stop=tls" << ok << "CONNECT GREETING EHLO QUIT";
    QTest::newRow("stop after AUTH") << greeting + "C: AUTH PLAIN %PLAIN%\nS: 235 ok" + quit
                                     << "plain;stop=auth;from=a@b;to=c@d;noop" << ok
                                     << "CONNECT GREETING EHLO AUTH QUIT";
    QTest::newRow("stop after MAIL") << greeting + "C: MAIL FROM:<a@b>\nS: 250 ok" + quit
                                     << "stop=mail;from=a@b;to=c@d" << ok
                                     << "CONNECT GREETING EHLO MAIL FROM QUIT";
    QTest::newRow("stop after RCPT") << greeting +
                                            "C: MAIL FROM:<a@b>\nS: 250 ok\nC: RCPT TO:<c@d>\nS: 250 ok" +
                                            quit
                                     << "stop=rcpt;from=a@b;to=c@d;message" << ok
                                     << "CONNECT GREETING EHLO MAIL FROM RCPT TO QUIT";
    QTest::newRow("sender rejected") << greeting + "C: MAIL FROM:<a@b>\nS: 553 5.7.1 Sender not allowed" +
                                            quit
                                     << "from=a@b;to=c@d" << int(SmtpError::SenderRejected)
                                     << "CONNECT GREETING EHLO MAIL FROM! QUIT";
    QTest::newRow("every recipient rejected")
        << greeting +
               "C: MAIL FROM:<a@b>\nS: 250 ok\nC: RCPT TO:<c@d>\nS: 550 5.1.1 no\nC: RCPT TO:<e@f>\n"
               "S: 554 5.7.1 Relay access denied" +
               quit
        << "from=a@b;to=c@d;to=e@f;message" << int(SmtpError::RecipientRejected)
        << "CONNECT GREETING EHLO MAIL FROM RCPT TO! RCPT TO! QUIT";
    QTest::newRow("DATA rejected")
        << greeting + "C: MAIL FROM:<a@b>\nS: 250 ok\nC: RCPT TO:<c@d>\nS: 250 ok\nC: DATA\nS: 554 5.5.1 No" +
               quit
        << "from=a@b;to=c@d;message" << int(SmtpError::DataRejected)
        << "CONNECT GREETING EHLO MAIL FROM RCPT TO DATA! QUIT";
    QTest::newRow("message rejected")
        << greeting +
               "C: MAIL FROM:<a@b>\nS: 250 ok\nC: RCPT TO:<c@d>\nS: 250 ok\nC: DATA\nS: 354 go\nX: data\n"
               "S: 550 5.7.1 Spam" +
               quit
        << "from=a@b;to=c@d;message" << int(SmtpError::MessageRejected)
        << "CONNECT GREETING EHLO MAIL FROM RCPT TO DATA BODY! QUIT";
    QTest::newRow("QUIT answered by closing") << greeting + "C: QUIT\nX: close"
                                              << "" << ok << "CONNECT GREETING EHLO QUIT";
}

void TestSmtpClient::scenarios() {
    QFETCH(QString, script);
    QFETCH(QString, changes);
    QFETCH(int, error);
    QFETCH(QString, steps);

    FakeSmtpServer server;
    server.setScript(expand(script));
    QVERIFY(server.start());
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, tweak(configFor(server.port()), changes), 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QVERIFY2(result.error.code == error,
             qPrintable(SmtpError::codeName(result.error.code) + ": " + result.error.message() + "\n" +
                        result.transcript.toText()));
    QCOMPARE(stepsOf(result), steps);
    // Whatever the server sent, the client held a bounded amount of it; the floods really filled the buffer.
    QVERIFY2(client.peakBufferedBytes() <= SmtpClient::maxBufferedBytes(),
             qPrintable(QString::number(client.peakBufferedBytes())));
    if (error == SmtpError::ReplyLineTooLong || error == SmtpError::ReplyTooManyLines ||
        error == SmtpError::ReplyTooLarge)
        QVERIFY(client.peakBufferedBytes() > ReplyLimits{}.maxLineLength);
    if (error != SmtpError::None) {
        const QStringList problems = untranslated(m_languages, result.error);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
    QVERIFY2(secretLeaks(result, {password, token}).isEmpty(),
             qPrintable(secretLeaks(result, {password, token}).join('\n')));
    QVERIFY(!result.error.message().contains("%1"));
    QCOMPARE(result.error.isError(), !result.error.message().isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(leftovers(client).isEmpty(), qPrintable(leftovers(client).join(", ")), 2000);
    QVERIFY(!client.isRunning());
    // A clean QUIT ends every run that did not break the connection.
    if (script.contains("C: QUIT")) {
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("QUIT") || server.connectionClosed(), 2000);
        QVERIFY(steps.endsWith("QUIT"));
    } else if (!steps.endsWith("QUIT")) {
        QVERIFY(!server.received().contains("QUIT"));
    }
    // Nothing secret went out when the run had to stop before AUTH.
    if (error == SmtpError::StartTlsNotOffered || error == SmtpError::StartTlsRejected ||
        error == SmtpError::InjectionAfterStartTls || error == SmtpError::PlaintextAuthRefused) {
        for (const QString &line : server.received())
            QVERIFY2(!line.startsWith("AUTH"), qPrintable(line));
    }
}

void TestSmtpClient::fullSessionWithPipeliningAndData() {
    FakeSmtpServer server;
    // The server answers MAIL and both RCPTs only after reading all three: without pipelining the
    // client would wait for the MAIL reply and time out.
    server.setScript(expand(R"(
        S: 220 fake.test ESMTP
        C: EHLO client.test
        S: 250-fake.test
        S: 250-PIPELINING
        S: 250-ENHANCEDSTATUSCODES
        S: 250 AUTH PLAIN
        C: AUTH PLAIN %PLAIN%
        S: 235 2.7.0 Authentication successful
        C: VRFY postmaster
        S: 252 2.5.2 Cannot VRFY user
        C: HELP
        S: 214-2.0.0 Commands: EHLO HELO MAIL RCPT DATA
        S: 214 2.0.0 End of HELP
        C: NOOP
        S: 250 2.0.0 OK
        C: MAIL FROM:<me@example.org>
        C: RCPT TO:<a@example.net>
        C: RCPT TO:<b@example.net>
        S: 250 2.1.0 Sender OK
        S: 550 5.1.1 <a@example.net>: Recipient address rejected
        S: 250 2.1.5 Recipient OK
        C: DATA
        S: 354 End data with <CR><LF>.<CR><LF>
        X: data
        S: 250 2.0.0 Ok: queued as 4711
        C: RSET
        S: 250 2.0.0 Ok
        C: QUIT
        S: 221 2.0.0 Bye
    )"));
    QVERIFY(server.start());
    SmtpClient client;
    const SmtpConfig config = tweak(configFor(server.port()),
                                    "plain;vrfy=postmaster;help;noop;from=me@example.org;to=a@example.net;"
                                    "to=b@example.net;message;rset");
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QVERIFY2(result.ok(), qPrintable(result.error.message() + '\n' + result.transcript.toText()));
    QCOMPARE(stepsOf(result),
             "CONNECT GREETING EHLO AUTH VRFY HELP NOOP MAIL FROM RCPT TO! RCPT TO DATA BODY RSET QUIT");
    QCOMPARE(result.recipientsAccepted, 1);
    QCOMPARE(result.authMechanism, QStringLiteral("PLAIN"));
    QVERIFY(result.capabilities.pipelining);
    QVERIFY(result.capabilities.enhancedStatusCodes);
    // Enhanced codes were picked up once the server advertised them.
    QCOMPARE(result.steps.at(8).replies.first().enhancedCode, QStringLiteral("5.1.1"));
    QCOMPARE(server.messages().size(), 1);
    const QByteArray body = server.messages().first();
    QVERIFY(body.contains("Subject: SMTP Desk test message\r\n"));
    QVERIFY(body.contains("\r\n.This line starts with a dot")); // unstuffed again by the server
    // The transcript shows the stuffed line as sent, each body line separately.
    QVERIFY(result.transcript.toText().contains("C: ..This line starts with a dot"));
    QVERIFY(result.transcript.toText().contains("C: .\n"));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QVERIFY(result.transcript.toText().contains("C: AUTH PLAIN [redacted]"));
}

void TestSmtpClient::oneCommandAtATimeWithoutPipelining() {
    const QString script = R"(
        S: 220 fake.test
        C: EHLO client.test
        S: 250-fake.test
        S: 250 PIPELINING
        C: MAIL FROM:<me@example.org>
        S: 250 ok
        C: RCPT TO:<a@example.net>
        S: 250 ok
        C: RCPT TO:<b@example.net>
        S: 251 will forward
        C: QUIT
        S: 221 bye
    )";
    FakeSmtpServer server;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(
        client,
        tweak(configFor(server.port()), "from=me@example.org;to=a@example.net;to=b@example.net;noPipelining"),
        15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.recipientsAccepted, 2);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
}

void TestSmtpClient::xoauth2ErrorIsDecodedAndReported() {
    FakeSmtpServer server;
    server.setScript(expand(greeting + R"(
        C: AUTH XOAUTH2 %XOAUTH2%
        S: 334 %OAUTHERR%
        C:
        S: 535-5.7.8 Username and Password not accepted.
        S: 535 5.7.8 https://support.example/answer
        C: QUIT
        S: 221 bye
    )"));
    QVERIFY(server.start());
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, tweak(configFor(server.port()), "xoauth2"), 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QCOMPARE(result.error.code, SmtpError::AuthFailed);
    QVERIFY(result.oauthError.contains("\"status\":\"401\""));
    QVERIFY(result.error.detail.contains("https://mail.example/"));
    QCOMPARE(result.error.reply.enhancedCode, QStringLiteral("5.7.8"));
    QVERIFY(result.transcript.toText().contains("401"));
    QVERIFY(secretLeaks(result, {token}).isEmpty());
}

void TestSmtpClient::deadlineBoundsSilentAndDrippingServers_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<int>("runMs");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("maxElapsedMs");

    QTest::newRow("silent server") << "X: wait-close" << 300 << 10000 << int(SmtpError::Timeout)
                                   << int(SmtpStep::Greeting) << 2000;
    QTest::newRow("silent after EHLO") << "S: 220 x\nC: EHLO *\nX: wait-close" << 300 << 10000
                                       << int(SmtpError::Timeout) << int(SmtpStep::Ehlo) << 2000;
    QTest::newRow("slow drip within the deadline")
        << "X: drip 15 220 slow but fine\nC: EHLO *\nS: 250 ok\nC: HELP\nS: 214 h\nC: NOOP\nS: 250 ok\nC: "
           "QUIT\n"
           "S: 221 bye"
        << 1500 << 10000 << int(SmtpError::None) << int(SmtpStep::None) << 3000;
    QTest::newRow("one byte per second") << "X: drip 1000 220 hello\nX: wait-close" << 2500 << 10000
                                         << int(SmtpError::Timeout) << int(SmtpStep::Greeting) << 5000;
    QTest::newRow("drip slower than the deadline")
        << "X: drip 100 220 this greeting takes far too long to arrive\nX: wait-close" << 500 << 10000
        << int(SmtpError::Timeout) << int(SmtpStep::Greeting) << 2000;
    // "A reply every 19 s" against the default 30 s step deadline, with time scaled 1:50: every step is
    // answered in time, so only the whole run's deadline can end it.
    QTest::newRow("a reply every 19 s, each in time: the run deadline ends it")
        << "S: 220 x\nC: EHLO *\nX: sleep 380\nS: 250 x\nC: HELP\nX: sleep 380\nS: 214 help\nC: NOOP\n"
           "X: sleep 380\nS: 250 ok\nC: QUIT\nS: 221 bye"
        << 600 << 1000 << int(SmtpError::RunTimeout) << int(SmtpStep::Noop) << 2500;
    // A line every 19 s that never finishes the reply: progress does not extend a deadline.
    QTest::newRow("a line every 19 s, reply never ends: step deadline")
        << "S: 220 x\nC: EHLO *\nX: every 380 250-still thinking" << 600 << 10000 << int(SmtpError::Timeout)
        << int(SmtpStep::Ehlo) << 2000;
    QTest::newRow("a line every 19 s, reply never ends: run deadline")
        << "S: 220 x\nC: EHLO *\nX: every 380 250-still thinking" << 10000 << 1000
        << int(SmtpError::RunTimeout) << int(SmtpStep::Ehlo) << 2500;
    QTest::newRow("QUIT never confirmed")
        << "S: 220 x\nC: EHLO *\nS: 250 x\nC: HELP\nS: 214 h\nC: NOOP\nS: 250 ok\nC: QUIT\nX: wait-close"
        << 300 << 10000 << int(SmtpError::None) << int(SmtpStep::None) << 2000;
}

void TestSmtpClient::deadlineBoundsSilentAndDrippingServers() {
    QFETCH(QString, script);
    QFETCH(int, stepMs);
    QFETCH(int, runMs);
    QFETCH(int, error);
    QFETCH(int, step);
    QFETCH(int, maxElapsedMs);
    FakeSmtpServer server;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.stepTimeoutMs = stepMs;
    config.runTimeoutMs = runMs;
    config.help = true;
    config.noop = true;
    SmtpClient client;
    QElapsedTimer clock;
    clock.start();
    bool inTime = false;
    const SmtpResult result = run(client, config, 10000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(clock.elapsed() < maxElapsedMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(result.error.code == error, qPrintable(result.error.message()));
    if (error != SmtpError::None) {
        QCOMPARE(int(result.error.step), step);
        QCOMPARE(result.error.timeoutMs, error == SmtpError::RunTimeout ? runMs : stepMs);
        QVERIFY(!result.steps.last().ok);
        const QStringList problems = untranslated(m_languages, result.error);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
    QVERIFY(client.peakBufferedBytes() <= SmtpClient::maxBufferedBytes());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClient::cancelInEveryState_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("deferred"); // false: cancel() inside stepStarted; true: a moment later
    const QList<SmtpStep> steps{SmtpStep::Connect, SmtpStep::Greeting, SmtpStep::Ehlo,    SmtpStep::Auth,
                                SmtpStep::Vrfy,    SmtpStep::Help,     SmtpStep::Noop,    SmtpStep::Mail,
                                SmtpStep::Rcpt,    SmtpStep::Data,     SmtpStep::Message, SmtpStep::Rset,
                                SmtpStep::Quit};
    for (const SmtpStep step : steps) {
        QTest::addRow("%s, inside the signal", qPrintable(SmtpStepText::name(step))) << int(step) << false;
        // Connecting on loopback is over before any timer fires; cancelBeforeTheRunBegins covers it.
        if (step != SmtpStep::Connect)
            QTest::addRow("%s, while waiting", qPrintable(SmtpStepText::name(step))) << int(step) << true;
    }
}

void TestSmtpClient::cancelInEveryState() {
    QFETCH(int, step);
    QFETCH(bool, deferred);
    // A whole session, step by step. The server stalls in the step under test (before its reply), so
    // a deferred cancel always finds that step waiting, however slow the machine.
    const QList<std::pair<SmtpStep, QStringList>> session{
        {SmtpStep::Greeting, {"S: 220 fake.test"}},
        {SmtpStep::Ehlo, {"C: EHLO client.test", "S: 250-fake.test", "S: 250 AUTH LOGIN"}},
        {SmtpStep::Auth,
         {"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: %LOGINUSER%", "S: 334 UGFzc3dvcmQ6", "C: %LOGINPASS%",
          "S: 235 ok"}},
        {SmtpStep::Vrfy, {"C: VRFY postmaster", "S: 252 maybe"}},
        {SmtpStep::Help, {"C: HELP", "S: 214 help"}},
        {SmtpStep::Noop, {"C: NOOP", "S: 250 ok"}},
        {SmtpStep::Mail, {"C: MAIL FROM:<a@b>", "S: 250 ok"}},
        {SmtpStep::Rcpt, {"C: RCPT TO:<c@d>", "S: 250 ok"}},
        {SmtpStep::Data, {"C: DATA", "S: 354 go"}},
        {SmtpStep::Message, {"X: data", "S: 250 queued"}},
        {SmtpStep::Rset, {"C: RSET", "S: 250 ok"}},
        {SmtpStep::Quit, {"C: QUIT", "S: 221 bye"}},
    };
    QStringList script;
    for (const auto &[sessionStep, lines] : session) {
        if (int(sessionStep) != step) {
            script << lines;
            continue;
        }
        for (const QString &line : lines) {
            if (line.startsWith("S:"))
                break;
            script << line;
        }
        script << "X: wait-close";
        break;
    }
    FakeSmtpServer server;
    server.setScript(expand(script.join('\n')));
    QVERIFY(server.start());
    const SmtpConfig config =
        tweak(configFor(server.port()), "login;vrfy=postmaster;help;noop;from=a@b;to=c@d;message;rset");

    SmtpClient client;
    int finishedCount = 0;
    int signalsAfterFinish = 0;
    SmtpResult result;
    // Connected first, so they see every emission before the slot below cancels inside one.
    const auto countLate = [&] {
        if (finishedCount > 0)
            ++signalsAfterFinish;
    };
    connect(&client, &SmtpClient::stepStarted, this, countLate);
    connect(&client, &SmtpClient::replyReceived, this, countLate);
    connect(&client, &SmtpClient::stepFinished, this, countLate);
    connect(&client, &SmtpClient::transcriptAppended, this, countLate);
    connect(&client, &SmtpClient::tlsEstablished, this, countLate);
    QTimer later;
    later.setSingleShot(true);
    later.setInterval(30);
    connect(&later, &QTimer::timeout, &client, &SmtpClient::cancel);
    connect(&client, &SmtpClient::stepStarted, &client, [&](SmtpStep started) {
        if (int(started) != step)
            return;
        if (deferred)
            later.start();
        else
            client.cancel();
    });
    connect(&client, &SmtpClient::finished, this, [&](const SmtpResult &r) {
        ++finishedCount;
        result = r;
    });

    QVERIFY(client.start(config));
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 10000);
    QVERIFY2(result.error.code == SmtpError::Cancelled,
             qPrintable(result.error.message() + '\n' + server.problems().join('\n')));
    QVERIFY(!client.isRunning());
    QCOMPARE(client.currentStep(), SmtpStep::None);
    QTRY_VERIFY2_WITH_TIMEOUT(leftovers(client).isEmpty(), qPrintable(leftovers(client).join(", ")), 2000);
    QTest::qWait(100); // nothing may trickle in afterwards
    QCOMPARE(finishedCount, 1);
    QCOMPARE(signalsAfterFinish, 0);
    QVERIFY(!result.steps.isEmpty());
    QCOMPARE(int(result.steps.last().step), step);
    QVERIFY(!result.steps.last().ok);
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    if (!deferred && step == int(SmtpStep::Auth)) {
        // Cancelled before the command went out: the server never saw it.
        for (const QString &line : server.received())
            QVERIFY2(!line.startsWith("AUTH"), qPrintable(line));
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionClosed() || step == int(SmtpStep::Connect), 2000);
}

void TestSmtpClient::cancelBeforeTheRunBegins() {
    FakeSmtpServer server;
    server.setScript("S: 220 x");
    QVERIFY(server.start());
    SmtpClient client;
    int finishedCount = 0;
    SmtpError::Code code = SmtpError::None;
    connect(&client, &SmtpClient::finished, this, [&](const SmtpResult &r) {
        ++finishedCount;
        code = r.error.code;
    });
    QVERIFY(client.start(configFor(server.port())));
    client.cancel();
    QCOMPARE(finishedCount, 1); // synchronous
    QCOMPARE(code, SmtpError::Cancelled);
    QVERIFY(leftovers(client).isEmpty());
    client.cancel(); // a second cancel does nothing
    QTest::qWait(100);
    QCOMPARE(finishedCount, 1);
    QCOMPARE(server.connectionCount(), 0);
}

void TestSmtpClient::signalsArriveInOrder() {
    FakeSmtpServer server;
    server.setScript(expand(greeting + "C: AUTH PLAIN %PLAIN%\nS: 235 ok" + quit));
    QVERIFY(server.start());
    SmtpClient client;
    QStringList events;
    QList<TranscriptEntry> streamed;
    connect(&client, &SmtpClient::stepStarted, this, [&](SmtpStep step, const QString &command) {
        events << "start " + SmtpStepText::name(step) + (command.isEmpty() ? "" : " " + command);
        QCOMPARE(client.currentStep(), step);
    });
    connect(&client, &SmtpClient::replyReceived, this, [&](SmtpStep step, const SmtpReply &reply) {
        events << "reply " + SmtpStepText::name(step) + " " + QString::number(reply.code);
    });
    connect(&client, &SmtpClient::stepFinished, this, [&](const SmtpStepRecord &record) {
        events << "end " + SmtpStepText::name(record.step) + (record.ok ? "" : "!");
    });
    connect(&client, &SmtpClient::transcriptAppended, this,
            [&](const TranscriptEntry &entry) { streamed << entry; });
    bool inTime = false;
    const SmtpResult result = run(client, tweak(configFor(server.port()), "plain"), 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY(result.ok());
    const QString connecting = SmtpStepText::name(SmtpStep::Connect);
    const QString greet = SmtpStepText::name(SmtpStep::Greeting);
    const QString auth = SmtpStepText::name(SmtpStep::Auth);
    QCOMPARE(events, (QStringList{"start " + connecting, "end " + connecting, "start " + greet,
                                  "reply " + greet + " 220", "end " + greet, "start EHLO EHLO client.test",
                                  "reply EHLO 250", "end EHLO", "start " + auth + " AUTH PLAIN [redacted]",
                                  "reply " + auth + " 235", "end " + auth, "start QUIT QUIT",
                                  "reply QUIT 221", "end QUIT"}));
    // The streamed entries are the transcript.
    QCOMPARE(streamed.size(), result.transcript.entries().size());
    for (int i = 0; i < streamed.size(); ++i)
        QCOMPARE(streamed.at(i).text, result.transcript.entries().at(i).text);
    // Offsets never go backwards, and every step's timing is inside the run.
    qint64 last = 0;
    for (const TranscriptEntry &entry : result.transcript.entries()) {
        QVERIFY(entry.offsetMs >= last);
        last = entry.offsetMs;
    }
    for (const SmtpStepRecord &record : result.steps)
        QVERIFY(record.startedMs + record.durationMs <= result.elapsedMs);
    QCOMPARE(result.steps.at(3).command, QStringLiteral("AUTH PLAIN [redacted]"));
    QVERIFY(secretLeaks(result, {password}).isEmpty());
    QVERIFY(result.transcript.entries().at(0).direction == TranscriptEntry::Direction::Note);
}

void TestSmtpClient::defaultEhloNameIsAnAddressLiteral() {
    FakeSmtpServer server;
    server.setScript("S: 220 x\nC: EHLO [127.0.0.1]\nS: 250 x\n" + quit);
    QVERIFY(server.start());
    SmtpConfig config = configFor(server.port());
    config.ehloName.clear();
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, config, 15000, &inTime);
    QVERIFY(inTime);
    QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join('\n')));
    QVERIFY(result.ok());
}

void TestSmtpClient::secondStartWhileRunningIsRefused() {
    FakeSmtpServer server;
    server.setScript(greeting + quit);
    QVERIFY(server.start());
    SmtpClient client;
    int finishedCount = 0;
    connect(&client, &SmtpClient::finished, this, [&] { ++finishedCount; });
    QVERIFY(client.start(configFor(server.port())));
    QVERIFY(client.isRunning());
    QVERIFY(!client.start(configFor(server.port())));
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 10000);
    QVERIFY(client.result().ok());
    QTest::qWait(100);
    QCOMPARE(finishedCount, 1);
}

void TestSmtpClient::restartFromFinishedSlot() {
    FakeSmtpServer first;
    first.setScript(greeting + quit);
    QVERIFY(first.start());
    FakeSmtpServer second;
    second.setScript(greeting + quit);
    QVERIFY(second.start());
    SmtpClient client;
    QList<SmtpError::Code> codes;
    connect(&client, &SmtpClient::finished, this, [&](const SmtpResult &r) {
        codes << r.error.code;
        if (codes.size() == 1)
            QVERIFY(client.start(configFor(second.port())));
    });
    QVERIFY(client.start(configFor(first.port())));
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 2, 10000);
    QCOMPARE(codes, (QList<SmtpError::Code>{SmtpError::None, SmtpError::None}));
    QTRY_VERIFY(second.scriptFinished());
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClient::invalidConfigFailsAsynchronously() {
    SmtpClient client;
    int finishedCount = 0;
    SmtpResult result;
    connect(&client, &SmtpClient::finished, this, [&](const SmtpResult &r) {
        ++finishedCount;
        result = r;
    });
    SmtpConfig config = configFor(25);
    config.mailFrom = "a@b\r\nRCPT TO:<victim@example>";
    QVERIFY(client.start(config));
    QCOMPARE(finishedCount, 0); // never inside start()
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 2000);
    QCOMPARE(result.error.code, SmtpError::InvalidConfig);
    QVERIFY(result.error.message().contains("line break"));
    QVERIFY(leftovers(client).isEmpty());
}

void TestSmtpClient::connectionRefused() {
    quint16 port = 0;
    {
        FakeSmtpServer closed;
        QVERIFY(closed.start());
        port = closed.port();
    } // nothing listens there any more
    SmtpClient client;
    bool inTime = false;
    const SmtpResult result = run(client, configFor(port), 10000, &inTime);
    QVERIFY(inTime);
    QCOMPARE(result.error.code, SmtpError::ConnectionRefused);
    QCOMPARE(result.error.step, SmtpStep::Connect);
    QVERIFY(result.error.message().contains(QString::number(port)));
    QTRY_VERIFY_WITH_TIMEOUT(leftovers(client).isEmpty(), 2000);
}

void TestSmtpClient::missingCaFile() {
    SmtpClient client;
    SmtpConfig config = configFor(25);
    config.extraCaFile = "/nonexistent/ca.pem";
    bool inTime = false;
    const SmtpResult result = run(client, config, 5000, &inTime);
    QVERIFY(inTime);
    QCOMPARE(result.error.code, SmtpError::CaFileUnreadable);
    QVERIFY(result.error.message().contains("/nonexistent/ca.pem"));
}

void TestSmtpClient::destroyingARunningClientIsQuiet() {
    FakeSmtpServer server;
    server.setScript("S: 220 x\nC: EHLO *\nX: wait-close");
    QVERIFY(server.start());
    int finishedCount = 0;
    {
        SmtpClient client;
        connect(&client, &SmtpClient::finished, this, [&] { ++finishedCount; });
        QVERIFY(client.start(configFor(server.port())));
        QTRY_VERIFY_WITH_TIMEOUT(client.currentStep() == SmtpStep::Ehlo, 5000);
    }
    QCOMPARE(finishedCount, 0);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionClosed(), 2000);
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
