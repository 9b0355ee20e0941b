#include "replyhints.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ReplyHints {

namespace {

struct HintRule {
    const char *id;
    const char *pattern; // nullptr: recognised only through a Gmail "?p=" link
    const char *explanation;
};

// Provider-specific first: they are the most precise and are shown in this order.
constexpr HintRule hintRules[] = {
    {"google.BadCredentials", "Username and Password not accepted",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Gmail did not accept the user name or password. With 2-Step Verification turned on, "
                       "the mail program must use an app password instead of the account password.")},
    {"google.InvalidSecondFactor", "Application-specific password required",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The Google account has 2-Step Verification, so the mail program needs an app password "
         "created in the account's security settings, not the normal password.")},
    {"google.WebLoginRequired", "log ?in via your web browser",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "Google held the sign-in back as suspicious: sign in once in a web browser from the same "
         "network, confirm that it was you, then try the mail program again.")},
    {"google.NoSuchUser", nullptr,
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Gmail says this address does not exist: check it for typing mistakes or ask the "
                       "recipient for the right one.")},
    {"google.OverQuotaTemp", nullptr,
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The Gmail mailbox is full or is receiving mail too fast; the sending server retries "
                       "on its own, and only the recipient can make room.")},
    {"google.UnsolicitedMessageError", nullptr,
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Gmail judged the message to be unwanted mail; check the sender's SPF, DKIM and DMARC "
                       "set-up, the links in the message and its content.")},
    {"google.UnsolicitedRateLimitError", nullptr,
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "Gmail is slowing down mail from this sender because of its volume or reputation; send "
         "in smaller batches and check the sender's authentication.")},
    {"google.DmarcRejection", nullptr,
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "Gmail applied the DMARC policy of the domain in the From address: neither SPF nor DKIM "
         "passed for that domain.")},
    {"microsoft.SmtpClientAuthenticationDisabled", "SmtpClientAuthentication",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "Microsoft 365 has authenticated SMTP (SMTP AUTH) turned off for this mailbox or for the "
         "whole organization; an administrator must allow it, or the program must send another "
         "way.")},
    {"microsoft.BasicAuthenticationDisabled", "basic authentication is disabled",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Microsoft 365 no longer accepts a plain password for SMTP here; the program needs "
                       "modern sign-in (OAuth 2.0), or an administrator must change the policy.")},
    {"microsoft.SecurityDefaults", "security defaults",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The Microsoft 365 organization has security defaults on, which block password sign-in "
         "over SMTP; an administrator must change that, or the program must use OAuth 2.0.")},
    {"microsoft.CredentialsIncorrect", "user credentials were incorrect",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "Microsoft 365 did not accept the user name or password; the user name is normally the "
         "full email address.")},
    {"microsoft.AnonymousMail", "not authenticated to send",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The program sent without signing in; turn on authentication for the outgoing server "
                       "in its settings and give the mailbox's user name and password.")},
    {"microsoft.RecipientNotFound", "RESOLVER\\.ADR\\.RecipientNotFound",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The receiving Microsoft 365 or Exchange organization has no mailbox or contact with "
                       "this address; check the spelling or ask the recipient.")},
    {"microsoft.ExRecipNotFound", "RESOLVER\\.ADR\\.ExRecipNotFound",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "An internal Exchange address, often one remembered by the address autocomplete, no "
                       "longer exists; remove the suggestion and type the address again.")},
    {"microsoft.GroupAuthRequired", "RESOLVER\\.RST\\.AuthRequired",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The recipient is a group that takes mail only from signed-in people of its own "
                       "organization.")},
    {"microsoft.SendAsDenied", "SendAsDenied|permissions? to send as",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The signed-in account may not send with this From address; send from the account's own "
         "address or ask an administrator for Send As permission.")},
    {"microsoft.SubmissionQuotaExceeded", "SubmissionQuotaExceeded",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The mailbox reached Microsoft 365's sending limit for messages or recipients; wait, or "
         "spread the mail over a longer time.")},
    {"microsoft.BadOutboundSender", "bad outbound sender",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Microsoft 365 blocked this account from sending, usually after it sent spam; an "
                       "administrator must secure the account and release it.")},
    {"yahoo.TSS04", "(?-i)\\bTSS04\\b",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "Yahoo is holding back mail from this server because of unusual volume or complaints; "
                       "the server retries later, and the sender should look at its lists and reputation.")},
    {"blocklist.Spamhaus", "spamhaus",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The sending server's IP address is on a Spamhaus blocklist; its administrator can look "
         "the address up on the Spamhaus site and ask for removal after fixing the cause.")},
    {"blocklist.Generic", "block ?list|black ?list|blocked using|(?-i:\\bRBL\\b|\\bDNSBL\\b)",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The sending server's IP address or domain is on a blocklist that the receiving server "
         "checks.")},
    {"generic.Greylisting", "gr[ae]y ?list",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The receiving server uses greylisting: it turns the first attempt away on purpose, and "
         "a normal mail server gets through when it tries again a few minutes later.")},
    {"generic.StartTlsRequired", "issue a STARTTLS command|STARTTLS (?:is )?required",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The server wants an encrypted connection first: choose STARTTLS (or SSL/TLS) for the "
                       "outgoing server in the program's settings.")},
    {"generic.RelayDenied",
     "relay(?:ing)? (?:access )?(?:is )?(?:denied|not (?:permitted|allowed))|unable to relay|not permitted "
     "to "
     "relay",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The server refused to pass the message on to another domain; usually the program did "
                       "not sign in, or it uses the wrong outgoing server.")},
    {"generic.Spf", "(?-i)\\bSPF\\b",
     QT_TRANSLATE_NOOP(
         "ReplyDecoder",
         "The reply mentions SPF: the sending server is probably missing from the SPF record of "
         "the sender's domain.")},
    {"generic.Dkim", "(?-i)\\bDKIM\\b",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The reply mentions DKIM: the message signature was missing or did not verify.")},
    {"generic.Dmarc", "(?-i)\\bDMARC\\b",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The reply mentions DMARC: the message failed the policy of the domain in its From "
                       "address, which wants SPF or DKIM to pass for that domain.")},
    {"generic.MailboxFull", "mailbox (?:is )?full|over ?quota|quota exceeded|mailbox size limit",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The recipient's mailbox is full; only the recipient or their administrator can make "
                       "room.")},
    {"generic.MessageTooLarge",
     "too (?:big|large)|size exceeds|exceeds (?:the )?(?:fixed |maximum )?(?:message )?size",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The message is bigger than the server accepts; send smaller attachments, or a link "
                       "instead.")},
    {"generic.RateLimited", "too many|rate.?limit|throttl",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The server limits how many connections, messages or recipients it accepts; slow down "
                       "and try again later.")},
    {"generic.ReverseDns", "reverse DNS|(?-i:\\bPTR\\b|\\brDNS\\b)",
     QT_TRANSLATE_NOOP("ReplyDecoder",
                       "The sending server's IP address lacks a proper reverse DNS (PTR) name, which many "
                       "receiving servers insist on.")},
};

