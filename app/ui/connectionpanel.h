#pragma once

#include <QWidget>

class Catalog;
class ServerDiscovery;
class ConnectionForm;
class DemoServer;
class GuidedTest;
class LanguageManager;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTextBrowser;
class QToolButton;
class StepListModel;
class TimelineBar;

// The Test connection view: the settings form (the demo server by default), the guided test's steps filling
// in live with a timeline, the selected step's details with a link to its code, the redacted transcript, a
// summary with the next action, Cancel, and exports (HTML, PDF, text) without the password.
class ConnectionPanel final : public QWidget {
    Q_OBJECT

public:
    enum class ExportFormat { Html, Pdf, Text };

    ConnectionPanel(const Catalog &catalog, LanguageManager &languages, QSettings &settings,
                    QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    ConnectionForm *form() const { return m_form; }
    GuidedTest &test() const { return *m_test; }
    QListView *stepList() const { return m_steps; }
    QTextBrowser *detail() const { return m_detail; }
    QPlainTextEdit *transcript() const { return m_transcript; }
    QLabel *summary() const { return m_summary; }
    DemoServer *demoServer() const { return m_demo; }
    // Finds the server for an email address (presets, DNS SRV/MX, then a probe grid) and fills the form
    // with the recommended one. The discovery object may be replaced (tests use a fake resolver).
    void discover(const QString &emailAddress);
    void setDiscovery(ServerDiscovery *discovery);
    ServerDiscovery *discovery();

    // Starts a run with the form's settings; false (with the problems shown) when they are not valid.
    bool run();
    void cancel();
    bool exportReport(const QString &path, ExportFormat format) const;
    // Asks before the next run ends with an untrusted certificate (tests switch it off).
    void setAskAboutCertificates(bool ask) { m_askAboutCertificates = ask; }

signals:
    void codeLinkActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished();
    void showDiscovery();
    void onStepChanged(int index);
    void showStep(int index);
    void updateRunning(bool running);
    void chooseExport();
    void retranslate();

    const Catalog &m_catalog;
    LanguageManager &m_languages;
    QSettings &m_settings;
    GuidedTest *m_test = nullptr;
    DemoServer *m_demo = nullptr;
    ServerDiscovery *m_discovery = nullptr;
    QString m_trustOnce; // a fingerprint the user trusted for the next run only
    bool m_askAboutCertificates = true;

    ConnectionForm *m_form = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_copyTranscript = nullptr;
    QProgressBar *m_progress = nullptr;
    TimelineBar *m_timeline = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_steps = nullptr;
    StepListModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_transcriptLabel = nullptr;
};
