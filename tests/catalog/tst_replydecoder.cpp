// ReplyDecoder on text as people paste it: reply lines, library exceptions, error dialogs, logs and bounces.
// Every sample here is written for this test (addresses and hosts use the documentation ranges).
#include "catalog/catalogloader.h"
#include "catalog/replydecoder.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {

const Catalog &catalog() {
    return CatalogLoader::builtIn().catalog;
}

ReplyDecoder::Result decode(const QString &text) {
    return ReplyDecoder(catalog()).decode(text);
}

QStringList codesOf(const ReplyDecoder::Result &result) {
    QStringList codes;
    for (const ReplyDecoder::Finding &finding : result.findings)
        codes << finding.codes();
    return codes;
}

QStringList hintIds(const QList<ReplyDecoder::Hint> &hints) {
    QStringList ids;
    for (const ReplyDecoder::Hint &hint : hints)
        ids << hint.id;
    return ids;
}

QString lines(const QStringList &list) {
    return list.join(QLatin1Char('\n'));
}

} // namespace

class TestReplyDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void notReplyCodes_data();
    void notReplyCodes();
    void garbage_data();
    void garbage();
    void manyRepliesStayBounded();
    void joinsMultiLineReplies();
    void keepsOrderOfAppearance();
    void bounceTellsActionAndRemoteHost();
    void resolvesThroughCatalog();
    void scanLimitTruncates();
    void hintsHaveSentences();
    void otherHintsComeFromTheRestOfTheText();
};

