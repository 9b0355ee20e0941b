#pragma once

#include "guidedstep.h"
#include "smtpconfig.h"
#include "smtpresult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class Catalog;
class QHostInfo;
class SmtpClient;

// The guided test a person runs: a plan of steps (Resolve, Connect, Greeting, EHLO, STARTTLS / TLS, EHLO
// again, AUTH, then the optional VRFY, HELP, MAIL FROM, RCPT TO, DATA, QUIT) that fills in live from the
// protocol engine, each step with its command, reply, duration, verdict and advice, and a summary with the
// single most useful next action. Asynchronous; finished() comes exactly once per start().
class GuidedTest final : public QObject {
    Q_OBJECT

public:
    struct Summary {
        GuidedStep::Verdict verdict = GuidedStep::Verdict::Pending; // Pass, Warning or Fail once finished
        QString headline;                                           // one sentence: how it went
        QString nextAction;                                         // the single most useful thing to do next
        int failedStep = -1;
    };

    explicit GuidedTest(const Catalog &catalog, QObject *parent = nullptr);
    ~GuidedTest() override;

    // The security a port implies when the user leaves it to SMTP Desk: 465 → implicit TLS, 25 → STARTTLS if
    // the server offers it, any other port → STARTTLS.
    static SmtpConfig::Security defaultSecurity(quint16 port);

    bool start(const SmtpConfig &config);
    // Rebuilds every explanation and advice in another language (after a language switch).
    void setLanguage(const QString &language);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<GuidedStep> &steps() const { return m_steps; }
    const SmtpResult &result() const { return m_result; }
    Summary summary() const { return m_summary; }
    // The settings of the last run without the password or token.
    const SmtpConfig &settings() const { return m_settings; }

signals:
    void stepChanged(int index);
    void finished();

private:
    void plan(const SmtpConfig &config);
    void onResolved(const QHostInfo &info);
    void onStepStarted(SmtpStep step, const QString &command);
    void onStepFinished(const SmtpStepRecord &record);
    void onClientFinished(const SmtpResult &result);
    int slotFor(SmtpStep step, bool starting);
    void setStep(int index, GuidedStep::Verdict verdict);
    void conclude();
    void annotate();

    const Catalog &m_catalog;
    SmtpClient *m_client = nullptr;
    SmtpConfig m_config;   // with secrets, only while running
    SmtpConfig m_settings; // without secrets
    QList<GuidedStep> m_steps;
    QList<GuidedStep> m_outcome; // verdicts as the run left them, before advice: re-annotated per language
    SmtpResult m_result;
    QString m_language = QStringLiteral("en");
    Summary m_summary;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    int m_ehloSeen = 0;
    bool m_running = false;
};
