#include "guidedtest.h"

#include "guidedadvice.h"
#include "smtpclient.h"

#include <QHostAddress>
#include <QHostInfo>

namespace {

GuidedStep::Kind kindOf(SmtpStep step, int ehloSeen) {
    switch (step) {
    case SmtpStep::Connect:
        return GuidedStep::Kind::Connect;
    case SmtpStep::TlsHandshake:
        return GuidedStep::Kind::TlsHandshake;
    case SmtpStep::Greeting:
        return GuidedStep::Kind::Greeting;
    case SmtpStep::Ehlo:
    case SmtpStep::Helo:
        return ehloSeen > 1 ? GuidedStep::Kind::EhloAgain : GuidedStep::Kind::Ehlo;
    case SmtpStep::StartTls:
        return GuidedStep::Kind::StartTls;
    case SmtpStep::Auth:
        return GuidedStep::Kind::Auth;
    case SmtpStep::Vrfy:
        return GuidedStep::Kind::Vrfy;
    case SmtpStep::Help:
        return GuidedStep::Kind::Help;
    case SmtpStep::Mail:
        return GuidedStep::Kind::Mail;
    case SmtpStep::Rcpt:
        return GuidedStep::Kind::Rcpt;
    case SmtpStep::Data:
    case SmtpStep::Message:
        return GuidedStep::Kind::Data;
    case SmtpStep::Quit:
    case SmtpStep::None:
    case SmtpStep::Noop:
    case SmtpStep::Rset:
        break;
    }
    return GuidedStep::Kind::Quit;
}

} // namespace

GuidedTest::GuidedTest(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog) {}

GuidedTest::~GuidedTest() {
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

SmtpConfig::Security GuidedTest::defaultSecurity(quint16 port) {
    if (port == 465)
        return SmtpConfig::Security::ImplicitTls;
    // Port 25 is server-to-server: encryption there is offered, not promised.
    return port == 25 ? SmtpConfig::Security::StartTlsIfOffered : SmtpConfig::Security::StartTls;
}

void GuidedTest::plan(const SmtpConfig &config) {
    using K = GuidedStep::Kind;
    QList<K> kinds{K::Resolve, K::Connect};
    if (config.security == SmtpConfig::Security::ImplicitTls)
        kinds << K::TlsHandshake;
    kinds << K::Greeting << K::Ehlo;
    if (config.security == SmtpConfig::Security::StartTls ||
        config.security == SmtpConfig::Security::StartTlsIfOffered)
        kinds << K::StartTls << K::TlsHandshake << K::EhloAgain;
    const auto stopsBefore = [&](SmtpConfig::StopAfter stop) {
        return config.stopAfter != SmtpConfig::StopAfter::Nothing && config.stopAfter < stop;
    };
    if (config.authMechanism != SmtpConfig::AuthMechanism::None && config.hasCredentials() &&
        !stopsBefore(SmtpConfig::StopAfter::Auth))
        kinds << K::Auth;
    const bool transaction = !config.mailFrom.isEmpty() && !stopsBefore(SmtpConfig::StopAfter::Mail);
    if (!config.vrfy.isEmpty() && transaction)
        kinds << K::Vrfy;
    if (config.help && transaction)
        kinds << K::Help;
    if (transaction) {
        kinds << K::Mail;
        if (!stopsBefore(SmtpConfig::StopAfter::Rcpt))
            for (int i = 0; i < config.rcptTo.size(); ++i)
                kinds << K::Rcpt;
        if (config.sendTestMessage && config.stopAfter == SmtpConfig::StopAfter::Nothing)
            kinds << K::Data;
    }
    kinds << K::Quit;
    m_steps.clear();
    for (K kind : kinds) {
        GuidedStep step;
        step.kind = kind;
        m_steps << step;
    }
}

bool GuidedTest::start(const SmtpConfig &config) {
    if (m_running)
        return false;
    m_config = config;
    m_settings = config;
    m_settings.password.clear();
    m_settings.token.clear();
    m_result = SmtpResult();
    m_summary = Summary();
    m_outcome.clear();
    m_ehloSeen = 0;
    plan(config);
    m_running = true;
    m_clock.start();
    for (int i = 0; i < m_steps.size(); ++i)
        emit stepChanged(i);

    setStep(0, GuidedStep::Verdict::Running);
    QHostAddress literal;
    if (literal.setAddress(config.host)) {
        m_steps[0].explanation = tr("%1 is an IP address: nothing to look up.").arg(config.host);
        setStep(0, GuidedStep::Verdict::Pass);
        QMetaObject::invokeMethod(
            this, [this] { onResolved(QHostInfo()); }, Qt::QueuedConnection);
    } else {
        m_lookupId = QHostInfo::lookupHost(config.host, this, &GuidedTest::onResolved);
    }
    return true;
}

void GuidedTest::onResolved(const QHostInfo &info) {
    m_lookupId = -1;
    if (!m_running)
        return;
    GuidedStep &resolve = m_steps[0];
    resolve.durationMs = m_clock.elapsed();
    if (resolve.verdict == GuidedStep::Verdict::Running) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            resolve.explanation = tr("No address was found for %1.").arg(m_config.host);
            m_result.error.code = SmtpError::HostNotFound;
            m_result.error.host = m_config.host;
            m_result.error.port = m_config.port;
            setStep(0, GuidedStep::Verdict::Fail);
            conclude();
            return;
        }
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        resolve.explanation =
            tr("%1 has the address %2.").arg(m_config.host, addresses.mid(0, 3).join(QStringLiteral(", ")));
        setStep(0, GuidedStep::Verdict::Pass);
    }
    m_client = new SmtpClient(this);
    connect(m_client, &SmtpClient::stepStarted, this, &GuidedTest::onStepStarted);
    connect(m_client, &SmtpClient::stepFinished, this, &GuidedTest::onStepFinished);
    connect(m_client, &SmtpClient::finished, this, &GuidedTest::onClientFinished);
    m_client->start(m_config);
}

