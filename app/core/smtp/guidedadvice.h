#pragma once

#include "guidedstep.h"
#include "guidedtest.h"

#include <QCoreApplication>

class Catalog;

// Turns a finished run into what a person needs: a one-line explanation per step, the catalog code to open,
// warnings for weak findings (no STARTTLS on 587, PLAIN/LOGIN without TLS, a certificate about to expire,
// TLS 1.0/1.1) and advice that uses the context (Gmail or Microsoft 365 hosts, the port, the security mode).
class GuidedAdvice {
    Q_DECLARE_TR_FUNCTIONS(GuidedAdvice)

public:
    GuidedAdvice(const Catalog &catalog, const SmtpConfig &settings, const SmtpResult &result,
                 QString language);

    void annotate(GuidedStep &step) const;
    GuidedTest::Summary summarize(const QList<GuidedStep> &steps, int failedStep) const;

    // Advice from the situation alone (host, port, security, error); empty when nothing specific applies.
    QString contextAdvice() const;
    static bool isGmailHost(const QString &host);
    static bool isMicrosoftHost(const QString &host);

private:
    QString passExplanation(const GuidedStep &step) const;
    QString warningFor(const GuidedStep &step) const;
    QString catalogAdvice(const SmtpReply &reply) const;
    QString catalogCode(const SmtpReply &reply) const;

    const Catalog &m_catalog;
    const SmtpConfig &m_settings;
    const SmtpResult &m_result;
    QString m_language;
};
