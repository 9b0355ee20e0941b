#pragma once

#include "dnsresolver.h"
#include "smtpconfig.h"
#include "smtperror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>

struct ProviderPreset;
class ProviderPresets;
class QTimer;
class SmtpClient;
struct SmtpResult;

// Finds where an address's outgoing mail server is and how to talk to it, without any credentials.
//
// From the address's domain: the provider preset (by domain, or by the provider that runs its MX),
// DNS SRV _submissions._tcp (RFC 8314, implicit TLS) and _submission._tcp (RFC 6186, STARTTLS), MX
// (its first host is probed on port 25 only: MX hosts receive mail, the probe tells whether port 25
// is reachable at all), and the guesses smtp.DOMAIN / mail.DOMAIN when neither a preset nor SRV
// names a server. Every candidate host is then probed over a grid of ports (465 TLS, 587 STARTTLS,
// 25 STARTTLS, 587 plain, 25 plain): an SmtpClient run up to EHLO (after the handshake for TLS),
// then QUIT. Never AUTH, never a password. Probes run in parallel, a few at a time, each with its own
// deadline.
//
// Asynchronous: start() returns at once; finished() comes exactly once per successful start(), also
// after cancel(), which emits it before returning. Slots may call cancel() or start(); do not delete
// the object from them (use deleteLater()).
class ServerDiscovery final : public QObject {
    Q_OBJECT

public:
    using PortGrid = QList<QPair<quint16, SmtpConfig::Security>>;

    struct Candidate {
        QString host;
        quint16 port = 0;
        SmtpConfig::Security security = SmtpConfig::Security::StartTls;
        QString source; // "preset", "srv-submissions", "srv-submission", "mx", "domain"
    };
    struct Probe {
        Candidate candidate;
        enum class State { Pending, Running, Works, Fails } state = State::Pending;
        qint64 durationMs = 0;
        bool startTlsOffered = false; // a STARTTLS probe got its 220; a plain probe saw STARTTLS in EHLO
        QStringList authMechanisms;   // as offered in the last EHLO (inside TLS when there was TLS)
        SmtpError::Code error = SmtpError::None;
        QString explanation; // one line, in the current language (rebuilt on every probes() call)
    };

    // resolver is not owned; nullptr: a QDnsLookupResolver owned by this object.
    explicit ServerDiscovery(DnsResolver *resolver, QObject *parent = nullptr);
    ~ServerDiscovery() override; // stops a running discovery silently: no signals

    static PortGrid defaultPorts();

    void setProbeTimeoutMs(int ms); // each probe's whole deadline; default 8000
    void setDnsTimeoutMs(int ms);   // after this, discovery goes on with the answers it has; default 5000
    void setMaxParallelProbes(int count); // default 4
    void setExtraCaFile(const QString &path);
    void setProbePorts(const PortGrid &grid);
    // Connects every probe to this address instead of the candidate's host, which stays for display and
    // for dedupe. For tests on loopback; empty (the default) turns it off.
    void setHostOverride(const QString &address);

    // false (and error()) for an address without a valid domain, or while a discovery runs.
    bool start(const QString &emailAddress);
    void cancel();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    QString domain() const { return m_domain; } // in ASCII ("xn--" for IDNs)
    const ProviderPreset *preset() const { return m_preset; }
    // DNS failures other than "no such record", translated; discovery carries on without those answers.
    QStringList dnsProblems() const { return m_dnsProblems; }
    QList<Probe> probes() const;
    // Index into probes() of the best working one, or -1.
    int recommended() const;
    // Why that one (or why none), in the current language.
    QString recommendation() const;

signals:
    void candidatesFound(); // probes() is filled (all Pending); probing starts after this returns
    void probeChanged(int index);
    void finished();

private:
    enum class Phase { Idle, Lookup, Probing };

    void beginLookups();
    void onSrvResolved(const QString &name, const QList<DnsResolver::Record> &records, const QString &error);
    void onMxResolved(const QString &name, const QList<DnsResolver::Record> &records, const QString &error);
    void onLookupTimeout();
    void buildProbes();
    void launchProbes();
    void startProbe(int index);
    void onProbeFinished(SmtpClient *client, int index, const SmtpResult &result);
    void finishRun();
    void stopClients();
    int tier(const Probe &probe) const;
    QString explain(const Probe &probe, const SmtpError &error) const;
    bool alive(quint64 run) const { return m_running && m_runId == run; }

    DnsResolver *m_resolver;
    const ProviderPresets &m_presets;
    QTimer *m_kickoff; // start() defers the lookups so no signal arrives inside start()
    QTimer *m_lookupTimer;
    QElapsedTimer m_clock;

    int m_probeTimeoutMs = 8000;
    int m_dnsTimeoutMs = 5000;
    int m_maxParallel = 4;
    QString m_extraCaFile;
    QString m_hostOverride;
    PortGrid m_grid;

    quint64 m_runId = 0;
    bool m_running = false;
    Phase m_phase = Phase::Idle;
    QString m_error;
    QString m_domain;
    const ProviderPreset *m_preset = nullptr;
    QSet<QString> m_pendingLookups; // "srv:NAME" / "mx:NAME", lower case
    QList<DnsResolver::Record> m_srvSubmissions;
    QList<DnsResolver::Record> m_srvSubmission;
    QList<DnsResolver::Record> m_mx;
    QStringList m_dnsProblems;

    QList<Probe> m_probes;
    QList<SmtpError> m_errors;         // per probe: the full error, for explanations that quote a reply
    QList<qint64> m_startedAt;         // per probe: m_clock time it started
    QHash<int, SmtpClient *> m_active; // running probes by index
    int m_next = 0;                    // first probe not yet started
};
