#include "connectionpanel.h"

#include "catalog/catalog.h"
#include "certificatedialog.h"
#include "connectionform.h"
#include "i18n/languagemanager.h"
#include "reporthtml.h"
#include "smtp/demoserver.h"
#include "smtp/guidedtest.h"
#include "smtp/providerpresets.h"
#include "smtp/serverdiscovery.h"
#include "smtp/testreport.h"
#include "stepdelegate.h"
#include "steplistmodel.h"
#include "timelinebar.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionPanel::ConnectionPanel(const Catalog &catalog, LanguageManager &languages, QSettings &settings,
                                 QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_languages(languages)
    , m_settings(settings) {
    setObjectName(QStringLiteral("connectionPanel"));
    m_test = new GuidedTest(catalog, this);
    m_test->setLanguage(languages.current());

    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // Left: the form, scrollable so long Vietnamese labels never squeeze it.
    auto *formScroll = new QScrollArea(splitter);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *formPage = new QWidget(formScroll);
    auto *formLayout = new QVBoxLayout(formPage);
    m_form = new ConnectionForm(languages, formPage);
    m_form->load(settings);
    m_runButton = new QPushButton(formPage);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(formPage);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton, 1);
    buttons->addWidget(m_cancelButton);
    formLayout->addWidget(m_form, 1);
    formLayout->addLayout(buttons);
    formScroll->setWidget(formPage);
    formScroll->setMinimumWidth(340);
    formScroll->setHorizontalScrollBarPolicy(
        Qt::ScrollBarAlwaysOff); // the form wraps; it never scrolls sideways

    // Right: progress, summary, steps and details, transcript.
    auto *runPage = new QWidget(splitter);
    auto *runLayout = new QVBoxLayout(runPage);
    m_progress = new QProgressBar(runPage);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setRange(0, 1);
    m_timeline = new TimelineBar(*m_test, runPage);
    m_summary = new QLabel(runPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *results = new QSplitter(Qt::Vertical, runPage);
    auto *top = new QSplitter(Qt::Horizontal, results);
    m_model = new StepListModel(*m_test, this);
    m_steps = new QListView(top);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
    m_steps->setMinimumWidth(240);
    m_detail = new QTextBrowser(top);
    m_detail->setObjectName(QStringLiteral("stepDetail"));
    m_detail->setOpenLinks(false);
    auto *transcriptPage = new QWidget(results);
    auto *transcriptLayout = new QVBoxLayout(transcriptPage);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    auto *transcriptBar = new QHBoxLayout;
    m_transcriptLabel = new QLabel(transcriptPage);
    m_copyTranscript = new QToolButton(transcriptPage);
    m_exportButton = new QToolButton(transcriptPage);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setEnabled(false);
    transcriptBar->addWidget(m_transcriptLabel, 1);
    transcriptBar->addWidget(m_copyTranscript);
    transcriptBar->addWidget(m_exportButton);
    m_transcript = new QPlainTextEdit(transcriptPage);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMaximumBlockCount(5000); // bounded even for a chatty server
    transcriptLayout->addLayout(transcriptBar);
    transcriptLayout->addWidget(m_transcript);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_timeline);
    runLayout->addWidget(m_summary);
    runLayout->addWidget(results, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});

    connect(m_runButton, &QPushButton::clicked, this, &ConnectionPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionPanel::cancel);
    connect(m_form, &ConnectionForm::runRequested, this, &ConnectionPanel::run);
    connect(m_form, &ConnectionForm::discoverRequested, this, &ConnectionPanel::discover);
    connect(m_test, &GuidedTest::stepChanged, this, &ConnectionPanel::onStepChanged);
    connect(m_test, &GuidedTest::finished, this, &ConnectionPanel::onFinished);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { showStep(index.row()); });
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("code"))
            emit codeLinkActivated(url.path());
    });
    connect(m_copyTranscript, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_transcript->toPlainText()); });
    connect(m_exportButton, &QToolButton::clicked, this, &ConnectionPanel::chooseExport);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        m_test->setLanguage(language);
        m_model->refresh();
        showStep(m_steps->currentIndex().row());
        if (!m_test->isRunning() && !m_test->steps().isEmpty())
            onFinished();
    });
    retranslate();
}

ConnectionPanel::~ConnectionPanel() {
    m_test->disconnect(this);
    if (m_test->isRunning())
        m_test->cancel();
}

