#include "testmessage.h"

#include <QLocale>
#include <QUuid>

QByteArray TestMessage::build(const QString &from, const QStringList &to, const QDateTime &date,
                              const QString &messageId) {
    // RFC 5322 date in English whatever the user's locale: "Tue, 01 Jul 2025 09:30:00 +0200".
    const int offset = date.offsetFromUtc();
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString dateText = QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone;
    QStringList lines;
    lines << QStringLiteral("From: <%1>").arg(from)
          << QStringLiteral("To: <%1>").arg(to.join(QStringLiteral(">, <")))
          << QStringLiteral("Subject: SMTP Desk test message") << QStringLiteral("Date: %1").arg(dateText)
          << QStringLiteral("Message-ID: %1").arg(messageId) << QStringLiteral("MIME-Version: 1.0")
          << QStringLiteral("Content-Type: text/plain; charset=us-ascii")
          << QStringLiteral("Content-Transfer-Encoding: 7bit") << QString()
          << QStringLiteral("This message was sent by SMTP Desk to test a mail server connection.")
          << QStringLiteral("You can delete it.") << QString()
          << QStringLiteral(".This line starts with a dot, which SMTP must escape on the wire.")
          << QStringLiteral("-- ") << QStringLiteral("SMTP Desk");
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray TestMessage::dotStuff(const QByteArray &message) {
    QByteArray out;
    out.reserve(message.size() + message.size() / 40 + 5);
    bool lineStart = true;
    for (const char c : message) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

QString TestMessage::newMessageId(const QString &from) {
    QString domain = from.section(QLatin1Char('@'), -1);
    if (!from.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("smtpdesk.invalid");
    return QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
}
