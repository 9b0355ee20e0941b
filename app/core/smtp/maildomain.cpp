#include "maildomain.h"

#include <QStringList>
#include <QUrl>

QString MailDomain::ofAddress(const QString &emailAddress) {
    const QString address = emailAddress.trimmed();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {};
    QString domain = address.mid(at + 1);
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (domain.isEmpty())
        return {};
    // toAce() also folds case and rejects names IDNA cannot encode.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (!isValidHostName(ace))
        return {};
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return {};
    // An all-digit top-level label means an IPv4 address, not a domain.
    bool digits = true;
    for (const QChar c : labels.last())
        digits = digits && c.isDigit();
    return digits ? QString() : ace;
}

bool MailDomain::isValidHostName(const QString &name) {
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char l = c.toLatin1();
            const bool ok =
                (l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') || (l >= '0' && l <= '9') || l == '-';
            if (c.unicode() > 127 || !ok)
                return false;
        }
    }
    return true;
}
