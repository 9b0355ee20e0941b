#pragma once

#include "dnsresolver.h"

#include <QDnsLookup>

// DnsResolver over QDnsLookup, the system's resolver. Lookups in flight end silently when the
// resolver is destroyed.
class QDnsLookupResolver final : public DnsResolver {
    Q_OBJECT

public:
    explicit QDnsLookupResolver(QObject *parent = nullptr);
    ~QDnsLookupResolver() override;

    void lookupSrv(const QString &name) override;
    void lookupMx(const QString &name) override;

private:
    void lookup(QDnsLookup::Type type, const QString &name);
    void onFinished(QDnsLookup *lookup);
};
