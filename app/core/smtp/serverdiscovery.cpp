#include "serverdiscovery.h"

#include "maildomain.h"
#include "providerpresets.h"
#include "qdnslookupresolver.h"
#include "smtpclient.h"

#include <QTimer>

#include <algorithm>
#include <optional>

namespace {

using Security = SmtpConfig::Security;

const QString sourcePreset = QStringLiteral("preset");
const QString sourceSrvSubmissions = QStringLiteral("srv-submissions");
const QString sourceSrvSubmission = QStringLiteral("srv-submission");
const QString sourceMx = QStringLiteral("mx");
const QString sourceDomain = QStringLiteral("domain");

// A handful of SRV targets is plenty; a zone listing dozens must not turn into hundreds of probes.
constexpr int maxSrvTargets = 3;
constexpr int maxProbes = 40;

QString srvKey(const QString &name) {
    return QStringLiteral("srv:") + name.toLower();
}

QString mxKey(const QString &name) {
    return QStringLiteral("mx:") + name.toLower();
}

QString submissionsName(const QString &domain) {
    return QStringLiteral("_submissions._tcp.") + domain;
}

QString submissionName(const QString &domain) {
    return QStringLiteral("_submission._tcp.") + domain;
}

// RFC 2782 order: lowest priority first, then the heavier weight (we probe all, so no random pick).
QList<DnsResolver::Record> sorted(QList<DnsResolver::Record> records) {
    std::stable_sort(records.begin(), records.end(),
                     [](const DnsResolver::Record &a, const DnsResolver::Record &b) {
                         return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
                     });
    return records;
}

QString normalizedHost(const QString &host) {
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

ServerDiscovery::ServerDiscovery(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver ? resolver : new QDnsLookupResolver(this))
    , m_presets(ProviderPresets::builtIn())
    , m_kickoff(new QTimer(this))
    , m_lookupTimer(new QTimer(this))
    , m_grid(defaultPorts()) {
    m_kickoff->setSingleShot(true);
    m_kickoff->setInterval(0);
    m_lookupTimer->setSingleShot(true);
    connect(m_kickoff, &QTimer::timeout, this, &ServerDiscovery::beginLookups);
    connect(m_lookupTimer, &QTimer::timeout, this, &ServerDiscovery::onLookupTimeout);
    connect(m_resolver, &DnsResolver::srvResolved, this, &ServerDiscovery::onSrvResolved);
    connect(m_resolver, &DnsResolver::mxResolved, this, &ServerDiscovery::onMxResolved);
}

ServerDiscovery::~ServerDiscovery() {
    m_running = false;
    stopClients();
}

ServerDiscovery::PortGrid ServerDiscovery::defaultPorts() {
    // Encrypted submission first (RFC 8314 prefers implicit TLS), then port 25, then plain text only to
    // tell "nothing there" apart from "there, but without encryption".
    return {{465, Security::ImplicitTls},
            {587, Security::StartTls},
            {25, Security::StartTls},
            {587, Security::None},
            {25, Security::None}};
}

void ServerDiscovery::setProbeTimeoutMs(int ms) {
    m_probeTimeoutMs = qMax(1, ms);
}

void ServerDiscovery::setDnsTimeoutMs(int ms) {
    m_dnsTimeoutMs = qMax(1, ms);
}

void ServerDiscovery::setMaxParallelProbes(int count) {
    m_maxParallel = qMax(1, count);
}

void ServerDiscovery::setExtraCaFile(const QString &path) {
    m_extraCaFile = path;
}

void ServerDiscovery::setProbePorts(const PortGrid &grid) {
    m_grid = grid;
}

void ServerDiscovery::setHostOverride(const QString &address) {
    m_hostOverride = address;
}

bool ServerDiscovery::start(const QString &emailAddress) {
    if (m_running) {
        m_error = tr("A server search is already running; cancel it first.");
        return false;
    }
    m_error.clear();
    m_domain = MailDomain::ofAddress(emailAddress);
    m_preset = nullptr;
    m_pendingLookups.clear();
    m_srvSubmissions.clear();
    m_srvSubmission.clear();
    m_mx.clear();
    m_dnsProblems.clear();
    m_probes.clear();
    m_errors.clear();
    m_startedAt.clear();
    m_next = 0;
    if (m_domain.isEmpty()) {
        m_error = tr("\"%1\" is not an e-mail address with a valid domain; enter one like ana@example.com.")
                      .arg(emailAddress.trimmed());
        return false;
    }
    m_preset = m_presets.forDomain(m_domain);
    ++m_runId;
    m_running = true;
    m_phase = Phase::Lookup;
    m_clock.start();
    m_kickoff->start();
    return true;
}

void ServerDiscovery::cancel() {
    if (!m_running)
        return;
    const quint64 run = m_runId;
    m_running = false; // first: handlers reached from the clients' cancel() see a stopped run
    m_phase = Phase::Idle;
    m_kickoff->stop();
    m_lookupTimer->stop();
    m_pendingLookups.clear();
    QList<int> stopped = m_active.keys();
    std::sort(stopped.begin(), stopped.end());
    stopClients();
    for (const int index : std::as_const(stopped)) {
        Probe &probe = m_probes[index];
        probe.state = Probe::State::Fails;
        probe.error = SmtpError::Cancelled;
        probe.durationMs = m_clock.elapsed() - m_startedAt.at(index);
        m_errors[index].code = SmtpError::Cancelled;
    }
    for (const int index : std::as_const(stopped)) {
        emit probeChanged(index);
        if (m_runId != run || m_running)
            return; // a slot started another discovery; this one's signals are over
    }
    emit finished();
}

// ---- DNS -----------------------------------------------------------------------------------------

void ServerDiscovery::beginLookups() {
    const quint64 run = m_runId;
    const QString submissions = submissionsName(m_domain);
    const QString submission = submissionName(m_domain);
    // All keys before the first question, so an early answer cannot look like the last one.
    m_pendingLookups = {srvKey(submissions), srvKey(submission), mxKey(m_domain)};
    m_lookupTimer->start(m_dnsTimeoutMs);
    m_resolver->lookupSrv(submissions);
    if (!alive(run) || m_phase != Phase::Lookup)
        return;
    m_resolver->lookupSrv(submission);
    if (!alive(run) || m_phase != Phase::Lookup)
        return;
    m_resolver->lookupMx(m_domain);
}

void ServerDiscovery::onSrvResolved(const QString &name, const QList<DnsResolver::Record> &records,
                                    const QString &error) {
    if (!m_running || m_phase != Phase::Lookup || !m_pendingLookups.remove(srvKey(name)))
        return;
    if (name.compare(submissionsName(m_domain), Qt::CaseInsensitive) == 0)
        m_srvSubmissions = records;
    else
        m_srvSubmission = records;
    if (!error.isEmpty())
        m_dnsProblems << tr("DNS lookup of %1 failed: %2").arg(name, error);
    if (m_pendingLookups.isEmpty())
        buildProbes();
}

void ServerDiscovery::onMxResolved(const QString &name, const QList<DnsResolver::Record> &records,
                                   const QString &error) {
    if (!m_running || m_phase != Phase::Lookup || !m_pendingLookups.remove(mxKey(name)))
        return;
    m_mx = records;
    if (!error.isEmpty())
        m_dnsProblems << tr("DNS lookup of %1 failed: %2").arg(name, error);
    if (m_pendingLookups.isEmpty())
        buildProbes();
}

void ServerDiscovery::onLookupTimeout() {
    if (!m_running || m_phase != Phase::Lookup)
        return;
    m_dnsProblems
        << tr("DNS did not answer within %1 ms; going on with the answers received.").arg(m_dnsTimeoutMs);
    m_pendingLookups.clear();
    buildProbes();
}

// ---- Candidates and probes -------------------------------------------------------------------------

void ServerDiscovery::buildProbes() {
    m_lookupTimer->stop();
    m_phase = Phase::Probing;

    struct NamedPort {
        quint16 port;
        Security security;
        QString source;
    };
    struct HostPlan {
        QString host;
        QString source;
        bool mxOnly = false;    // port 25 entries of the grid only
        QList<NamedPort> named; // ports a preset or SRV record named, tried before the grid
    };
    QList<HostPlan> hosts;
    const auto addHost = [&hosts](const QString &host, const QString &source, bool mxOnly,
                                  const std::optional<NamedPort> &named = std::nullopt) {
        const QString name = normalizedHost(host);
        if (!MailDomain::isValidHostName(name))
            return;
        auto it = std::find_if(hosts.begin(), hosts.end(), [&](const HostPlan &h) { return h.host == name; });
        if (it == hosts.end()) {
            hosts.append({name, source, mxOnly, {}});
            it = hosts.end() - 1;
        }
        it->mxOnly = it->mxOnly && mxOnly; // named by anything better than MX: the whole grid
        if (named && named->port != 0 &&
            std::none_of(it->named.cbegin(), it->named.cend(), [&](const NamedPort &n) {
                return n.port == named->port && n.security == named->security;
            }))
            it->named.append(*named);
    };

    if (m_preset)
        addHost(m_preset->host, sourcePreset, false,
                NamedPort{m_preset->port, m_preset->security, sourcePreset});
    bool srvUsable = false;
    const auto addSrv = [&](const QList<DnsResolver::Record> &records, const QString &source,
                            Security security) {
        int taken = 0;
        for (const DnsResolver::Record &record : sorted(records)) {
            // Target "." means "this service is decidedly not available here" (RFC 2782).
            if (record.host.isEmpty() || record.host == QLatin1String(".") || taken == maxSrvTargets)
                continue;
            ++taken;
            srvUsable = true;
            addHost(record.host, source, false, NamedPort{record.port, security, source});
        }
    };
    addSrv(m_srvSubmissions, sourceSrvSubmissions, Security::ImplicitTls);
    addSrv(m_srvSubmission, sourceSrvSubmission, Security::StartTls);

    const QList<DnsResolver::Record> mx = sorted(m_mx);
    if (!m_preset) {
        // A custom domain whose mail a big provider handles: its MX gives it away.
        for (const DnsResolver::Record &record : mx) {
            if (const ProviderPreset *hinted = m_presets.forMxHost(record.host)) {
                m_preset = hinted;
                addHost(hinted->host, sourcePreset, false,
                        NamedPort{hinted->port, hinted->security, sourcePreset});
                break;
            }
        }
    }
    if (!m_preset && !srvUsable) {
        addHost(QStringLiteral("smtp.") + m_domain, sourceDomain, false);
        addHost(QStringLiteral("mail.") + m_domain, sourceDomain, false);
    }
    for (const DnsResolver::Record &record : mx) {
        if (record.host.isEmpty() || record.host == QLatin1String("."))
            continue; // a "null MX" (RFC 7505): the domain takes no mail
        addHost(record.host, sourceMx, true);
        break; // one MX host answers the port 25 question
    }

    for (const HostPlan &plan : std::as_const(hosts)) {
        QList<Candidate> entries;
        const auto add = [&entries, &plan](quint16 port, Security security, const QString &source) {
            if (std::none_of(entries.cbegin(), entries.cend(),
                             [&](const Candidate &c) { return c.port == port && c.security == security; }))
                entries.append({plan.host, port, security, source});
        };
        for (const NamedPort &named : plan.named)
            add(named.port, named.security, named.source);
        for (const auto &entry : std::as_const(m_grid)) {
            if (!plan.mxOnly || entry.first == 25)
                add(entry.first, entry.second, plan.source);
        }
        for (const Candidate &candidate : std::as_const(entries)) {
            if (m_probes.size() == maxProbes)
                break;
            Probe probe;
            probe.candidate = candidate;
            m_probes.append(probe);
        }
    }
    m_errors = QList<SmtpError>(m_probes.size());
    m_startedAt = QList<qint64>(m_probes.size(), 0);

    const quint64 run = m_runId;
    emit candidatesFound();
    if (alive(run))
        launchProbes();
}

void ServerDiscovery::launchProbes() {
    const quint64 run = m_runId;
    while (alive(run) && m_active.size() < m_maxParallel && m_next < m_probes.size())
        startProbe(m_next++);
    if (alive(run) && m_active.isEmpty() && m_next >= m_probes.size())
        finishRun();
}

void ServerDiscovery::startProbe(int index) {
    Probe &probe = m_probes[index];
    SmtpConfig config;
    config.host = m_hostOverride.isEmpty() ? probe.candidate.host : m_hostOverride;
    config.port = probe.candidate.port;
    config.security = probe.candidate.security;
    config.authMechanism = SmtpConfig::AuthMechanism::None;
    // STARTTLS probes go through the handshake: many servers only list AUTH inside TLS.
    config.stopAfter = probe.candidate.security == Security::StartTls ? SmtpConfig::StopAfter::Tls
                                                                      : SmtpConfig::StopAfter::Connect;
    config.stepTimeoutMs = m_probeTimeoutMs;
    config.runTimeoutMs = m_probeTimeoutMs;
    // Only TLS needs the CA file; reading it costs a parse of every system root on this thread.
    if (probe.candidate.security != Security::None)
        config.extraCaFile = m_extraCaFile;

    auto *client = new SmtpClient(this);
    connect(client, &SmtpClient::finished, this,
            [this, client, index](const SmtpResult &result) { onProbeFinished(client, index, result); });
    m_active.insert(index, client);
    probe.state = Probe::State::Running;
    m_startedAt[index] = m_clock.elapsed();
    client->start(config); // cannot fail on a fresh client; any problem arrives through finished()
    emit probeChanged(index);
}

void ServerDiscovery::onProbeFinished(SmtpClient *client, int index, const SmtpResult &result) {
    if (!m_running || m_active.value(index) != client)
        return;
    const quint64 run = m_runId;
    m_active.remove(index);
    client->disconnect(this);
    client->deleteLater();

    Probe &probe = m_probes[index];
    probe.durationMs = m_clock.elapsed() - m_startedAt.at(index);
    probe.state = result.ok() ? Probe::State::Works : Probe::State::Fails;
    probe.error = result.error.code;
    probe.authMechanisms = result.capabilities.authMechanisms;
    switch (probe.candidate.security) {
    case Security::StartTls:
    case Security::StartTlsIfOffered:
        probe.startTlsOffered =
            std::any_of(result.steps.cbegin(), result.steps.cend(),
                        [](const SmtpStepRecord &r) { return r.step == SmtpStep::StartTls; });
        break;
    case Security::None:
        probe.startTlsOffered = result.capabilities.startTls;
        break;
    case Security::ImplicitTls:
        probe.startTlsOffered = false; // not a question on an encrypted connection
        break;
    }
    m_errors[index] = result.error;

    emit probeChanged(index);
    if (alive(run))
        launchProbes();
}

void ServerDiscovery::finishRun() {
    m_running = false;
    m_phase = Phase::Idle;
    emit finished();
}

void ServerDiscovery::stopClients() {
    const QHash<int, SmtpClient *> active = m_active;
    m_active.clear();
    for (SmtpClient *client : active) {
        client->disconnect(this);
        client->cancel(); // drops the connection now; its finished() no longer reaches us
        client->deleteLater();
    }
}

// ---- Results ---------------------------------------------------------------------------------------

QList<ServerDiscovery::Probe> ServerDiscovery::probes() const {
    QList<Probe> out = m_probes;
    for (int i = 0; i < out.size(); ++i)
        out[i].explanation = explain(out.at(i), m_errors.value(i));
    return out;
}

// Lower is better; only working probes are ranked. Encrypted beats plain text whatever else holds.
int ServerDiscovery::tier(const Probe &probe) const {
    const bool encrypted = probe.candidate.security != Security::None;
    const bool signIn = !probe.authMechanisms.isEmpty();
    if (encrypted && signIn)
        return probe.candidate.port == 25 ? 1 : 0; // 25 is for server-to-server mail, often blocked
    if (encrypted)
        return 2;
    return signIn ? 3 : 4;
}

int ServerDiscovery::recommended() const {
    int best = -1;
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_probes.at(i).state == Probe::State::Works &&
            (best < 0 || tier(m_probes.at(i)) < tier(m_probes.at(best))))
            best = i;
    }
    return best;
}