// One row per way a reply reaches a person. `focus` picks the finding whose details are checked.
void TestReplyDecoder::decodes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("codes");    // every finding in order: "535 5.7.8", "5.7.57", "421"
    QTest::addColumn<int>("focus");            // index of the finding checked below
    QTest::addColumn<QString>("stage");        // exact, empty = none
    QTest::addColumn<QString>("recipient");    // first recipient, exact, empty = none
    QTest::addColumn<QStringList>("hints");    // ids that must be on the focused finding
    QTest::addColumn<QString>("textPart");     // words the reply text must contain
    QTest::addColumn<QString>("textMustLack"); // words that must not leak into the text

    // --- Reply lines as a server sends them --------------------------------------------------------------
    QTest::newRow("gmail multi-line bad credentials")
        << lines({"535-5.7.8 Username and Password not accepted. For more information, go to",
                  "535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
                  "k7-20020a170906b38700b00a1c2d3sm41"
                  "2233ejz.18 - gsmtp"})
        << QStringList{"535 5.7.8"} << 0 << ""
        << "" << QStringList{"google.BadCredentials"} << "Username and Password not accepted"
        << "535";
    QTest::newRow("single line with recipient")
        << "550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table"
        << QStringList{"550 5.1.1"} << 0 << ""
        << "nobody@example.net" << QStringList{} << "User unknown in virtual mailbox table"
        << "";
    QTest::newRow("bare basic code") << "503 Bad sequence of commands" << QStringList{"503"} << 0 << ""
                                     << "" << QStringList{} << "Bad sequence of commands"
                                     << "";
    QTest::newRow("starttls first")
        << "530 5.7.0 Must issue a STARTTLS command first. p4-20020a05620a0b0400b0078d3sm998877qkp.14 - gsmtp"
        << QStringList{"530 5.7.0"} << 0 << ""
        << "" << QStringList{"generic.StartTlsRequired"} << "Must issue a STARTTLS command first"
        << "";
    QTest::newRow("multi-line without enhanced code")
        << lines({"421-mx.example.net Service not available", "421-Too many connections from 198.51.100.7",
                  "421 Please try again later"})
        << QStringList{"421"} << 0 << ""
        << "" << QStringList{"generic.RateLimited"} << "Too many connections from 198.51.100.7"
        << "";
    QTest::newRow("yahoo deferral with look-alike numbers")
        << "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or "
           "user "
           "complaints - 4.16.55.1; see https://postmaster.example.com/error-codes"
        << QStringList{"421 4.7.0"} << 0 << ""
        << "" << QStringList{"yahoo.TSS04"} << "unexpected volume"
        << "";
    QTest::newRow("success reply") << "250 2.0.0 Ok: queued as 4F3A21C0D2" << QStringList{"250 2.0.0"} << 0
                                   << ""
                                   << "" << QStringList{} << "queued as 4F3A21C0D2"
                                   << "";
    QTest::newRow("gmail web login required")
        << lines({"534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbtExample>",
                  "534-5.7.14 Please log in via your web browser and then try again.",
                  "534-5.7.14  Learn more at",
                  "534 5.7.14  https://support.google.com/mail/?p=WebLoginRequired "
                  "f3-20020a0562140c6300b0068fsm12"
                  "34567qvs.9 - gsmtp"})
        << QStringList{"534 5.7.14"} << 0 << ""
        << "" << QStringList{"google.WebLoginRequired"} << "Please log in via your web browser"
        << "";
    QTest::newRow("gmail app password required")
        << lines(
               {"534-5.7.9 Application-specific password required. For more information, go to",
                "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor b7-20020a17090a8c0700b002"
                "8csm7654321pjb.3 - gsmtp"})
        << QStringList{"534 5.7.9"} << 0 << ""
        << "" << QStringList{"google.InvalidSecondFactor"} << "Application-specific password required"
        << "";
    QTest::newRow("gmail unauthenticated sender, SPF and DKIM")
        << lines(
               {"550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires",
                "550-5.7.26 all senders to authenticate with either SPF or DKIM.", "550-5.7.26 ",
                "550-5.7.26  Authentication results:", "550-5.7.26  DKIM = did not pass",
                "550-5.7.26  SPF [example.org] with ip: [198.51.100.7] = did not pass", "550-5.7.26 ",
                "550-5.7.26  For instructions on setting up authentication, go to",
                "550 5.7.26  https://support.google.com/mail/answer/81126#authentication c5-2002sm1.2 - "
                "gsmtp"})
        << QStringList{"550 5.7.26"} << 0 << ""
        << "" << QStringList{"generic.Spf", "generic.Dkim"} << "Authentication results"
        << "";
    QTest::newRow("gmail missing reverse DNS")
        << lines({"550-5.7.25 [198.51.100.7] The sending IP has no PTR record, or its forward DNS entry does",
                  "550-5.7.25 not point back to it. Set up reverse DNS for the address and try again.",
                  "550 5.7.25 https://support.google.com/mail/?p=IPv6AuthError r4-2002sm8.30 - gsmtp"})
        << QStringList{"550 5.7.25"} << 0 << ""
        << "" << QStringList{"generic.ReverseDns", "google.IPv6AuthError"}
        << "forward DNS entry does not point back"
        << "";
    QTest::newRow("gmail mailbox out of space")
        << lines({"452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient",
                  "452 4.2.2 to https://support.google.com/mail/?p=OverQuotaTemp h6-2002sm2.14 - gsmtp"})
        << QStringList{"452 4.2.2"} << 0 << ""
        << "" << QStringList{"google.OverQuotaTemp"} << "out of storage space"
        << "";
    QTest::newRow("exchange old internal address")
        << "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'"
        << QStringList{"550 5.1.1"} << 0 << ""
        << "" << QStringList{"microsoft.ExRecipNotFound"} << "not found"
        << "";
    QTest::newRow("microsoft smtp auth disabled")
        << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
           "Visit "
           "https://aka.ms/smtp_auth_disabled for more information. [PA7P264CA0123.FRAP264.PROD.OUTLOOK.COM "
           "2024-05-14T09:15:02.456Z 08DC741A2B3C4D5E]"
        << QStringList{"535 5.7.139"} << 0 << ""
        << "" << QStringList{"microsoft.SmtpClientAuthenticationDisabled"}
        << "SmtpClientAuthentication is disabled"
        << "";
    QTest::newRow("microsoft basic auth disabled")
        << "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
           "[DB8PR06CA0031.eurprd06.prod.outlook.com 2024-05-14T10:01:44.210Z 08DC74AA11223344]"
        << QStringList{"535 5.7.139"} << 0 << ""
        << "" << QStringList{"microsoft.BasicAuthenticationDisabled"} << "basic authentication is disabled"
        << "";
    QTest::newRow("microsoft security defaults")
        << "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults "
           "policy. Contact your administrator."
        << QStringList{"535 5.7.139"} << 0 << ""
        << "" << QStringList{"microsoft.SecurityDefaults"} << "security defaults policy"
        << "";
    QTest::newRow("microsoft send as")
        << "550 5.7.60 SMTP; Client does not have permissions to send as this sender "
           "[AM6P192MB0123.EURP192.PROD.OUTLOOK.COM 2024-05-14T11:20:05.001Z 08DC74BB55667788]"
        << QStringList{"550 5.7.60"} << 0 << ""
        << "" << QStringList{"microsoft.SendAsDenied"} << "permissions to send as this sender"
        << "";
    QTest::newRow("microsoft tenant relay") << "550 5.7.64 TenantAttribution; Relay Access Denied ATTR35 "
                                               "[SN1NAM02FT0051.eop-nam02.prod.protection."
                                               "outlook.com 2024-05-14T12:00:00.000Z 08DC74CC99AABBCC]"
                                            << QStringList{"550 5.7.64"} << 0 << ""
                                            << "" << QStringList{"generic.RelayDenied"} << "TenantAttribution"
                                            << "";

    // --- Mail programs and libraries quoting the reply ---------------------------------------------------
    QTest::newRow("phpmailer error line")
        << "SMTP Error: 535 Incorrect authentication data" << QStringList{"535"} << 0 << ""
        << "" << QStringList{} << "Incorrect authentication data"
        << "SMTP Error";
    QTest::newRow("phpmailer debug transcript")
        << lines(
               {"2024-05-14 09:15:02\tSERVER -> CLIENT: 220 smtp.example.com ESMTP ready",
                "2024-05-14 09:15:02\tCLIENT -> SERVER: EHLO web01.example.org",
                "2024-05-14 09:15:02\tSERVER -> CLIENT: 250-smtp.example.com Hello web01.example.org "
                "[198.51.100.23]",
                "250-SIZE 52428800", "250-AUTH PLAIN LOGIN", "250 HELP",
                "2024-05-14 09:15:03\tCLIENT -> SERVER: AUTH LOGIN",
                "2024-05-14 09:15:03\tSERVER -> CLIENT: 334 VXNlcm5hbWU6",
                "2024-05-14 09:15:03\tCLIENT -> SERVER: d2VibWFzdGVyQGV4YW1wbGUub3Jn",
                "2024-05-14 09:15:03\tSERVER -> CLIENT: 334 UGFzc3dvcmQ6",
                "2024-05-14 09:15:03\tCLIENT -> SERVER: c2VjcmV0LXNlY3JldA==",
                "2024-05-14 09:15:05\tSERVER -> CLIENT: 535 Incorrect authentication data",
                "2024-05-14 09:15:05\tSMTP ERROR: Password command failed: 535 Incorrect authentication data",
                "2024-05-14 09:15:05\tSMTP Error: Could not authenticate."})
        << QStringList{"220", "250", "334", "535"} << 3 << "AUTH"
        << "" << QStringList{} << "Incorrect authentication data"
        << "";
    QTest::newRow("wordpress mailer server replied")
        << lines({"Mailer: Other SMTP", "SMTP Error: Could not authenticate.",
                  "Server replied: 530 5.7.0 Authentication Required."})
        << QStringList{"530 5.7.0"} << 0 << ""
        << "" << QStringList{} << "Authentication Required"
        << "";
    QTest::newRow("python smtplib authentication")
        << lines(
               {"Traceback (most recent call last):",
                "  File \"/srv/app/notify.py\", line 42, in send_report", "    server.login(user, password)",
                "  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login", "    raise last_exception",
                "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more "
                "information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
                "a640c23a62f3a-a59sm1234567.52 - gsmtp')"})
        << QStringList{"535 5.7.8"} << 0 << ""
        << "" << QStringList{"google.BadCredentials"} << "Username and Password not accepted"
        << "')";
    QTest::newRow("python recipients refused")
        << "smtplib.SMTPRecipientsRefused: {'ghost@example.net': (550, b'5.1.1 <ghost@example.net>: "
           "Recipient "
           "address rejected: User unknown in local recipient table')}"
        << QStringList{"550 5.1.1"} << 0 << ""
        << "ghost@example.net" << QStringList{} << "User unknown in local recipient table"
        << "')}";
    QTest::newRow("python sender refused names no recipient")
        << "smtplib.SMTPSenderRefused: (553, b'5.7.1 <billing@example.org>: Sender address rejected: not "
           "owned "
           "by user reports@example.com', 'billing@example.org')"
        << QStringList{"553 5.7.1"} << 0 << ""
        << "" << QStringList{} << "Sender address rejected"
        << "";
    QTest::newRow("python data error with a score") << "smtplib.SMTPDataError: (554, b'5.7.1 Message "
                                                       "rejected: content looks like spam (score 9.3 > 5.0)')"
                                                    << QStringList{"554 5.7.1"} << 0 << ""
                                                    << "" << QStringList{} << "score 9.3 > 5.0"
                                                    << "')";
    QTest::newRow("python connect error")
        << "smtplib.SMTPConnectError: (421, b'4.7.0 Too many concurrent SMTP connections from this IP; "
           "please "
           "try again later')"
        << QStringList{"421 4.7.0"} << 0 << ""
        << "" << QStringList{"generic.RateLimited"} << "Too many concurrent SMTP connections"
        << "";
    QTest::newRow("python bare code in tuple")
        << "smtplib.SMTPAuthenticationError: (535, b'Authentication credentials invalid')"
        << QStringList{"535"} << 0 << ""
        << "" << QStringList{} << "Authentication credentials invalid"
        << "'";
    QTest::newRow("javax.mail authentication failed")
        << lines(
               {"javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted. For "
                "more information, go to",
                "535 5.7.8  https://support.google.com/mail/?p=BadCredentials s12-20020a05sm99.11 - gsmtp",
                "", "\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)",
                "\tat com.sun.mail.smtp.SMTPTransport.authenticate(SMTPTransport.java:858)"})
        << QStringList{"535 5.7.8"} << 0 << ""
        << "" << QStringList{"google.BadCredentials"} << "Username and Password not accepted"
        << "";
    QTest::newRow("javax.mail nested address failure")
        << lines({"javax.mail.SendFailedException: Invalid Addresses;", "  nested exception is:",
                  "\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <ghost@example.net>... User "
                  "unknown",
                  "", "\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)",
                  "\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)"})
        << QStringList{"550 5.1.1"} << 0 << ""
        << "ghost@example.net" << QStringList{} << "User unknown"
        << "";
    QTest::newRow("javax.mail repeated nested reply")
        << lines(
               {"com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. "
                "m18-20020a1709sm1.12 - gsmtp",
                ";", "  nested exception is:",
                "\tcom.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. "
                "m18-20020a1709sm1.12 - gsmtp"})
        << QStringList{"530 5.7.0"} << 0 << ""
        << "" << QStringList{"generic.StartTlsRequired"} << "Must issue a STARTTLS command first"
        << "";
    QTest::newRow(".NET SmtpException with two replies")
        << "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was "
           "not "
           "authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 "
           "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
           "[AM0PR04CA0012.eurprd04.prod.outlook.com 2024-05-14T09:15:02.123Z 08DC7300AABBCCDD]"
        << QStringList{"5.7.57", "535 5.7.139"} << 1 << ""
        << "" << QStringList{"microsoft.SmtpClientAuthenticationDisabled"} << "Authentication unsuccessful"
        << "5.7.57";
    QTest::newRow(".NET anonymous mail during MAIL FROM")
        << "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was "
           "not "
           "authenticated. The server response was: 5.7.57 SMTP; Client was not authenticated to send "
           "anonymous "
           "mail during MAIL FROM [AM0PR10CA0042.EURPRD10.PROD.OUTLOOK.COM]"
        << QStringList{"5.7.57"} << 0 << "MAIL"
        << "" << QStringList{"microsoft.AnonymousMail"} << "Client was not authenticated"
        << "The server response was";
    QTest::newRow(".NET relay refused") << "System.Net.Mail.SmtpFailedRecipientException: Mailbox "
                                           "unavailable. The server response was: 5.7.1 "
                                           "Unable to relay for outside@example.org"
                                        << QStringList{"5.7.1"} << 0 << ""
                                        << "" << QStringList{"generic.RelayDenied"} << "Unable to relay"
                                        << "";
    QTest::newRow("MailKit code with colon")
        << "MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, the user "
           "credentials were incorrect. [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM 2024-05-14T09:15:02.123Z]"
        << QStringList{"535 5.7.139"} << 0 << ""
        << "" << QStringList{"microsoft.CredentialsIncorrect"} << "user credentials were incorrect"
        << "";
    QTest::newRow("outlook send-as dialog")
        << lines({"Your message did not reach some or all of the intended recipients.", "",
                  "      Subject:  Quarterly figures", "      Sent:     14/05/2024 09:15", "",
                  "The following recipient(s) cannot be reached:", "",
                  "      'Support Team' on 14/05/2024 09:15",
                  "            554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException."
                  "MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with "
                  "message Cannot submit message."})
        << QStringList{"554 5.2.0"} << 0 << ""
        << "" << QStringList{"microsoft.SendAsDenied"} << "STOREDRV.Submission.Exception"
        << "";
    QTest::newRow("outlook send/receive error")
        << "Task 'alice@example.com - Sending' reported error (0x800CCC78) : 'Cannot send the message. "
           "Verify "
           "the e-mail address in your account properties. The server responded: 530 5.7.57 Client not "
           "authenticated to send mail. [BN9PR03CA0123.namprd03.prod.outlook.com]'"
        << QStringList{"530 5.7.57"} << 0 << ""
        << "" << QStringList{"microsoft.AnonymousMail"} << "Client not authenticated to send mail"
        << "'";
    QTest::newRow("thunderbird relay dialog")
        << lines({"Sending of the message failed.",
                  "An error occurred while sending mail. The mail server responded: 554 5.7.1 "
                  "<friend@example.org>: Relay access denied. Please check the message recipient "
                  "\"friend@example.org\" and try again."})
        << QStringList{"554 5.7.1"} << 0 << ""
        << "friend@example.org" << QStringList{"generic.RelayDenied"} << "Relay access denied"
        << "";
    QTest::newRow("thunderbird authentication dialog") << "Authentication failed while connecting to server "
                                                          "smtp.example.com. The mail server responded: 535 "
                                                          "5.7.3 Authentication unsuccessful"
                                                       << QStringList{"535 5.7.3"} << 0 << ""
                                                       << "" << QStringList{} << "Authentication unsuccessful"
                                                       << "";
    QTest::newRow("spanish mail program")
        << "No se pudo enviar el mensaje. El servidor respondió: 550 5.1.1 El buzón no existe"
        << QStringList{"550 5.1.1"} << 0 << ""
        << "" << QStringList{} << "El buzón no existe"
        << "";
    QTest::newRow("vietnamese mail program, bare code")
        << "Gửi thư thất bại. Máy chủ phản hồi: 554 Từ chối giao dịch" << QStringList{"554"} << 0 << ""
        << "" << QStringList{} << "Từ chối giao dịch"
        << "";
    QTest::newRow("json log line")
        << "{\"level\":\"error\",\"msg\":\"send failed\",\"error\":\"550 5.7.26 Unauthenticated email from "
           "example.org is not accepted due to domain's DMARC policy. Please contact the administrator of "
           "example.org domain if this was a legitimate mail. To learn about the DMARC initiative, go to "
           "https://support.google.com/mail/?p=DmarcRejection z5-2002sm4.7 - gsmtp\",\"attempt\":3}"
        << QStringList{"550 5.7.26"} << 0 << ""
        << "" << QStringList{"google.DmarcRejection", "generic.Dmarc"} << "DMARC policy"
        << "attempt";
    QTest::newRow("quoted in an email reply")
        << lines({"> On Tue, 14 May 2024 at 09:15, Alice wrote:",
                  "> > 451 4.7.1 Please try again later, greylisted for 300 seconds"})
        << QStringList{"451 4.7.1"} << 0 << ""
        << "" << QStringList{"generic.Greylisting"} << "greylisted for 300 seconds"
        << "";
    QTest::newRow("reason in parentheses")
        << "ann@example.net: delivery failed (reason: 554 5.7.1 Message rejected due to content restrictions)"
        << QStringList{"554 5.7.1"} << 0 << ""
        << "" << QStringList{} << "Message rejected due to content restrictions"
        << ")";

    // --- Server logs and transcripts ---------------------------------------------------------------------
    QTest::newRow("postfix log line")
        << "May 14 09:15:02 mail postfix/smtp[12345]: 4F3A21C0D2: to=<zoe@example.net>, "
           "relay=mx.example.net[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.7.1, status=bounced "
           "(host mx.example.net[203.0.113.5] said: 554 5.7.1 <zoe@example.net>: Relay access denied (in "
           "reply "
           "to RCPT TO command))"
        << QStringList{"554 5.7.1"} << 0 << "RCPT"
        << "zoe@example.net" << QStringList{"generic.RelayDenied"} << "Relay access denied"
        << "in reply to";
    QTest::newRow("sendmail transcript")
        << lines({"   ----- Transcript of session follows -----", "... while talking to mx.example.net.:",
                  ">>> RCPT To:<ghost@example.net>", "<<< 550 5.1.1 <ghost@example.net>... User unknown",
                  "550 5.1.1 ghost@example.net... User unknown"})
        << QStringList{"550 5.1.1"} << 0 << "RCPT"
        << "ghost@example.net" << QStringList{} << "User unknown"
        << "";
    QTest::newRow("swaks transcript")
        << lines({" -> AUTH PLAIN AGFsaWNlAGh1bnRlcjI=",
                  "<** 535 5.7.8 Error: authentication failed: authentication failure", " -> QUIT",
                  "<-  221 2.0.0 Bye"})
        << QStringList{"535 5.7.8", "221 2.0.0"} << 0 << "AUTH"
        << "" << QStringList{} << "authentication failed"
        << "";

    // --- Bounces -----------------------------------------------------------------------------------------
    QTest::newRow("postfix bounce with delivery report")
        << lines({"This is the mail system at host mail.example.org.",
                  "",
                  "I'm sorry to have to inform you that your message could not",
                  "be delivered to one or more recipients. It's attached below.",
                  "",
                  "                   The mail system",
                  "",
                  "<ghost@example.net>: host mx1.example.net[203.0.113.25] said: 550 5.1.1",
                  "    <ghost@example.net>: Recipient address rejected: User unknown in local",
                  "    recipient table (in reply to RCPT TO command)",
                  "",
                  "--5A1B2C3D4E.1715678102/mail.example.org",
                  "Content-Description: Delivery report",
                  "Content-Type: message/delivery-status",
                  "",
                  "Reporting-MTA: dns; mail.example.org",
                  "X-Postfix-Queue-ID: 5A1B2C3D4E",
                  "X-Postfix-Sender: rfc822; alice@example.org",
                  "Arrival-Date: Tue, 14 May 2024 09:15:02 +0200 (CEST)",
                  "",
                  "Final-Recipient: rfc822; ghost@example.net",
                  "Original-Recipient: rfc822;ghost@example.net",
                  "Action: failed",
                  "Status: 5.1.1",
                  "Remote-MTA: dns; mx1.example.net",
                  "Diagnostic-Code: smtp; 550 5.1.1 <ghost@example.net>: Recipient address",
                  "    rejected: User unknown in local recipient table"})
        << QStringList{"550 5.1.1"} << 0 << "RCPT"
        << "ghost@example.net" << QStringList{} << "User unknown in local recipient table"
        << "in reply to";
    QTest::newRow("postfix greylisting deferral")
        << lines({"<ann@example.com>: host mx.example.com[198.51.100.40] said: 450 4.2.0",
                  "    <ann@example.com>: Recipient address rejected: Greylisted, see",
                  "    https://postgrey.example.com/help/example.com.html (in reply to RCPT TO",
                  "    command)"})
        << QStringList{"450 4.2.0"} << 0 << "RCPT"
        << "ann@example.com" << QStringList{"generic.Greylisting"} << "Greylisted"
        << "in reply to";
    QTest::newRow("postfix refused to talk")
        << "<bob@example.org>: host mx.example.org[192.0.2.80] refused to talk to me: 554 5.7.1 Service "
           "unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; "
           "https://www.spamhaus.org/query/ip/198.51.100.7"
        << QStringList{"554 5.7.1"} << 0 << "CONNECT"
        << "bob@example.org" << QStringList{"blocklist.Spamhaus", "blocklist.Generic"}
        << "blocked using zen.spamhaus.org"
        << "";
    QTest::newRow("postfix end of data")
        << "<carol@example.com>: host mx.example.com[203.0.113.9] said: 552 5.3.4 Message size exceeds fixed "
           "limit (in reply to end of DATA command)"
        << QStringList{"552 5.3.4"} << 0 << "DATA_END"
        << "carol@example.com" << QStringList{"generic.MessageTooLarge"} << "Message size exceeds fixed limit"
        << "in reply to";
    QTest::newRow("postfix mail from")
        << "<dave@example.com>: host mx.example.com[203.0.113.9] said: 553 5.7.1 <noreply@example.org>: "
           "Sender "
           "address rejected: not owned by user (in reply to MAIL FROM command)"
        << QStringList{"553 5.7.1"} << 0 << "MAIL"
        << "dave@example.com" << QStringList{} << "Sender address rejected"
        << "";
    QTest::newRow("exim bounce")
        << lines({"This message was created automatically by mail delivery software.", "",
                  "A message that you sent could not be delivered to one or more of its",
                  "recipients. This is a permanent error. The following address(es) failed:", "",
                  "  ghost@example.net", "    host mx.example.net [203.0.113.25]",
                  "    SMTP error from remote mail server after RCPT TO:<ghost@example.net>:",
                  "    550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown"})
        << QStringList{"550 5.1.1"} << 0 << "RCPT"
        << "ghost@example.net" << QStringList{} << "Recipient address rejected"
        << "";
    QTest::newRow("exim newer wording")
        << lines(
               {"  ghost@example.net", "    host mx.example.net [203.0.113.25]",
                "    SMTP error from remote server for RCPT TO command, host: mx.example.net (203.0.113.25) "
                "reason: 550 5.1.1 User unknown"})
        << QStringList{"550 5.1.1"} << 0 << "RCPT"
        << "ghost@example.net" << QStringList{} << "User unknown"
        << "reason";
    QTest::newRow("exim end of data")
        << lines({"  info@example.com", "    SMTP error from remote mail server after end of data:",
                  "    554 5.7.1 Message rejected as spam by Content Filtering."})
        << QStringList{"554 5.7.1"} << 0 << "DATA_END"
        << "info@example.com" << QStringList{} << "rejected as spam"
        << "";
    QTest::newRow("exim pipelined mail from")
        << lines({"    SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.org> "
                  "SIZE=24576:",
                  "    452 4.3.1 Insufficient system storage"})
        << QStringList{"452 4.3.1"} << 0 << "MAIL"
        << "" << QStringList{} << "Insufficient system storage"
        << "";
    QTest::newRow("exim initial connection")
        << lines({"    SMTP error from remote mail server after initial connection:",
                  "    554 5.7.1 Banned sending IP [198.51.100.7]"})
        << QStringList{"554 5.7.1"} << 0 << "CONNECT"
        << "" << QStringList{} << "Banned sending IP"
        << "";
    QTest::newRow("microsoft 365 NDR recipient not found")
        << lines(
               {"Delivery has failed to these recipients or groups:", "",
                "ghost@example.net<mailto:ghost@example.net>",
                "The email address you entered couldn't be found. Please check the recipient's email address "
                "and try to resend the message.",
                "", "Diagnostic information for administrators:", "",
                "Generating server: DB9PR01MB1234.eurprd01.prod.exchangelabs.com", "", "ghost@example.net",
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                "ghost@example.net not found by SMTP address lookup'",
                "", "Original message headers:", "",
                "Received: from DB9PR01MB1234.eurprd01.prod.exchangelabs.com",
                " ([fe80::1c2d:3e4f:5a6b:7c8d]) by DB9PR01MB1234.eurprd01.prod.exchangelabs.com",
                " ([fe80::1c2d:3e4f:5a6b:7c8d%5]) with mapi id 15.20.7544.041; Tue, 14 May 2024",
                " 07:15:02 +0000"})
        << QStringList{"550 5.1.10"} << 0 << ""
        << "ghost@example.net" << QStringList{"microsoft.RecipientNotFound"}
        << "not found by SMTP address lookup"
        << "'";
    QTest::newRow("microsoft 365 NDR reported error")
        << lines({"Error Details",
                  "Reported error: 550 5.7.708 Service unavailable. Access denied, traffic not accepted from "
                  "this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 "
                  "AS(2304)",
                  "DSN generated by: AM0PR01MB1234.eurprd01.prod.exchangelabs.com"})
        << QStringList{"550 5.7.708"} << 0 << ""
        << "" << QStringList{} << "traffic not accepted from this IP"
        << "DSN generated";
    QTest::newRow("microsoft 365 bad outbound sender")
        << "Remote Server returned '550 5.1.8 Access denied, bad outbound sender. AS(42003) "
           "[VI1PR02MB5678.eurprd02.prod.outlook.com 2024-05-14T08:00:00.000Z]'"
        << QStringList{"550 5.1.8"} << 0 << ""
        << "" << QStringList{"microsoft.BadOutboundSender"} << "bad outbound sender"
        << "";
    QTest::newRow("microsoft 365 group needs authentication")
        << "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: "
           "CreateMessage]'"
        << QStringList{"550 5.7.1"} << 0 << ""
        << "" << QStringList{"microsoft.GroupAuthRequired"} << "[Stage: CreateMessage]"
        << "";
    QTest::newRow("exchange submission quota")
        << "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process "
           "message "
           "due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. "
           "0.35250:0A00B0D2, 1.36674:0A000000, 1.61250:00000000[EndDiagnosticData]"
        << QStringList{"554 5.2.0"} << 0 << ""
        << "" << QStringList{"microsoft.SubmissionQuotaExceeded"} << "[EndDiagnosticData]"
        << "";
    QTest::newRow("gmail bounce with delivery report")
        << lines({"** Address not found **",
                  "",
                  "Your message wasn't delivered to ghost@example.net because the address couldn't be found, "
                  "or "
                  "is unable to receive mail.",
                  "",
                  "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
                  "",
                  "The response was:",
                  "",
                  "The email account that you tried to reach does not exist. Please try double-checking the "
                  "recipient's email address for typos or unnecessary spaces. Learn more at "
                  "https://support.google.com/mail/?p=NoSuchUser a11-20020a05sm5.61 - gsmtp",
                  "",
                  "Final-Recipient: rfc822; ghost@example.net",
                  "Action: failed",
                  "Status: 5.1.1",
                  "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.26, the server for",
                  " the domain example.net.)",
                  "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does",
                  " not exist. Please try",
                  " 550-5.1.1 double-checking the recipient's email address for typos or",
                  " 550-5.1.1 unnecessary spaces. Learn more at",
                  " 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a11-20020a05sm5.61 - gsmtp",
                  "Last-Attempt-Date: Tue, 14 May 2024 00:15:02 -0700 (PDT)"})
        << QStringList{"550 5.1.1"} << 0 << ""
        << "ghost@example.net" << QStringList{"google.NoSuchUser"}
        << "double-checking the recipient's email address"
        << "Last-Attempt";
    QTest::newRow("delivery report with two recipients")
        << lines({"Reporting-MTA: dns; mx.example.org", "", "Final-Recipient: rfc822; one@example.net",
                  "Action: failed", "Status: 5.2.2", "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full", "",
                  "Final-Recipient: rfc822; two@example.net", "Action: delayed", "Status: 4.4.1",
                  "Diagnostic-Code: X-Postfix; connect to mx.example.net[203.0.113.25]:25: Connection timed "
                  "out"})
        << QStringList{"552 5.2.2", "4.4.1"} << 0 << ""
        << "one@example.net" << QStringList{"generic.MailboxFull"} << "Mailbox full"
        << "";
    QTest::newRow("general status folds into diagnostic")
        << lines({"Final-Recipient: rfc822;x@example.com", "Action: failed", "Status: 5.0.0",
                  "Diagnostic-Code: smtp; 550 5.7.1 Message rejected by policy"})
        << QStringList{"550 5.7.1"} << 0 << ""
        << "x@example.com" << QStringList{} << "rejected by policy"
        << "";
    QTest::newRow("status gives the enhanced code of a bare diagnostic")
        << lines({"Final-Recipient: rfc822; w@example.com", "Action: failed", "Status: 5.2.1",
                  "Diagnostic-Code: smtp; 550 Mailbox disabled for this recipient"})
        << QStringList{"550 5.2.1"} << 0 << ""
        << "w@example.com" << QStringList{} << "Mailbox disabled"
        << "";
    QTest::newRow("html bounce")
        << "<p>Delivery to the following recipient failed permanently:</p><p><b>ghost@example.net</b></p>"
           "<p>550 5.1.1 The email account that you tried to reach does not exist.</p>"
        << QStringList{"550 5.1.1"} << 0 << ""
        << "" << QStringList{} << "does not exist"
        << "";
    QTest::newRow("status only") << lines({"Final-Recipient: rfc822; y@example.com", "Action: failed",
                                           "Status: 5.4.4"})
                                 << QStringList{"5.4.4"} << 0 << ""
                                 << "y@example.com" << QStringList{} << ""
                                 << "";
}

