#include "reporthtml.h"

#include "catalog/catalog.h"
#include "smtp/testreport.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString pre(const QString &text) {
    return QStringLiteral("<pre style=\"white-space: pre-wrap;\">%1</pre>").arg(text.toHtmlEscaped());
}

} // namespace

ReportHtml::ReportHtml(const Catalog &catalog, QString language)
    : m_catalog(catalog)
    , m_language(std::move(language)) {}

QString ReportHtml::certificateCard(const TlsReport &tls) const {
    if (tls.peerChain.isEmpty())
        return {};
    const CertificateInfo &leaf = tls.peerChain.first();
    const QLocale locale;
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">").arg(tr("Certificate").toHtmlEscaped());
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Issued to"), leaf.subjectFull);
    row(tr("Issued by"), leaf.issuerFull);
    row(tr("Valid"), tr("from %1 to %2")
                         .arg(locale.toString(leaf.notBefore.date(), QLocale::ShortFormat),
                              locale.toString(leaf.notAfter.date(), QLocale::ShortFormat)));
    row(tr("Names"), leaf.subjectAltNames.join(QStringLiteral(", ")));
    row(tr("SHA-256 fingerprint"), leaf.sha256);
    if (tls.encrypted)
        row(tr("Encryption"), QStringLiteral("%1, %2").arg(tls.protocol, tls.cipher));
    html += QStringLiteral("</table>");
    if (!tls.problems.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Problems found:").toHtmlEscaped());
        for (const TlsProblem &problem : tls.problems)
            html += QStringLiteral("<li>%1</li>").arg(TlsReport::describe(problem).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString ReportHtml::step(const GuidedTest &test, int index) const {
    if (index < 0 || index >= test.steps().size())
        return {};
    const GuidedStep &step = test.steps().at(index);
    QString html =
        QStringLiteral("<h2>%1</h2><p><b>%2</b>")
            .arg(step.title().toHtmlEscaped(), GuidedStep::verdictLabel(step.verdict).toHtmlEscaped());
    if (step.verdict != GuidedStep::Verdict::Pending && step.verdict != GuidedStep::Verdict::Skipped)
        html += QStringLiteral(" · %1").arg(tr("%1 ms").arg(step.durationMs).toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!step.explanation.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(step.explanation.toHtmlEscaped());
    if (!step.advice.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), step.advice.toHtmlEscaped());
    if (!step.command.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(tr("Sent").toHtmlEscaped(), pre(step.command));
    if (step.reply.isValid())
        html += QStringLiteral("<h3>%1</h3>%2")
                    .arg(tr("Server reply").toHtmlEscaped(), pre(step.reply.toString()));
    if (!step.catalogCode.isEmpty()) {
        const Catalog::Lookup lookup = m_catalog.lookup(step.catalogCode);
        const ReplyCode *entry = lookup.entry ? lookup.entry : lookup.subjectEntry;
        if (entry)
            html += QStringLiteral("<p><a href=\"code:%1\">%2</a><br>%3</p>")
                        .arg(step.catalogCode.toHtmlEscaped(),
                             tr("Open %1 (%2) in the Codes view")
                                 .arg(step.catalogCode, entry->text(m_language).title)
                                 .toHtmlEscaped(),
                             entry->text(m_language).summary.toHtmlEscaped());
    }
    if (step.kind == GuidedStep::Kind::TlsHandshake)
        html += certificateCard(test.result().tls);
    return html;
}

QString ReportHtml::document(const GuidedTest &test) const {
    const SmtpConfig &settings = test.settings();
    const GuidedTest::Summary summary = test.summary();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "</head><body>")
            .arg(m_language, tr("SMTP Desk connection test").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("SMTP Desk connection test").toHtmlEscaped(),
                     QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat).toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Server: %1, port %2, security: %3")
                         .arg(settings.host)
                         .arg(settings.port)
                         .arg(TestReport::securityName(settings.security))
                         .toHtmlEscaped(),
                     settings.user.isEmpty()
                         ? QString()
                         : tr("User: %1 (password not shown)").arg(settings.user).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b> %3</p>")
                .arg(tr("Result").toHtmlEscaped(), summary.headline.toHtmlEscaped(),
                     summary.nextAction.toHtmlEscaped());
    html +=
        QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th>"
            "<th>%4</th></tr>")
            .arg(tr("Step").toHtmlEscaped(), tr("Verdict").toHtmlEscaped(), tr("Reply").toHtmlEscaped(),
                 tr("Explanation and advice").toHtmlEscaped());
    for (const GuidedStep &step : test.steps()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4<br><i>%5</i></td></tr>")
                    .arg(step.title().toHtmlEscaped(), GuidedStep::verdictLabel(step.verdict).toHtmlEscaped(),
                         step.reply.isValid() ? step.reply.rawLines().value(0).toHtmlEscaped() : QString(),
                         step.explanation.toHtmlEscaped(), step.advice.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += certificateCard(test.result().tls);
    html += QStringLiteral("<h2>%1</h2>%2")
                .arg(tr("Transcript (passwords removed)").toHtmlEscaped(),
                     pre(test.result().transcript.toText()));
    return html + QStringLiteral("</body></html>\n");
}
