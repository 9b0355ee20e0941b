#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The DNS questions server discovery asks, behind an interface so tests answer them without a network
// (and a future DNS-over-HTTPS or cached resolver can slot in). Implementations answer every lookup
// exactly once, later, through the matching signal, never from inside the lookup call; "no such
// record" is an empty list without an error.
class DnsResolver : public QObject {
    Q_OBJECT

public:
    struct Record {
        QString host;         // SRV target or MX exchange, without the trailing dot
        quint16 port = 0;     // SRV only
        quint16 priority = 0; // SRV priority or MX preference: lower is tried first
        quint16 weight = 0;   // SRV only: higher is preferred among equal priorities

        bool operator==(const Record &other) const {
            return host == other.host && port == other.port && priority == other.priority &&
                   weight == other.weight;
        }
    };

    explicit DnsResolver(QObject *parent = nullptr);
    ~DnsResolver() override;

    // name is the full query name in ASCII ("_submission._tcp.example.com").
    virtual void lookupSrv(const QString &name) = 0;
    // name is a domain ("example.com").
    virtual void lookupMx(const QString &name) = 0;

signals:
    // error is empty on success and for "no such record"; otherwise why the lookup failed (translated).
    void srvResolved(const QString &name, const QList<DnsResolver::Record> &records, const QString &error);
    void mxResolved(const QString &name, const QList<DnsResolver::Record> &records, const QString &error);
};