ServerDiscovery *ConnectionPanel::discovery() {
    if (!m_discovery)
        setDiscovery(new ServerDiscovery(nullptr, this));
    return m_discovery;
}

void ConnectionPanel::setDiscovery(ServerDiscovery *discovery) {
    delete m_discovery;
    m_discovery = discovery;
    discovery->setParent(this);
    connect(discovery, &ServerDiscovery::probeChanged, this, &ConnectionPanel::showDiscovery);
    connect(discovery, &ServerDiscovery::candidatesFound, this, &ConnectionPanel::showDiscovery);
    connect(discovery, &ServerDiscovery::finished, this, [this] {
        showDiscovery();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        const int best = m_discovery->recommended();
        if (best >= 0) {
            const ServerDiscovery::Candidate candidate = m_discovery->probes().at(best).candidate;
            m_form->fillFrom(candidate.host, candidate.port, candidate.security);
        }
        m_summary->setText(m_discovery->recommendation().toHtmlEscaped());
    });
}

void ConnectionPanel::discover(const QString &emailAddress) {
    if (m_test->isRunning() || discovery()->isRunning())
        return;
    if (!discovery()->start(emailAddress)) {
        m_summary->setText(discovery()->error().toHtmlEscaped());
        return;
    }
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Looking for the mail server of %1…").arg(emailAddress).toHtmlEscaped());
}

