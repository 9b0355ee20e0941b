// Server discovery over a fake DNS resolver and scripted fake servers on 127.0.0.1: candidate order from
// presets, SRV and MX, domain guesses, the probe grid's verdicts and explanations, the recommendation,
// cancelling, and bad input. No real DNS and no internet: every probe connects to loopback.
#include "fakesmtpserver.h"
#include "smtp/providerpresets.h"
#include "smtp/serverdiscovery.h"
#include "smtp/smtpclient.h"
#include "smtptesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SmtpTest;
using Security = SmtpConfig::Security;
using Record = DnsResolver::Record;
using State = ServerDiscovery::Probe::State;

namespace {

// Answers from tables, one event-loop turn later (as the interface requires); or never, when silent.
class FakeDnsResolver final : public DnsResolver {
    Q_OBJECT

public:
    using DnsResolver::DnsResolver;

    QHash<QString, QList<Record>> srv;
    QHash<QString, QList<Record>> mx;
    QStringList asked;
    bool silent = false;

    void lookupSrv(const QString &name) override {
        asked << QStringLiteral("SRV ") + name;
        if (!silent)
            QTimer::singleShot(0, this, [this, name] { emit srvResolved(name, srv.value(name), {}); });
    }
    void lookupMx(const QString &name) override {
        asked << QStringLiteral("MX ") + name;
        if (!silent)
            QTimer::singleShot(0, this, [this, name] { emit mxResolved(name, mx.value(name), {}); });
    }
};

QString row(const ServerDiscovery::Probe &probe) {
    const ServerDiscovery::Candidate &c = probe.candidate;
    return QStringLiteral("%1:%2:%3:%4")
        .arg(c.host, QString::number(c.port), ProviderPresets::securityName(c.security), c.source);
}

QStringList rows(const ServerDiscovery &discovery) {
    QStringList out;
    for (const ServerDiscovery::Probe &probe : discovery.probes())
        out << row(probe);
    return out;
}

int countIn(const ServerDiscovery &discovery, State state) {
    int count = 0;
    for (const ServerDiscovery::Probe &probe : discovery.probes())
        count += probe.state == state ? 1 : 0;
    return count;
}

// A loopback port that refuses connections and stays that way: bound but never listening, so no other
// test running in parallel can be handed the same port.
class ClosedPort {
public:
    ClosedPort() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~ClosedPort() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ClosedPort(const ClosedPort &) = delete;
    ClosedPort &operator=(const ClosedPort &) = delete;

    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// Runs discovery up to its candidate list and stops it there, so no probe ever starts.
bool candidatesOnly(ServerDiscovery &discovery, const QString &address) {
    QObject::connect(&discovery, &ServerDiscovery::candidatesFound, &discovery, &ServerDiscovery::cancel);
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    if (!discovery.start(address))
        return false;
    return finished.wait(5000) || finished.count() == 1;
}

const QString workingScript = QStringLiteral(R"(
S: 220 work.test ESMTP
C: EHLO *
S: 250-work.test
S: 250-PIPELINING
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
X: starttls
C: EHLO *
S: 250-work.test
S: 250 AUTH PLAIN LOGIN
C: QUIT
S: 221 2.0.0 Bye
)");

const QString plainOnlyScript = QStringLiteral(R"(
S: 220 plain.test ESMTP
C: EHLO *
S: 250-plain.test
S: 250 SIZE 1000
C: QUIT
S: 221 2.0.0 Bye
)");

} // namespace

class TestServerDiscovery : public QObject {
    Q_OBJECT

private slots:
    void invalidAddressIsRefused_data();
    void invalidAddressIsRefused();
    void asksForSrvAndMx();
    void internationalDomainIsAskedInAscii();
    void srvCandidatesComeInOrder();
    void noSrvNoMxGuessesDomainHosts();
    void presetForGmailIsUsed();
    void mxRevealsProvider();
    void dnsTimeoutGoesOnWithGuesses();
    void probesTellWorkingRefusedAndSilent();
    void implicitTlsWorks();
    void cancelMidwayLeavesNoRunningProbe();
    void startWhileRunningIsRefused();
};

void TestServerDiscovery::invalidAddressIsRefused_data() {
    QTest::addColumn<QString>("address");
    QTest::newRow("empty") << "";
    QTest::newRow("no at") << "ana.example.com";
    QTest::newRow("no domain") << "ana@";
    QTest::newRow("no local part") << "@example.com";
    QTest::newRow("single label") << "ana@localhost";
    QTest::newRow("address literal") << "ana@[192.0.2.1]";
    QTest::newRow("bare IPv4") << "ana@192.0.2.1";
    QTest::newRow("space") << "ana@exa mple.com";
    QTest::newRow("leading hyphen") << "ana@-bad.example";
    QTest::newRow("empty label") << "ana@example..com";
}

void TestServerDiscovery::invalidAddressIsRefused() {
    QFETCH(QString, address);
    FakeDnsResolver dns;
    ServerDiscovery discovery(&dns);
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(!discovery.start(address));
    QVERIFY(!discovery.isRunning());
    QVERIFY(!discovery.error().isEmpty());
    QTest::qWait(20);
    QVERIFY(dns.asked.isEmpty());
    QCOMPARE(finished.count(), 0);
    QVERIFY(discovery.probes().isEmpty());
}

void TestServerDiscovery::asksForSrvAndMx() {
    FakeDnsResolver dns;
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QVERIFY(candidatesOnly(discovery, QStringLiteral("Ana@Example.TEST")));
    QCOMPARE(discovery.domain(), QStringLiteral("example.test"));
    QCOMPARE(dns.asked, (QStringList{"SRV _submissions._tcp.example.test",
                                     "SRV _submission._tcp.example.test", "MX example.test"}));
}

void TestServerDiscovery::internationalDomainIsAskedInAscii() {
    FakeDnsResolver dns;
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QVERIFY(candidatesOnly(discovery, QStringLiteral("lan@Bücher.example")));
    QCOMPARE(discovery.domain(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(dns.asked.last(), QStringLiteral("MX xn--bcher-kva.example"));
    QCOMPARE(rows(discovery).first(), QStringLiteral("smtp.xn--bcher-kva.example:465:tls:domain"));
}

void TestServerDiscovery::srvCandidatesComeInOrder() {
    FakeDnsResolver dns;
    dns.srv[QStringLiteral("_submissions._tcp.example.test")] = {{"b.example.test", 465, 10, 0},
                                                                 {"a.example.test", 465, 5, 0}};
    dns.srv[QStringLiteral("_submission._tcp.example.test")] = {{"c.example.test.", 2525, 1, 0},
                                                                {"a.example.test", 587, 0, 0}};
    dns.mx[QStringLiteral("example.test")] = {{"mx2.example.test", 0, 20, 0}, {"mx1.example.test", 0, 10, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QSignalSpy found(&discovery, &ServerDiscovery::candidatesFound);
    QVERIFY(candidatesOnly(discovery, QStringLiteral("ana@example.test")));
    QCOMPARE(found.count(), 1);
    QVERIFY(!discovery.preset());
    QCOMPARE(rows(discovery), (QStringList{
                                  // SRV by priority; the host named twice keeps both ports, then the grid
                                  "a.example.test:465:tls:srv-submissions",
                                  "a.example.test:587:starttls:srv-submission",
                                  "a.example.test:25:starttls:srv-submissions",
                                  "a.example.test:587:none:srv-submissions",
                                  "a.example.test:25:none:srv-submissions",
                                  "b.example.test:465:tls:srv-submissions",
                                  "b.example.test:587:starttls:srv-submissions",
                                  "b.example.test:25:starttls:srv-submissions",
                                  "b.example.test:587:none:srv-submissions",
                                  "b.example.test:25:none:srv-submissions",
                                  "c.example.test:2525:starttls:srv-submission",
                                  "c.example.test:465:tls:srv-submission",
                                  "c.example.test:587:starttls:srv-submission",
                                  "c.example.test:25:starttls:srv-submission",
                                  "c.example.test:587:none:srv-submission",
                                  "c.example.test:25:none:srv-submission",
                                  // the first MX, port 25 only; no guesses since SRV named servers
                                  "mx1.example.test:25:starttls:mx",
                                  "mx1.example.test:25:none:mx",
                              }));
    for (const ServerDiscovery::Probe &probe : discovery.probes())
        QCOMPARE(probe.state, State::Pending);
}

void TestServerDiscovery::noSrvNoMxGuessesDomainHosts() {
    FakeDnsResolver dns;
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QVERIFY(candidatesOnly(discovery, QStringLiteral("ana@example.test")));
    QCOMPARE(rows(discovery), (QStringList{
                                  "smtp.example.test:465:tls:domain",
                                  "smtp.example.test:587:starttls:domain",
                                  "smtp.example.test:25:starttls:domain",
                                  "smtp.example.test:587:none:domain",
                                  "smtp.example.test:25:none:domain",
                                  "mail.example.test:465:tls:domain",
                                  "mail.example.test:587:starttls:domain",
                                  "mail.example.test:25:starttls:domain",
                                  "mail.example.test:587:none:domain",
                                  "mail.example.test:25:none:domain",
                              }));
    QVERIFY(discovery.dnsProblems().isEmpty());
}

void TestServerDiscovery::presetForGmailIsUsed() {
    FakeDnsResolver dns;
    dns.mx[QStringLiteral("gmail.com")] = {{"gmail-smtp-in.l.google.com", 0, 5, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QVERIFY(candidatesOnly(discovery, QStringLiteral("Ana@GMAIL.com")));
    QVERIFY(discovery.preset());
    QCOMPARE(discovery.preset()->id, QStringLiteral("gmail"));
    QCOMPARE(rows(discovery), (QStringList{
                                  "smtp.gmail.com:587:starttls:preset",
                                  "smtp.gmail.com:465:tls:preset",
                                  "smtp.gmail.com:25:starttls:preset",
                                  "smtp.gmail.com:587:none:preset",
                                  "smtp.gmail.com:25:none:preset",
                                  "gmail-smtp-in.l.google.com:25:starttls:mx",
                                  "gmail-smtp-in.l.google.com:25:none:mx",
                              }));
}

void TestServerDiscovery::mxRevealsProvider() {
    FakeDnsResolver dns;
    dns.mx[QStringLiteral("example.test")] = {{"alt1.aspmx.l.google.com", 0, 5, 0},
                                              {"aspmx.l.google.com", 0, 1, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    QVERIFY(candidatesOnly(discovery, QStringLiteral("ana@example.test")));
    QVERIFY(discovery.preset());
    QCOMPARE(discovery.preset()->id, QStringLiteral("gmail"));
    const QStringList found = rows(discovery);
    QCOMPARE(found.first(), QStringLiteral("smtp.gmail.com:587:starttls:preset"));
    QVERIFY(found.contains(QStringLiteral("aspmx.l.google.com:25:starttls:mx")));
    for (const QString &entry : found)
        QVERIFY2(!entry.contains(QLatin1String("example.test")), qPrintable(entry)); // no guesses
}

void TestServerDiscovery::dnsTimeoutGoesOnWithGuesses() {
    FakeDnsResolver dns;
    dns.silent = true;
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    discovery.setDnsTimeoutMs(100);
    QVERIFY(candidatesOnly(discovery, QStringLiteral("ana@example.test")));
    QCOMPARE(rows(discovery).first(), QStringLiteral("smtp.example.test:465:tls:domain"));
    QCOMPARE(discovery.dnsProblems().size(), 1);
}

void TestServerDiscovery::probesTellWorkingRefusedAndSilent() {
    const int probeTimeout = 4000;
    FakeSmtpServer plain;
    plain.setScript(plainOnlyScript);
    QVERIFY(plain.start());
    FakeSmtpServer work;
    QVERIFY(
        work.setCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))));
    work.setScript(workingScript);
    QVERIFY(work.start());
    FakeSmtpServer silent;
    silent.setScript(QStringLiteral("X: sleep 20000\n"));
    QVERIFY(silent.start());
    const ClosedPort closed;
    const quint16 refused = closed.port();
    QVERIFY(refused != 0);

    // One host only (SRV names it), so each fake server sees exactly one connection.
    FakeDnsResolver dns;
    dns.srv[QStringLiteral("_submissions._tcp.example.test")] = {{"mail.example.test", refused, 0, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    discovery.setExtraCaFile(tlsFile(QStringLiteral("ca.pem")));
    discovery.setProbeTimeoutMs(probeTimeout); // generous: TLS on a busy machine is slow
    // Plain text before the encrypted one: the recommendation must still pick the encrypted one. The
    // refused and silent ones are plain so that only two probes pay for loading CA certificates, which
    // blocks the thread and would eat into the other probes' deadlines on a busy machine.
    discovery.setProbePorts({{plain.port(), Security::None},
                             {work.port(), Security::StartTls},
                             {refused, Security::None},
                             {silent.port(), Security::None}});
    QSignalSpy changed(&discovery, &ServerDiscovery::probeChanged);
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(discovery.start(QStringLiteral("ana@example.test")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!discovery.isRunning());

    const QList<ServerDiscovery::Probe> probes = discovery.probes();
    QCOMPARE(probes.size(), 5);
    QCOMPARE(changed.count(), 10); // each probe: started, then done

    const ServerDiscovery::Probe &srvRefused = probes.at(0);
    QCOMPARE(row(srvRefused), QStringLiteral("mail.example.test:%1:tls:srv-submissions").arg(refused));
    QCOMPARE(srvRefused.state, State::Fails);
    QCOMPARE(srvRefused.error, SmtpError::ConnectionRefused);
    QCOMPARE(srvRefused.explanation, QStringLiteral("Refused: nothing listens on this port"));

    const ServerDiscovery::Probe &plainText = probes.at(1);
    QCOMPARE(plainText.candidate.security, Security::None);
    QCOMPARE(plainText.state, State::Works);
    QVERIFY(!plainText.startTlsOffered);
    QCOMPARE(plainText.explanation, QStringLiteral("Connects, but offers no encryption"));

    const ServerDiscovery::Probe &encrypted = probes.at(2);
    QCOMPARE(encrypted.candidate.port, work.port());
    QCOMPARE(encrypted.state, State::Works);
    QCOMPARE(encrypted.error, SmtpError::None);
    QVERIFY(encrypted.startTlsOffered);
    QCOMPARE(encrypted.authMechanisms, (QStringList{"PLAIN", "LOGIN"}));
    QCOMPARE(encrypted.explanation,
             QStringLiteral("Works: encrypted with STARTTLS, offers sign-in with PLAIN, LOGIN"));
    QVERIFY(encrypted.durationMs > 0 && encrypted.durationMs <= probeTimeout);

    QCOMPARE(probes.at(3).state, State::Fails);
    QCOMPARE(probes.at(3).error, SmtpError::ConnectionRefused);

    const ServerDiscovery::Probe &quiet = probes.at(4);
    QCOMPARE(quiet.state, State::Fails);
    QVERIFY2(quiet.error == SmtpError::Timeout || quiet.error == SmtpError::RunTimeout,
             qPrintable(SmtpError::codeName(quiet.error)));
    QVERIFY2(quiet.explanation.startsWith(QLatin1String("Timed out")), qPrintable(quiet.explanation));
    // Its own deadline, not an earlier one (coarse timers may fire up to 5 % early).
    QVERIFY2(quiet.durationMs >= probeTimeout * 9 / 10, qPrintable(QString::number(quiet.durationMs)));

    QCOMPARE(discovery.recommended(), 2);
    const QString why = discovery.recommendation();
    QVERIFY2(why.contains(QLatin1String("mail.example.test")) && why.contains(QString::number(work.port())) &&
                 why.contains(QLatin1String("STARTTLS")),
             qPrintable(why));

    // Probes never sign in: no AUTH, nothing secret, on either server that answered.
    QVERIFY2(work.problems().isEmpty(), qPrintable(work.problems().join(QLatin1Char('\n'))));
    QVERIFY(work.scriptFinished());
    for (const QString &line : work.received() + plain.received())
        QVERIFY2(!line.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive), qPrintable(line));
    QTRY_COMPARE_WITH_TIMEOUT(discovery.findChildren<SmtpClient *>().size(), 0, 2000);
}

void TestServerDiscovery::implicitTlsWorks() {
    FakeSmtpServer tls;
    QVERIFY(tls.setCertificate(tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server.key"))));
    tls.setScript(QStringLiteral(R"(
S: 220 tls.test ESMTP
C: EHLO *
S: 250-tls.test
S: 250 AUTH PLAIN LOGIN
C: QUIT
S: 221 2.0.0 Bye
)"));
    QVERIFY(tls.start(FakeSmtpServer::Mode::ImplicitTls));
    FakeDnsResolver dns;
    dns.srv[QStringLiteral("_submissions._tcp.example.test")] = {{"smtps.example.test", tls.port(), 0, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    discovery.setExtraCaFile(tlsFile(QStringLiteral("ca.pem")));
    discovery.setProbeTimeoutMs(3000);
    discovery.setProbePorts({}); // only what SRV names
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(discovery.start(QStringLiteral("ana@example.test")));
    QVERIFY(finished.wait(10000));
    const QList<ServerDiscovery::Probe> probes = discovery.probes();
    QCOMPARE(probes.size(), 1);
    QCOMPARE(probes.first().state, State::Works);
    QCOMPARE(probes.first().explanation,
             QStringLiteral("Works: encrypted from the start, offers sign-in with PLAIN, LOGIN"));
    QCOMPARE(discovery.recommended(), 0);
    QVERIFY2(discovery.recommendation().contains(QLatin1String("SSL/TLS")),
             qPrintable(discovery.recommendation()));
    QVERIFY2(tls.problems().isEmpty(), qPrintable(tls.problems().join(QLatin1Char('\n'))));
}

void TestServerDiscovery::cancelMidwayLeavesNoRunningProbe() {
    std::vector<std::unique_ptr<FakeSmtpServer>> servers;
    ServerDiscovery::PortGrid grid;
    for (int i = 0; i < 6; ++i) {
        servers.push_back(std::make_unique<FakeSmtpServer>());
        servers.back()->setScript(QStringLiteral("X: sleep 20000\n"));
        QVERIFY(servers.back()->start());
        grid.append({servers.back()->port(), Security::StartTls});
    }
    FakeDnsResolver dns;
    dns.srv[QStringLiteral("_submission._tcp.example.test")] = {
        {"mail.example.test", grid.first().first, 0, 0}};
    ServerDiscovery discovery(&dns);
    discovery.setHostOverride(QStringLiteral("127.0.0.1"));
    discovery.setProbeTimeoutMs(15000);
    discovery.setProbePorts(grid);
    int mostRunning = 0;
    connect(&discovery, &ServerDiscovery::probeChanged, this,
            [&] { mostRunning = qMax(mostRunning, countIn(discovery, State::Running)); });
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(discovery.start(QStringLiteral("ana@example.test")));

    // Four at a time: four connected and waiting for a greeting, two not started yet.
    QTRY_COMPARE_WITH_TIMEOUT(countIn(discovery, State::Running), 4, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(servers.at(3)->connectionCount() == 1, 5000);
    QCOMPARE(countIn(discovery, State::Pending), 2);
    QVERIFY(discovery.isRunning());

    discovery.cancel();
    QCOMPARE(finished.count(), 1); // before cancel() returned
    QVERIFY(!discovery.isRunning());
    QCOMPARE(countIn(discovery, State::Running), 0);
    QCOMPARE(countIn(discovery, State::Fails), 4);
    QCOMPARE(countIn(discovery, State::Pending), 2);
    QCOMPARE(mostRunning, 4);
    for (const ServerDiscovery::Probe &probe : discovery.probes()) {
        if (probe.state == State::Fails) {
            QCOMPARE(probe.error, SmtpError::Cancelled);
            QCOMPARE(probe.explanation, QStringLiteral("Cancelled"));
        } else {
            QCOMPARE(probe.explanation, QStringLiteral("Not tried"));
        }
    }
    QCOMPARE(discovery.recommended(), -1);
    QVERIFY(!discovery.recommendation().isEmpty());

    // Nothing is left behind, and nothing more happens.
    QSignalSpy changed(&discovery, &ServerDiscovery::probeChanged);
    QTRY_COMPARE_WITH_TIMEOUT(discovery.findChildren<SmtpClient *>().size(), 0, 2000);
    QTest::qWait(100);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(servers.at(4)->connectionCount(), 0);
}

void TestServerDiscovery::startWhileRunningIsRefused() {
    FakeDnsResolver dns;
    dns.silent = true;
    ServerDiscovery discovery(&dns);
    QSignalSpy finished(&discovery, &ServerDiscovery::finished);
    QVERIFY(discovery.start(QStringLiteral("ana@example.test")));
    QVERIFY(!discovery.start(QStringLiteral("bob@example.test")));
    QVERIFY(!discovery.error().isEmpty());
    QVERIFY(discovery.isRunning());
    QCOMPARE(discovery.domain(), QStringLiteral("example.test"));
    discovery.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(discovery.start(QStringLiteral("bob@example.test"))); // usable again after cancel
    discovery.cancel();
    QCOMPARE(finished.count(), 2);
}

QTEST_GUILESS_MAIN(TestServerDiscovery)
#include "tst_serverdiscovery.moc"
