#include "testreport.h"

#include "catalog/entryformatter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TestReport::TestReport(const GuidedTest &test, QString language)
    : m_test(test)
    , m_language(std::move(language)) {}

QString TestReport::securityName(SmtpConfig::Security security) {
    switch (security) {
    case SmtpConfig::Security::None:
        return tr("none (plain text)");
    case SmtpConfig::Security::StartTls:
        return QStringLiteral("STARTTLS");
    case SmtpConfig::Security::ImplicitTls:
        return tr("SSL/TLS");
    case SmtpConfig::Security::StartTlsIfOffered:
        return tr("STARTTLS if offered");
    }
    return {};
}

QString TestReport::verdictMark(GuidedStep::Verdict verdict) {
    switch (verdict) {
    case GuidedStep::Verdict::Pass:
        return QStringLiteral("✓");
    case GuidedStep::Verdict::Warning:
        return QStringLiteral("!");
    case GuidedStep::Verdict::Fail:
        return QStringLiteral("✗");
    case GuidedStep::Verdict::Skipped:
        return QStringLiteral("–");
    case GuidedStep::Verdict::Pending:
    case GuidedStep::Verdict::Running:
        break;
    }
    return QStringLiteral("·");
}

void TestReport::printProgress(int index, QTextStream &out) const {
    const GuidedStep &step = m_test.steps().at(index);
    if (!m_test.isRunning() || step.verdict == GuidedStep::Verdict::Pending)
        return;
    if (step.verdict == GuidedStep::Verdict::Running) {
        out << QStringLiteral("… %1\n").arg(step.title());
        out.flush();
    }
}

QString TestReport::summaryText(bool withTranscript) const {
    const SmtpConfig &settings = m_test.settings();
    QString out;
    out += tr("SMTP Desk connection test — %1")
               .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) +
           QLatin1Char('\n');
    out += tr("Server: %1, port %2, security: %3")
               .arg(settings.host)
               .arg(settings.port)
               .arg(securityName(settings.security)) +
           QLatin1Char('\n');
    if (!settings.user.isEmpty())
        out += tr("User: %1 (password not shown)").arg(settings.user) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    for (const GuidedStep &step : m_test.steps()) {
        QString line = QStringLiteral("%1 %2").arg(verdictMark(step.verdict), step.title());
        if (step.verdict != GuidedStep::Verdict::Skipped)
            line += QStringLiteral("  (%1)").arg(tr("%1 ms").arg(step.durationMs));
        out += line + QStringLiteral(" — %1\n").arg(GuidedStep::verdictLabel(step.verdict));
        if (!step.command.isEmpty())
            out += QStringLiteral("    > %1\n").arg(step.command.section(QLatin1Char('\n'), 0, 0));
        if (step.reply.isValid())
            out += QStringLiteral("    < %1\n").arg(step.reply.rawLines().value(0));
        if (!step.explanation.isEmpty())
            out += EntryFormatter::wrap(step.explanation, 100, 4) + QLatin1Char('\n');
        if (!step.advice.isEmpty())
            out += EntryFormatter::wrap(tr("What to do: %1").arg(step.advice), 100, 4) + QLatin1Char('\n');
        if (!step.catalogCode.isEmpty() && step.verdict == GuidedStep::Verdict::Fail)
            out += QStringLiteral("    ") + tr("More: smtpdesk lookup %1").arg(step.catalogCode) +
                   QLatin1Char('\n');
    }
    const GuidedTest::Summary summary = m_test.summary();
    out += QLatin1Char('\n') + verdictMark(summary.verdict) + QLatin1Char(' ') + summary.headline +
           QLatin1Char('\n');
    if (!summary.nextAction.isEmpty())
        out += EntryFormatter::wrap(tr("Next: %1").arg(summary.nextAction), 100, 2) + QLatin1Char('\n');
    const TlsReport &tls = m_test.result().tls;
    if (!tls.problems.isEmpty() && !tls.peerChain.isEmpty())
        out += EntryFormatter::wrap(
                   tr("Certificate fingerprint (SHA-256): %1").arg(tls.peerChain.first().sha256), 100, 2) +
               QLatin1Char('\n');
    if (withTranscript) {
        out += QLatin1Char('\n') + tr("Transcript (passwords removed):") + QLatin1Char('\n');
        out += m_test.result().transcript.toText() + QLatin1Char('\n');
    }
    return out;
}

QString TestReport::json(bool withTranscript) const {
    const SmtpConfig &settings = m_test.settings();
    QJsonArray steps;
    for (const GuidedStep &step : m_test.steps()) {
        QJsonObject object{{QStringLiteral("step"), GuidedStep::kindName(step.kind)},
                           {QStringLiteral("title"), step.title()},
                           {QStringLiteral("verdict"), GuidedStep::verdictName(step.verdict)},
                           {QStringLiteral("durationMs"), step.durationMs},
                           {QStringLiteral("command"), step.command},
                           {QStringLiteral("explanation"), step.explanation},
                           {QStringLiteral("advice"), step.advice},
                           {QStringLiteral("catalogCode"), step.catalogCode}};
        if (step.reply.isValid())
            object.insert(QStringLiteral("reply"),
                          QJsonObject{{QStringLiteral("code"), step.reply.code},
                                      {QStringLiteral("enhancedCode"), step.reply.enhancedCode},
                                      {QStringLiteral("text"), step.reply.text()}});
        steps.append(object);
    }
    const GuidedTest::Summary summary = m_test.summary();
    const SmtpResult &result = m_test.result();
    QJsonObject root{
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("host"), settings.host},
                     {QStringLiteral("port"), settings.port},
                     {QStringLiteral("security"), securityName(settings.security)},
                     {QStringLiteral("user"), settings.user}}},
        {QStringLiteral("language"), m_language},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("verdict"), GuidedStep::verdictName(summary.verdict)},
                     {QStringLiteral("headline"), summary.headline},
                     {QStringLiteral("nextAction"), summary.nextAction}}},
        {QStringLiteral("error"), SmtpError::codeName(result.error.code)},
        {QStringLiteral("authMechanism"), result.authMechanism},
        {QStringLiteral("elapsedMs"), result.elapsedMs},
    };
    if (result.tls.encrypted)
        root.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("protocol"), result.tls.protocol},
                                                       {QStringLiteral("cipher"), result.tls.cipher}});
    if (withTranscript)
        root.insert(QStringLiteral("transcript"), result.transcript.toText());
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}