void TestReplyDecoder::decodes() {
    QFETCH(QString, input);
    QFETCH(QStringList, codes);
    QFETCH(int, focus);
    QFETCH(QString, stage);
    QFETCH(QString, recipient);
    QFETCH(QStringList, hints);
    QFETCH(QString, textPart);
    QFETCH(QString, textMustLack);

    const ReplyDecoder::Result result = decode(input);
    QVERIFY(!result.truncated);
    QCOMPARE(codesOf(result), codes);
    const ReplyDecoder::Finding &finding = result.findings.at(focus);
    QCOMPARE(finding.stage, stage);
    QCOMPARE(finding.recipients.value(0), recipient);
    const QStringList found = hintIds(finding.hints);
    for (const QString &hint : hints)
        QVERIFY2(found.contains(hint), qPrintable(hint + QStringLiteral(" not in ") + found.join(',')));
    QVERIFY2(finding.text.contains(textPart), qPrintable(finding.text));
    if (!textMustLack.isEmpty())
        QVERIFY2(!finding.text.contains(textMustLack), qPrintable(finding.text));
    QVERIFY(finding.line > 0);
    // Every code found is well formed and resolves to something the catalog can explain.
    for (const ReplyDecoder::Finding &each : result.findings) {
        if (!each.basicCode.isEmpty())
            QVERIFY2(each.basic.status == Catalog::Lookup::Status::Found, qPrintable(each.basicCode));
        if (!each.enhancedCode.isEmpty())
            QVERIFY2(each.enhanced.isKnown(), qPrintable(each.enhancedCode));
    }
}