QString ServerDiscovery::recommendation() const {
    const int best = recommended();
    if (best < 0) {
        if (m_running)
            return tr("Still searching: no server has answered yet.");
        if (m_probes.isEmpty())
            return {};
        return tr("No server answered on any port tried. Check the address for typing mistakes, or ask your "
                  "provider for its outgoing (SMTP) server settings.");
    }
    const Probe &probe = m_probes.at(best);
    const QString host = probe.candidate.host;
    const QString port = QString::number(probe.candidate.port);
    switch (tier(probe)) {
    case 0:
        if (probe.candidate.security == Security::ImplicitTls)
            return tr("Use %1, port %2, with SSL/TLS: the connection is encrypted from the start and the "
                      "server offers sign-in.")
                .arg(host, port);
        return tr("Use %1, port %2, with STARTTLS: the connection switches to encryption before sign-in, "
                  "and the server offers sign-in.")
            .arg(host, port);
    case 1:
        return tr("Use %1, port %2, with STARTTLS. It works here, but port 25 is meant for mail between "
                  "servers and many networks block it; prefer port 587 or 465 once they work for you.")
            .arg(host, port);
    case 2:
        return tr("%1, port %2, is encrypted but offers no sign-in, so it may take mail only from its own "
                  "network. Ask your provider which server to use for sending.")
            .arg(host, port);
    default:
        break;
    }
    if (probe.startTlsOffered)
        return tr("Only an unencrypted connection works: %1, port %2. The server offers STARTTLS, but the "
                  "encrypted test failed; see that row for the reason before you send a password.")
            .arg(host, port);
    return tr("Only an unencrypted connection works: %1, port %2. A password would travel in plain text; "
              "ask your provider for an encrypted setting.")
        .arg(host, port);
}

