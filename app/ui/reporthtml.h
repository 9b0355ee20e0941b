#pragma once

#include "smtp/guidedtest.h"

#include <QCoreApplication>

class Catalog;

// HTML for the Test connection view: the selected step (command, reply, explanation, advice, a link to the
// code's catalog entry, the certificate card for TLS) and the whole report for HTML and PDF export. Settings
// appear without the password; the transcript is the engine's redacted one.
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    ReportHtml(const Catalog &catalog, QString language);

    QString step(const GuidedTest &test, int index) const;
    QString certificateCard(const TlsReport &tls) const;
    QString document(const GuidedTest &test) const;

private:
    const Catalog &m_catalog;
    QString m_language;
};