// Numbers that only look like codes: none of these texts holds a reply.
void TestReplyDecoder::notReplyCodes_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("date header") << "Date: Tue, 14 May 2024 09:15:02 +0200";
    QTest::newRow("received header") << lines(
        {"Received: from mail.example.org (mail.example.org [192.0.2.250])",
         "\tby mx.example.net (Postfix) with ESMTPS id 4Vf2Xq1Z8Gz9s",
         "\tfor <bob@example.net>; Tue, 14 May 2024 09:15:02 +0200 (CEST)"});
    QTest::newRow("ports")
        << "Connecting to smtp.example.com on port 587 failed; tried port 465 and 25 as well.";
    QTest::newRow("sizes") << lines(
        {"250 bytes sent, 421 bytes received", "Quota: 500 MB used of 2048 MB", "Message size: 452 KB"});
    QTest::newRow("durations") << lines({"250 ms average latency", "Retrying in 450 seconds"});
    QTest::newRow("rfc references")
        << "See RFC 5321 section 4.2.1 and RFC 3463 section 3.5; RFC 821 is obsolete, as is RFC 2821.";
    QTest::newRow("times") << "12:30:45 up 3 days, 4:05, load average: 0.52, 0.58, 0.59";
    QTest::newRow("identifiers") << lines({"Message-ID: <20240514091502.550421@example.org>",
                                           "X-Request-Id: 535-5071-AB", "Ticket #554 was closed",
                                           "Order 250-311 shipped"});
    QTest::newRow("ip addresses")
        << "Client host 203.0.113.250 (198.51.100.221) blocked, also 5.1.1.4 and 10.250.3.4";
    QTest::newRow("versions") << "Postfix 3.7.11, Exim 4.96, Dovecot 2.3.19.1 on Debian 12.5, OpenSSL 3.0.11";
    QTest::newRow("http status") << lines(
        {"HTTP/1.1 404 Not Found", "Status: 404", "Error: 418 I'm a teapot"});
    QTest::newRow("phone numbers") << "Call us at +1 555 0100 or 555-0199.";
    QTest::newRow("amounts") << "Total: 250.00 EUR for 3 items, shipping 4.50";
    QTest::newRow("numbers mid-sentence") << "We sent 250 invitations and 421 people answered, 550 did not.";
    QTest::newRow("class 3 enhanced code") << "Status: 3.1.1";
    QTest::newRow("section numbers") << "As explained in section 4.2.3 and 5.3.2 of the guide.";
    QTest::newRow("connection error without reply")
        << "connect to mx.example.net[203.0.113.25]:25: Connection timed out";
    QTest::newRow("error messages without codes")
        << lines({"SMTP Error: Could not authenticate.",
                  "smtplib.SMTPServerDisconnected: Connection unexpectedly "
                  "closed",
                  "Sending of the message failed."});
    QTest::newRow("code not in reply position with dash") << "Item ABC 550-abc and ref 421-";
    QTest::newRow("second digit too high") << lines({"Error: 561 oops", "599 something", "270 degrees"});
}