QString ServerDiscovery::explain(const Probe &probe, const SmtpError &error) const {
    switch (probe.state) {
    case Probe::State::Pending:
        return m_running ? tr("Waiting to be tried") : tr("Not tried");
    case Probe::State::Running:
        return tr("Trying…");
    case Probe::State::Works: {
        const QString mechanisms = probe.authMechanisms.join(QStringLiteral(", "));
        switch (probe.candidate.security) {
        case Security::ImplicitTls:
            return mechanisms.isEmpty()
                       ? tr("Works: encrypted from the start, but offers no sign-in")
                       : tr("Works: encrypted from the start, offers sign-in with %1").arg(mechanisms);
        case Security::StartTls:
        case Security::StartTlsIfOffered:
            return mechanisms.isEmpty()
                       ? tr("Works: encrypted with STARTTLS, but offers no sign-in")
                       : tr("Works: encrypted with STARTTLS, offers sign-in with %1").arg(mechanisms);
        case Security::None:
            break;
        }
        return probe.startTlsOffered ? tr("Connects without encryption; STARTTLS is offered, so choose it")
                                     : tr("Connects, but offers no encryption");
    }
    case Probe::State::Fails:
        break;
    }

    const QString code = error.reply.code > 0 ? QString::number(error.reply.code) : QString();
    switch (error.code) {
    case SmtpError::None:
        break;
    case SmtpError::Cancelled:
        return tr("Cancelled");
    case SmtpError::ConnectionRefused:
        return tr("Refused: nothing listens on this port");
    case SmtpError::HostNotFound:
        return tr("Not found: %1 has no address in DNS").arg(probe.candidate.host);
    case SmtpError::NetworkUnreachable:
        return tr("Network unreachable: check your internet connection");
    case SmtpError::Timeout:
    case SmtpError::RunTimeout:
        if (error.step == SmtpStep::Connect || error.step == SmtpStep::None)
            return tr("Timed out: a firewall may block this port");
        if (error.step == SmtpStep::TlsHandshake && probe.candidate.security == Security::ImplicitTls)
            return tr("Timed out during the TLS handshake: this port may not use TLS from the start");
        return tr("Timed out: connected, but the server did not answer in time");
    case SmtpError::ServerClosed:
        return tr("Closed: the server hung up without finishing");
    case SmtpError::ServiceUnavailable:
    case SmtpError::GreetingRejected:
        return tr("Refuses service here (reply %1)").arg(code);
    case SmtpError::EhloRejected:
        return tr("Answers, but rejected EHLO (reply %1)").arg(code);
    case SmtpError::StartTlsNotOffered:
        return tr("Connects, but offers no encryption");
    case SmtpError::StartTlsRejected:
        return tr("Offers STARTTLS, but refused it (reply %1)").arg(code);
    case SmtpError::InjectionAfterStartTls:
        return tr("Unsafe: data arrived before encryption started");
    case SmtpError::TlsHandshakeFailed:
        return probe.candidate.security == Security::ImplicitTls
                   ? tr("TLS failed: this port may expect STARTTLS or plain text")
                   : tr("TLS failed after STARTTLS");
    case SmtpError::CertificateUntrusted:
        return tr("Encrypted, but the certificate is not trusted");
    case SmtpError::MalformedReply:
    case SmtpError::ReplyLineTooLong:
    case SmtpError::ReplyTooManyLines:
    case SmtpError::ReplyTooLarge:
    case SmtpError::InconsistentReplyCodes:
    case SmtpError::UnexpectedReply:
    case SmtpError::UnexpectedReplyCode:
        return tr("Answers, but not like an SMTP server");
    default:
        break;
    }
    return tr("Does not work here (%1)").arg(SmtpError::codeName(error.code));
}
