#include "qdnslookupresolver.h"

#include <QDnsMailExchangeRecord>
#include <QDnsServiceRecord>

namespace {

QString withoutTrailingDot(QString host) {
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

QDnsLookupResolver::QDnsLookupResolver(QObject *parent)
    : DnsResolver(parent) {}

QDnsLookupResolver::~QDnsLookupResolver() {
    // Children would be deleted anyway; aborting first keeps a finished() from reaching a half-destroyed
    // resolver.
    const QList<QDnsLookup *> lookups = findChildren<QDnsLookup *>(Qt::FindDirectChildrenOnly);
    for (QDnsLookup *lookup : lookups) {
        lookup->disconnect(this);
        lookup->abort();
    }
}

void QDnsLookupResolver::lookupSrv(const QString &name) {
    lookup(QDnsLookup::SRV, name);
}

void QDnsLookupResolver::lookupMx(const QString &name) {
    lookup(QDnsLookup::MX, name);
}

void QDnsLookupResolver::lookup(QDnsLookup::Type type, const QString &name) {
    auto *lookup = new QDnsLookup(type, name, this);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onFinished(lookup); });
    // QDnsLookup answers from its own thread through a queued signal, so never inside this call.
    lookup->lookup();
}

void QDnsLookupResolver::onFinished(QDnsLookup *lookup) {
    lookup->deleteLater();
    QList<Record> records;
    QString error;
    switch (lookup->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError: // NXDOMAIN or no records of that type: an answer, not a failure
        break;
    default:
        error = lookup->errorString();
        break;
    }
    if (lookup->type() == QDnsLookup::SRV) {
        for (const QDnsServiceRecord &record : lookup->serviceRecords())
            records.append(
                {withoutTrailingDot(record.target()), record.port(), record.priority(), record.weight()});
        emit srvResolved(lookup->name(), records, error);
    } else {
        for (const QDnsMailExchangeRecord &record : lookup->mailExchangeRecords())
            records.append({withoutTrailingDot(record.exchange()), 0, record.preference(), 0});
        emit mxResolved(lookup->name(), records, error);
    }
}