void TestReplyDecoder::notReplyCodes() {
    QFETCH(QString, input);
    const ReplyDecoder::Result result = decode(input);
    QVERIFY2(result.isEmpty(), qPrintable(codesOf(result).join(QStringLiteral(", "))));
    QVERIFY(!result.truncated);
}

// Input that is not text at all, or far too much of it: no finding, and quickly.
void TestReplyDecoder::garbage_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("truncated");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace") << QStringLiteral(" \n\t\r\n   \n") << false;

    QByteArray allBytes;
    for (int round = 0; round < 64; ++round)
        for (int byte = 0; byte < 256; ++byte)
            allBytes.append(char(byte));
    QTest::newRow("every byte value") << QString::fromLatin1(allBytes) << false;

    QRandomGenerator random(20240514);
    QByteArray noise(200 * 1024, Qt::Uninitialized);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QTest::newRow("random binary as UTF-8") << QString::fromUtf8(noise) << false;

    // Numbers everywhere but never in reply position, ten megabytes of them, with a reply at the very end
    // (past the scan limit, so it must not be found).
    const QString logLine = QStringLiteral(
        "Tue, 14 May 2024 09:15:02 +0200 id 4Vf2 size=52428800 port 587 from 192.0.2.250 took 250 ms\n");
    QString big;
    big.reserve(10 * 1024 * 1024 + 100);
    while (big.size() < 10 * 1024 * 1024)
        big += logLine;
    big += QStringLiteral("550 5.1.1 unknown user\n");
    QTest::newRow("10 MB of log text") << big << true;

    QTest::newRow("10 MB of digits on one line") << QString(10 * 1024 * 1024, QLatin1Char('5')) << true;
    QString dotted;
    while (dotted.size() < 1024 * 1024)
        dotted += QStringLiteral("5.5.5.");
    QTest::newRow("1 MB of dotted fives") << dotted << true;
    QString openers;
    while (openers.size() < 1024 * 1024)
        openers += QStringLiteral("('550 ");
    QTest::newRow("1 MB of unclosed openers") << openers << true;
}

