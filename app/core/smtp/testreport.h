#pragma once

#include "guidedtest.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

// A guided test written out for people and scripts: plain text (terminal, "Copy", text export) and JSON.
// Settings are listed without the password; the transcript is the engine's redacted one.
class TestReport {
    Q_DECLARE_TR_FUNCTIONS(TestReport)

public:
    TestReport(const GuidedTest &test, QString language);

    QString summaryText(bool withTranscript) const;
    QString json(bool withTranscript) const;
    // One line for a step that just got its verdict, for live progress on a terminal.
    void printProgress(int index, QTextStream &out) const;
    static QString securityName(SmtpConfig::Security security);
    static QString verdictMark(GuidedStep::Verdict verdict);

private:
    const GuidedTest &m_test;
    QString m_language;
};