void GuidedTest::cancel() {
    if (!m_running)
        return;
    if (m_client && m_client->isRunning()) {
        m_client->cancel(); // finishes synchronously through onClientFinished
        return;
    }
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_result.error.code = SmtpError::Cancelled;
    conclude();
}

int GuidedTest::slotFor(SmtpStep step, bool starting) {
    if ((step == SmtpStep::Ehlo || step == SmtpStep::Helo) && starting)
        ++m_ehloSeen;
    const GuidedStep::Kind kind = kindOf(step, qMax(1, m_ehloSeen));
    if (step == SmtpStep::None || step == SmtpStep::Noop || step == SmtpStep::Rset)
        return -1;
    // The first step of that kind not yet done; an unplanned one (a HELO fallback, a second TLS step) is
    // matched to the closest planned one.
    for (int i = 0; i < m_steps.size(); ++i) {
        const GuidedStep &s = m_steps.at(i);
        const bool open =
            s.verdict == GuidedStep::Verdict::Pending || s.verdict == GuidedStep::Verdict::Running;
        if (s.kind == kind && (open || (step == SmtpStep::Message && kind == GuidedStep::Kind::Data)))
            return i;
    }
    return -1;
}

void GuidedTest::setStep(int index, GuidedStep::Verdict verdict) {
    if (index < 0 || index >= m_steps.size())
        return;
    m_steps[index].verdict = verdict;
    emit stepChanged(index);
}

void GuidedTest::onStepStarted(SmtpStep step, const QString &command) {
    const int index = slotFor(step, true);
    if (index < 0)
        return;
    GuidedStep &s = m_steps[index];
    if (s.verdict == GuidedStep::Verdict::Pending) {
        s.startedMs = m_clock.elapsed();
        s.command = command;
    } else if (!command.isEmpty()) {
        s.command += QLatin1Char('\n') + command; // DATA, then the message
    }
    setStep(index, GuidedStep::Verdict::Running);
}

void GuidedTest::onStepFinished(const SmtpStepRecord &record) {
    const int index = slotFor(record.step, false);
    if (index < 0)
        return;
    GuidedStep &s = m_steps[index];
    if (!record.replies.isEmpty())
        s.reply = record.replies.last();
    if (!record.command.isEmpty() && !s.command.contains(record.command))
        s.command = s.command.isEmpty() ? record.command : s.command + QLatin1Char('\n') + record.command;
    s.durationMs = m_clock.elapsed() - s.startedMs;
    // DATA is only done once the message itself was answered.
    const bool partial = record.step == SmtpStep::Data && record.ok;
    setStep(index, record.ok ? (partial ? GuidedStep::Verdict::Running : GuidedStep::Verdict::Pass)
                             : GuidedStep::Verdict::Fail);
}

void GuidedTest::onClientFinished(const SmtpResult &result) {
    m_result = result;
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
        m_client = nullptr;
    }
    conclude();
}

void GuidedTest::conclude() {
    m_running = false;
    m_config = SmtpConfig(); // the secrets are not needed any more
    if (m_result.error.isError()) {
        // The step that failed: the one the engine names, else the one still running.
        int failed = -1;
        for (int i = 0; i < m_steps.size(); ++i) {
            if (m_steps.at(i).verdict == GuidedStep::Verdict::Running ||
                m_steps.at(i).verdict == GuidedStep::Verdict::Fail) {
                failed = i;
                break;
            }
        }
        if (failed < 0) {
            for (int i = 0; i < m_steps.size(); ++i) {
                if (m_steps.at(i).verdict == GuidedStep::Verdict::Pending) {
                    failed = i;
                    break;
                }
            }
        }
        if (failed >= 0 && m_result.error.code != SmtpError::Cancelled)
            m_steps[failed].verdict = GuidedStep::Verdict::Fail;
        else if (failed >= 0)
            m_steps[failed].verdict = GuidedStep::Verdict::Skipped;
        m_summary.failedStep = m_result.error.code == SmtpError::Cancelled ? -1 : failed;
    }
    for (GuidedStep &step : m_steps) {
        if (step.verdict == GuidedStep::Verdict::Pending || step.verdict == GuidedStep::Verdict::Running)
            step.verdict = GuidedStep::Verdict::Skipped;
    }
    m_outcome = m_steps;
    annotate();
    emit finished();
}

void GuidedTest::annotate() {
    m_steps = m_outcome;
    const GuidedAdvice advice(m_catalog, m_settings, m_result, m_language);
    for (GuidedStep &step : m_steps)
        advice.annotate(step);
    m_summary = advice.summarize(m_steps, m_summary.failedStep);
    for (int i = 0; i < m_steps.size(); ++i)
        emit stepChanged(i);
}

void GuidedTest::setLanguage(const QString &language) {
    m_language = language;
    if (!m_running && !m_outcome.isEmpty())
        annotate();
}