void TestReplyDecoder::garbage() {
    QFETCH(QString, input);
    QFETCH(bool, truncated);
    const ReplyDecoder::Result result = decode(input);
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.inputLength, input.size());
    QVERIFY(result.scannedLength <= ReplyDecoder::DefaultScanLimit);
    if (QByteArrayView(QTest::currentDataTag()) != "1 MB of unclosed openers")
        QVERIFY2(result.isEmpty(), qPrintable(codesOf(result).join(QStringLiteral(", "))));
    QVERIFY(result.findings.size() <= ReplyDecoder::MaxFindings);
    QVERIFY2(result.otherHints.isEmpty(), qPrintable(result.otherHints.value(0).evidence));
}

void TestReplyDecoder::manyRepliesStayBounded() {
    // A quarter of a megabyte of distinct replies, all in one DSN block (no blank line): the decoder keeps at
    // most MaxFindings of them (speed is measured by bench_decode, not asserted here).
    QString text;
    for (int n = 0; text.size() < ReplyDecoder::DefaultScanLimit; ++n)
        text += QStringLiteral("Status: 5.%1.%2\nDiagnostic-Code: smtp; 550 4.%1.%2 text\n")
                    .arg(n % 8)
                    .arg(n % 1000);
    const ReplyDecoder::Result result = decode(text);
    QCOMPARE(result.findings.size(), ReplyDecoder::MaxFindings);
    QCOMPARE(result.findings.first().codes(), QStringLiteral("550 4.0.0")); // "Status: 5.0.0" adds nothing
}

