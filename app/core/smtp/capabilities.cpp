#include "capabilities.h"

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply) {
    Capabilities caps;
    caps.ehlo = true;
    if (reply.lines.isEmpty())
        return caps;
    const QString first = reply.lines.constFirst().trimmed();
    caps.domain = first.section(QLatin1Char(' '), 0, 0);
    caps.greetingText = first.section(QLatin1Char(' '), 1).trimmed();

    for (int i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.lines << line;
        // "AUTH=LOGIN PLAIN" is the pre-standard form some servers still send next to "AUTH LOGIN PLAIN".
        QString keyword = line.section(QLatin1Char(' '), 0, 0).toUpper();
        QStringList params = line.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            params.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }

        if (keyword == QLatin1String("SIZE")) {
            caps.size = true;
            bool ok = false;
            const qint64 limit = params.value(0).toLongLong(&ok);
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("REQUIRETLS")) {
            caps.requireTls = true;
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString &param : std::as_const(params)) {
                const QString mechanism = param.toUpper();
                if (!mechanism.isEmpty() && !caps.authMechanisms.contains(mechanism))
                    caps.authMechanisms << mechanism;
            }
        } else {
            caps.unknown << line;
        }
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const {
    const QString wanted = keyword.toUpper();
    for (const QString &line : lines) {
        const QString word = line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 0, 0).toUpper();
        if (word == wanted)
            return true;
    }
    return false;
}

bool Capabilities::offersAuth(const QString &mechanism) const {
    return authMechanisms.contains(mechanism.toUpper());
}