void ConnectionPanel::showDiscovery() {
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Server discovery").toHtmlEscaped());
    if (const ProviderPreset *preset = m_discovery->preset())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(preset->name.toHtmlEscaped(), preset->note(m_languages.current()).toHtmlEscaped());
    html +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th></tr>")
            .arg(tr("Server").toHtmlEscaped(), tr("Port").toHtmlEscaped(), tr("Security").toHtmlEscaped(),
                 tr("Result").toHtmlEscaped());
    const QList<ServerDiscovery::Probe> probes = m_discovery->probes();
    for (int i = 0; i < probes.size(); ++i) {
        const ServerDiscovery::Probe &probe = probes.at(i);
        const bool best = i == m_discovery->recommended();
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(best ? QStringLiteral("★ ") : QString(), probe.candidate.host.toHtmlEscaped())
                    .arg(probe.candidate.port)
                    .arg(TestReport::securityName(probe.candidate.security).toHtmlEscaped(),
                         probe.explanation.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (!m_discovery->isRunning())
        html += QStringLiteral("<p>%1</p>").arg(m_discovery->recommendation().toHtmlEscaped());
    m_detail->setHtml(html);
}

bool ConnectionPanel::run() {
    if (m_test->isRunning() || (m_discovery && m_discovery->isRunning()))
        return false;
    if (!m_form->validate().isEmpty())
        return false;
    m_form->save(m_settings);
    SmtpConfig config;
    if (m_form->usesDemo()) {
        const std::optional<DemoScenario> scenario = [this]() -> std::optional<DemoScenario> {
            for (const DemoScenario &s : DemoScenario::all()) {
                if (s.id() == m_form->scenario())
                    return s;
            }
            return std::nullopt;
        }();
        if (!m_demo) {
            m_demo = new DemoServer(this);
            if (!m_demo->start()) {
                m_summary->setText(
                    tr("The demo server could not start: %1").arg(m_demo->errorString()).toHtmlEscaped());
                delete m_demo;
                m_demo = nullptr;
                return false;
            }
        }
        if (scenario)
            m_demo->setScenario(*scenario);
        config = m_demo->suggestedConfig();
    } else {
        config = m_form->config();
        config.trustedFingerprintSha256 = m_trustOnce;
    }
    m_trustOnce.clear();
    m_transcript->clear();
    m_detail->clear();
    m_summary->setText(tr("Testing %1 on port %2…").arg(config.host).arg(config.port).toHtmlEscaped());
    updateRunning(true);
    m_test->start(config);
    config = SmtpConfig(); // no copy of the password stays here
    m_model->refresh();
    return true;
}

void ConnectionPanel::cancel() {
    m_test->cancel();
}

void ConnectionPanel::updateRunning(bool running) {
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_form->setEnabled(!running);
    m_exportButton->setEnabled(!running && !m_test->steps().isEmpty());
    m_progress->setRange(0, running ? 0 : 1); // busy indicator while running
    m_progress->setValue(running ? 0 : 1);
}

void ConnectionPanel::onStepChanged(int index) {
    // Follow the step that is running, so the detail pane tells what the test is waiting for.
    if (index >= 0 && index < m_test->steps().size() &&
        m_test->steps().at(index).verdict == GuidedStep::Verdict::Running)
        m_steps->setCurrentIndex(m_model->index(index));
    else if (index == m_steps->currentIndex().row())
        showStep(index);
}

void ConnectionPanel::showStep(int index) {
    m_detail->setHtml(ReportHtml(m_catalog, m_languages.current()).step(*m_test, index));
}

void ConnectionPanel::onFinished() {
    updateRunning(false);
    const GuidedTest::Summary summary = m_test->summary();
    const QString colour = summary.verdict == GuidedStep::Verdict::Pass      ? QStringLiteral("#2e7d32")
                           : summary.verdict == GuidedStep::Verdict::Warning ? QStringLiteral("#b26a00")
                                                                             : QStringLiteral("#c62828");
    m_summary->setText(
        QStringLiteral("<p style=\"color:%1\"><b>%2</b></p><p>%3</p>")
            .arg(colour, summary.headline.toHtmlEscaped(), summary.nextAction.toHtmlEscaped()));
    m_transcript->setPlainText(m_test->result().transcript.toText());
    const int focus = summary.failedStep >= 0 ? summary.failedStep : 0;
    m_steps->setCurrentIndex(m_model->index(focus));
    showStep(focus);

    const SmtpResult &result = m_test->result();
    if (result.error.code == SmtpError::CertificateUntrusted && m_askAboutCertificates &&
        !m_form->usesDemo() && !result.tls.peerChain.isEmpty()) {
        CertificateDialog dialog(ReportHtml(m_catalog, m_languages.current()).certificateCard(result.tls),
                                 m_test->settings().host, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_trustOnce = result.tls.peerChain.first().sha256;
            run();
        }
    }
}

bool ConnectionPanel::exportReport(const QString &path, ExportFormat format) const {
    if (m_test->steps().isEmpty())
        return false;
    const ReportHtml html(m_catalog, m_languages.current());
    if (format == ExportFormat::Pdf) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("SMTP Desk connection test"));
        QTextDocument document;
        document.setHtml(html.document(*m_test));
        document.print(&writer);
        return QFile::exists(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    const QString content = format == ExportFormat::Html
                                ? html.document(*m_test)
                                : TestReport(*m_test, m_languages.current()).summaryText(true);
    return file.write(content.toUtf8()) >= 0;
}

void ConnectionPanel::chooseExport() {
    QMenu menu(this);
    QAction *htmlAction = menu.addAction(tr("As HTML…"));
    QAction *pdfAction = menu.addAction(tr("As PDF…"));
    QAction *textAction = menu.addAction(tr("As plain text…"));
    QAction *chosen = menu.exec(m_exportButton->mapToGlobal(QPoint(0, m_exportButton->height())));
    if (!chosen)
        return;
    const ExportFormat format = chosen == htmlAction  ? ExportFormat::Html
                                : chosen == pdfAction ? ExportFormat::Pdf
                                                      : ExportFormat::Text;
    const QString suffix = format == ExportFormat::Html  ? QStringLiteral("html")
                           : format == ExportFormat::Pdf ? QStringLiteral("pdf")
                                                         : QStringLiteral("txt");
    Q_UNUSED(textAction)
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the test report"),
                                                      QStringLiteral("smtp-test.%1").arg(suffix));
    if (!path.isEmpty() && !exportReport(path, format))
        QMessageBox::warning(
            this, tr("Could not export"),
            tr("The report could not be written to %1. Choose another folder or file name.").arg(path));
}

void ConnectionPanel::retranslate() {
    m_runButton->setText(tr("&Run test"));
    m_cancelButton->setText(tr("Cancel"));
    m_copyTranscript->setText(tr("Copy"));
    m_copyTranscript->setToolTip(tr("Copy the transcript (passwords are already removed)"));
    m_exportButton->setText(tr("Export report…"));
    m_transcriptLabel->setText(tr("Transcript (passwords removed)"));
    m_steps->setAccessibleName(tr("Test steps"));
    if (m_test->steps().isEmpty())
        m_summary->setText(
            tr("Choose the demo server or enter your server, then press Run test. Each step is "
               "explained as it happens.")
                .toHtmlEscaped());
}

void ConnectionPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