void TestReplyDecoder::joinsMultiLineReplies() {
    const ReplyDecoder::Result result =
        decode(lines({"550-5.7.1 [198.51.100.7] The IP you're using to send mail is not authorized to",
                      "550-5.7.1 send email directly to our servers. Please use the SMTP relay at your",
                      "550 5.7.1 service provider instead. v2-20020a05sm3.9 - gsmtp"}));
    QCOMPARE(result.findings.size(), 1);
    const QString &text = result.findings.first().text;
    QVERIFY2(text.startsWith(QStringLiteral("[198.51.100.7] The IP you're using")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not authorized to send email directly")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("service provider instead")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("550")));
    QCOMPARE(result.findings.first().line, 1);
}

void TestReplyDecoder::keepsOrderOfAppearance() {
    const ReplyDecoder::Result result = decode(lines({"RCPT reply: 250 2.1.5 Ok",
                                                      "DATA reply: 354 End data with "
                                                      "<CR><LF>.<CR><LF>",
                                                      "Final reply: 554 5.7.1 Rejected by "
                                                      "content filter",
                                                      "Again: 250 2.1.5 Ok"}));
    QCOMPARE(codesOf(result), (QStringList{"250 2.1.5", "354", "554 5.7.1"}));
    QCOMPARE(result.findings.at(0).line, 1);
    QCOMPARE(result.findings.at(2).line, 3);
}

void TestReplyDecoder::bounceTellsActionAndRemoteHost() {
    const ReplyDecoder::Result result =
        decode(lines({"Final-Recipient: rfc822; one@example.net", "Action: failed", "Status: 5.2.2",
                      "Remote-MTA: dns; mx2.example.net", "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full", "",
                      "Final-Recipient: rfc822; two@example.net", "Action: delayed", "Status: 4.4.1",
                      "Will-Retry-Until: Thu, 16 May 2024 09:15:02 +0200"}));
    QCOMPARE(codesOf(result), (QStringList{"552 5.2.2", "4.4.1"}));
    QCOMPARE(result.findings.at(0).action, QStringLiteral("failed"));
    QCOMPARE(result.findings.at(0).remoteHost, QStringLiteral("mx2.example.net"));
    QCOMPARE(result.findings.at(1).action, QStringLiteral("delayed"));
    QCOMPARE(result.findings.at(1).recipients, QStringList{"two@example.net"});

    const ReplyDecoder::Result exim =
        decode(lines({"  ghost@example.net", "    host mx.example.net [203.0.113.25]",
                      "    SMTP error from remote mail server after RCPT TO:<ghost@example.net>:",
                      "    550 5.1.1 User unknown"}));
    QCOMPARE(exim.findings.size(), 1);
    QCOMPARE(exim.findings.first().remoteHost, QStringLiteral("mx.example.net"));
}

void TestReplyDecoder::resolvesThroughCatalog() {
    const ReplyDecoder::Result result = decode(lines(
        {"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
         "Status: 4.7.321", "550 5.7.8 Error: authentication failed"}));
    QCOMPARE(codesOf(result), (QStringList{"535 5.7.139", "4.7.321", "550 5.7.8"}));

    // A provider's own code: its entry, with class and subject to fall back on.
    const ReplyDecoder::Finding &vendor = result.findings.at(0);
    QCOMPARE(vendor.basic.status, Catalog::Lookup::Status::Found);
    QCOMPARE(vendor.enhanced.status, Catalog::Lookup::Status::Fallback);
    QVERIFY(vendor.enhanced.entry);
    QVERIFY(!vendor.enhanced.registered);

    // Not registered anywhere: explained by class 4.X.X and subject X.7.X.
    const ReplyDecoder::Finding &unknown = result.findings.at(1);
    QCOMPARE(unknown.enhanced.status, Catalog::Lookup::Status::Fallback);
    QVERIFY(!unknown.enhanced.entry);
    QVERIFY(unknown.enhanced.classEntry);
    QCOMPARE(unknown.enhanced.classEntry->code, QStringLiteral("4.X.X"));
    QVERIFY(unknown.enhanced.subjectEntry);
    QCOMPARE(unknown.enhanced.subjectEntry->code, QStringLiteral("X.7.X"));

    // Registered: found in its X.Y.Z form.
    const ReplyDecoder::Finding &registered = result.findings.at(2);
    QCOMPARE(registered.enhanced.status, Catalog::Lookup::Status::Found);
    QVERIFY(registered.enhanced.entry);
    QCOMPARE(registered.enhanced.entry->code, QStringLiteral("X.7.8"));
}

void TestReplyDecoder::scanLimitTruncates() {
    const QString text = QString(200, QLatin1Char('x')) + QStringLiteral("\n550 5.1.1 User unknown\n");
    const ReplyDecoder::Result shortScan = ReplyDecoder(catalog(), 100).decode(text);
    QVERIFY(shortScan.truncated);
    QCOMPARE(shortScan.scannedLength, 100);
    QCOMPARE(shortScan.inputLength, text.size());
    QVERIFY(shortScan.isEmpty());

    const ReplyDecoder::Result fullScan = ReplyDecoder(catalog(), 1000).decode(text);
    QVERIFY(!fullScan.truncated);
    QCOMPARE(codesOf(fullScan), QStringList{"550 5.1.1"});
    QCOMPARE(fullScan.findings.first().line, 2);
}

void TestReplyDecoder::hintsHaveSentences() {
    const QStringList ids = ReplyDecoder::knownHintIds();
    QVERIFY(ids.size() >= 20);
    QSet<QString> sentences;
    for (const QString &id : ids) {
        const QString sentence = ReplyDecoder::hintExplanation(id);
        QVERIFY2(sentence.size() > 30 && sentence.endsWith(QLatin1Char('.')), qPrintable(id));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), ids.size());
    // Gmail help pages SMTP Desk has no sentence for still get a general one naming the page.
    QVERIFY(
        ReplyDecoder::hintExplanation(QStringLiteral("google.SomeFuturePage")).contains("SomeFuturePage"));
    QVERIFY(ReplyDecoder::hintExplanation(QStringLiteral("no.such.hint")).isEmpty());
}

void TestReplyDecoder::otherHintsComeFromTheRestOfTheText() {
    const ReplyDecoder::Result result =
        decode(lines({"Learn more here: https://support.google.com/mail/?p=NoSuchUser", "", "Status: 5.1.1",
                      "", "Your domain's SPF record may also need attention."}));
    QCOMPARE(codesOf(result), QStringList{"5.1.1"});
    QVERIFY(result.findings.first().hints.isEmpty());
    QCOMPARE(hintIds(result.otherHints), (QStringList{"google.NoSuchUser", "generic.Spf"}));
    QCOMPARE(result.otherHints.first().evidence, QStringLiteral("support.google.com/mail/?p=NoSuchUser"));
    QVERIFY(!result.otherHints.first().explanation().isEmpty());

    const ReplyDecoder::Result none =
        decode(QStringLiteral("SMTP Error: Could not authenticate. Greylisted?"));
    QVERIFY(none.isEmpty());
    QCOMPARE(hintIds(none.otherHints), QStringList{"generic.Greylisting"});
}

QTEST_GUILESS_MAIN(TestReplyDecoder)
#include "tst_replydecoder.moc"