struct CompiledHint {
    QString id;
    QRegularExpression pattern;
};

const QList<CompiledHint> &compiledHints() {
    static const QList<CompiledHint> hints = [] {
        QList<CompiledHint> list;
        for (const HintRule &rule : hintRules) {
            if (!rule.pattern)
                continue;
            list.append(
                {QLatin1String(rule.id),
                 QRegularExpression(QLatin1String(rule.pattern), QRegularExpression::CaseInsensitiveOption)});
            Q_ASSERT_X(list.last().pattern.isValid(), rule.id, "hint pattern does not compile");
        }
        return list;
    }();
    return hints;
}

const QRegularExpression &googleLink() {
    static const QRegularExpression re(QStringLiteral("support\\.google\\.com/mail/\\?p=([A-Za-z0-9]{1,40})"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

void addHint(QList<ReplyDecoder::Hint> &hints, const QString &id, const QString &evidence) {
    for (const ReplyDecoder::Hint &hint : hints) {
        if (hint.id == id)
            return;
    }
    hints.append({id, evidence.trimmed().left(120)});
}

} // namespace

QList<ReplyDecoder::Hint> find(QStringView text) {
    QList<ReplyDecoder::Hint> hints;
    // Gmail's links name the problem exactly, so they come first; the spelling follows our table.
    auto links = googleLink().globalMatch(text);
    for (int count = 0; links.hasNext() && count < 20; ++count) {
        const QRegularExpressionMatch match = links.next();
        QString name = match.captured(1);
        for (const HintRule &rule : hintRules) {
            const QLatin1String known(rule.id);
            if (known.startsWith(QLatin1String("google.")) &&
                name.compare(known.mid(7), Qt::CaseInsensitive) == 0)
                name = known.mid(7);
        }
        addHint(hints, QStringLiteral("google.") + name, match.captured(0));
    }
    for (const CompiledHint &hint : compiledHints()) {
        const QRegularExpressionMatch match = hint.pattern.match(text);
        if (match.hasMatch())
            addHint(hints, hint.id, match.captured(0));
    }
    return hints;
}

QString explanation(const QString &id) {
    // Translated in the "ReplyDecoder" context, where the strings have always been.
    for (const HintRule &rule : hintRules) {
        if (id == QLatin1String(rule.id))
            return QCoreApplication::translate("ReplyDecoder", rule.explanation);
    }
    if (id.startsWith(QLatin1String("google.")))
        //: %1 is the name of a Gmail help page as it appears in a link, such as "NoSuchUser"
        return QCoreApplication::translate("ReplyDecoder",
                                           "Gmail links its help page \"%1\" for this reply; that page gives "
                                           "Google's own advice.")
            .arg(id.mid(7));
    return {};
}

QStringList knownIds() {
    QStringList ids;
    for (const HintRule &rule : hintRules)
        ids << QLatin1String(rule.id);
    return ids;
}

} // namespace ReplyHints
