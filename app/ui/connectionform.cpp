#include "connectionform.h"

#include "i18n/languagemanager.h"
#include "smtp/guidedtest.h"
#include "smtp/providerpresets.h"
#include "text/textsafety.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString keyPrefix = QStringLiteral("connection/");
enum class Security { Automatic, StartTls, Tls, None };
enum class Auth { Automatic, Plain, Login, CramMd5, XOAuth2, None };
} // namespace

ConnectionForm::ConnectionForm(const LanguageManager &languages, QWidget *parent)
    : QWidget(parent)
    , m_languages(languages) {
    setObjectName(QStringLiteral("connectionForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_demo = new QRadioButton(this);
    m_demo->setObjectName(QStringLiteral("useDemo"));
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    for (const DemoScenario &scenario : DemoScenario::all())
        m_scenario->addItem(QString(), int(scenario.id()));
    m_scenarioText = new QLabel(this);
    m_scenarioText->setWordWrap(true);
    m_real = new QRadioButton(this);
    m_real->setObjectName(QStringLiteral("useRealServer"));
    m_demo->setChecked(true);
    for (QComboBox *combo : {m_scenario})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layout->addWidget(m_demo);
    layout->addWidget(m_scenario);
    layout->addWidget(m_scenarioText);
    layout->addWidget(m_real);

    m_serverBox = new QGroupBox(this);
    m_serverLayout = new QFormLayout(m_serverBox);
    m_serverLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *emailRow = new QHBoxLayout;
    m_email = new QLineEdit(m_serverBox);
    m_email->setObjectName(QStringLiteral("email"));
    m_discover = new QToolButton(m_serverBox);
    m_discover->setObjectName(QStringLiteral("discover"));
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_discover);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QLineEdit(QStringLiteral("587"), m_serverBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setMaxLength(5);
    m_security = new QComboBox(m_serverBox);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItems({QString(), QString(), QString(), QString()});
    m_auth = new QComboBox(m_serverBox);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItems({QString(), QString(), QString(), QString(), QString(), QString()});
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *reveal = m_password->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                         QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("showPassword"));
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    // Labels are set in retranslate(), like every other text.
    const auto serverRow = [this](QWidget *field) {
        auto *label = new QLabel(m_serverBox);
        label->setBuddy(field);
        m_labels << label;
        return label;
    };
    m_serverLayout->addRow(serverRow(m_email), emailRow);
    m_presetNote = new QLabel(m_serverBox);
    m_presetNote->setObjectName(QStringLiteral("presetNote"));
    m_presetNote->setWordWrap(true);
    m_presetNote->hide();
    m_serverLayout->addRow(m_presetNote);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_security, m_auth, m_user, m_password})
        m_serverLayout->addRow(serverRow(field), field);
    layout->addWidget(m_serverBox);

    // A check box unfolds the box: a checkable group box kept an empty frame under its title when folded.
    m_advancedToggle = new QCheckBox(this);
    m_advancedToggle->setObjectName(QStringLiteral("advanced"));
    layout->addWidget(m_advancedToggle);
    m_advanced = new QGroupBox(this);
    m_advanced->setVisible(false);
    auto *advancedBody = new QWidget(m_advanced);
    m_advancedLayout = new QFormLayout(advancedBody);
    m_advancedLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *advancedOuter = new QVBoxLayout(m_advanced);
    advancedOuter->addWidget(advancedBody);
    connect(m_advancedToggle, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);
    m_ehloName = new QLineEdit(advancedBody);
    m_timeout = new QSpinBox(advancedBody);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(20);
    m_from = new QLineEdit(advancedBody);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit(advancedBody);
    m_to->setObjectName(QStringLiteral("to"));
    m_stopAfter = new QComboBox(advancedBody);
    m_stopAfter->addItems({QString(), QString(), QString(), QString(), QString(), QString()});
    for (QComboBox *combo : {m_security, m_auth, m_stopAfter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_sendMessage = new QCheckBox(advancedBody);
    m_allowPlaintext = new QCheckBox(advancedBody);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_ehloName, m_timeout, m_from, m_to, m_stopAfter}) {
        auto *label = new QLabel(advancedBody);
        label->setBuddy(field);
        m_labels << label;
        m_advancedLayout->addRow(label, field);
    }
    m_advancedLayout->addRow(m_sendMessage);
    m_advancedLayout->addRow(m_allowPlaintext);
    layout->addWidget(m_advanced);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // it quotes what was typed: never interpret it as HTML
    m_problems->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addStretch(1);

    connect(m_demo, &QRadioButton::toggled, this, &ConnectionForm::updateEnabled);
    connect(m_scenario, qOverload<int>(&QComboBox::currentIndexChanged), this, &ConnectionForm::retranslate);
    connect(m_email, &QLineEdit::textEdited, this, &ConnectionForm::emailEdited);
    connect(m_discover, &QToolButton::clicked, this,
            [this] { emit discoverRequested(m_email->text().trimmed()); });
    for (QLineEdit *edit : {m_email, m_host, m_port, m_user, m_password, m_from, m_to})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionForm::runRequested);
    retranslate();
    updateEnabled();
}

bool ConnectionForm::usesDemo() const {
    return m_demo->isChecked();
}

void ConnectionForm::setUsesDemo(bool demo) {
    (demo ? m_demo : m_real)->setChecked(true);
}

DemoScenario::Id ConnectionForm::scenario() const {
    return DemoScenario::Id(m_scenario->currentData().toInt());
}

void ConnectionForm::setScenario(DemoScenario::Id id) {
    m_scenario->setCurrentIndex(m_scenario->findData(int(id)));
}

void ConnectionForm::updateEnabled() {
    const bool demo = usesDemo();
    m_scenario->setEnabled(demo);
    m_scenarioText->setEnabled(demo);
    m_serverBox->setEnabled(!demo);
}

bool ConnectionForm::isAddress(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>.]+(\\.[^@\\s<>.]+)+$"));
    // Checked first: the pattern must never see lone surrogates, and invisible characters make an address
    // that looks right but is not.
    return text.size() <= 254 && TextSafety::isClean(text) && re.match(text).hasMatch();
}

void ConnectionForm::emailEdited() {
    // The address fills in what it can: a known provider's server, the user name and the sender.
    const QString address = m_email->text().trimmed();
    m_presetId.clear();
    m_presetNote->hide();
    if (!isAddress(address))
        return;
    if (const ProviderPreset *preset = ProviderPresets::builtIn().forAddress(address)) {
        m_presetId = preset->id;
        fillFrom(preset->host, preset->port, preset->security);
        showPresetNote();
    }
    if (m_user->text().isEmpty() || isAddress(m_user->text()))
        m_user->setText(address);
    if (m_from->text().isEmpty() || isAddress(m_from->text()))
        m_from->setText(address);
}

void ConnectionForm::showPresetNote() {
    const ProviderPreset *preset = ProviderPresets::builtIn().byId(m_presetId);
    if (!preset)
        return;
    //: %1 provider name, %2 its note (for example "needs an app password")
    m_presetNote->setText(tr("%1: %2").arg(preset->name, preset->note(m_languages.current())));
    m_presetNote->show();
}

void ConnectionForm::fillFrom(const QString &host, quint16 port, SmtpConfig::Security security) {
    setUsesDemo(false);
    m_host->setText(host);
    m_port->setText(QString::number(port));
    m_security->setCurrentIndex(int(security == SmtpConfig::Security::ImplicitTls ? Security::Tls
                                    : security == SmtpConfig::Security::None      ? Security::None
                                                                                  : Security::StartTls));
}

SmtpConfig ConnectionForm::config() const {
    SmtpConfig config;
    config.host = m_host->text().trimmed();
    config.port = portNumber(m_port->text());
    switch (Security(m_security->currentIndex())) {
    case Security::Automatic:
        config.security = GuidedTest::defaultSecurity(config.port);
        break;
    case Security::StartTls:
        config.security = SmtpConfig::Security::StartTls;
        break;
    case Security::Tls:
        config.security = SmtpConfig::Security::ImplicitTls;
        break;
    case Security::None:
        config.security = SmtpConfig::Security::None;
        break;
    }
    static const SmtpConfig::AuthMechanism mechanisms[] = {
        SmtpConfig::AuthMechanism::Auto,    SmtpConfig::AuthMechanism::Plain,
        SmtpConfig::AuthMechanism::Login,   SmtpConfig::AuthMechanism::CramMd5,
        SmtpConfig::AuthMechanism::XOAuth2, SmtpConfig::AuthMechanism::None};
    config.authMechanism = mechanisms[m_auth->currentIndex()];
    config.user = m_user->text().trimmed();
    if (config.authMechanism == SmtpConfig::AuthMechanism::XOAuth2)
        config.token = m_password->text();
    else
        config.password = m_password->text();
    config.ehloName = m_ehloName->text().trimmed();
    config.stepTimeoutMs = m_timeout->value() * 1000;
    config.runTimeoutMs = qMax(config.runTimeoutMs, config.stepTimeoutMs * 6);
    config.mailFrom = m_from->text().trimmed();
    for (const QString &to :
         m_to->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        config.rcptTo << to;
    static const SmtpConfig::StopAfter stops[] = {
        SmtpConfig::StopAfter::Nothing, SmtpConfig::StopAfter::Connect, SmtpConfig::StopAfter::Tls,
        SmtpConfig::StopAfter::Auth,    SmtpConfig::StopAfter::Mail,    SmtpConfig::StopAfter::Rcpt};
    config.stopAfter = stops[m_stopAfter->currentIndex()];
    config.sendTestMessage = m_sendMessage->isChecked();
    config.allowPlaintextAuth = m_allowPlaintext->isChecked();
    return config;
}

QStringList ConnectionForm::validate() {
    QStringList problems;
    if (!usesDemo()) {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty())
            problems << tr("Enter the outgoing mail server, for example smtp.example.com.");
        else if (!isHostName(host))
            problems << tr("The server name “%1” contains characters a server name cannot have (spaces, @, "
                           "slashes…).")
                            .arg(TextSafety::shown(host));
        if (portNumber(m_port->text()) == 0)
            problems << tr(
                "The port must be a number from 1 to 65535; mail servers usually use 587, 465 or 25.");
        const QString email = m_email->text().trimmed();
        if (!email.isEmpty() && !isAddress(email))
            problems << tr("“%1” is not a complete email address: it needs a name, an @ and a domain such as "
                           "example.com.")
                            .arg(TextSafety::shown(email, 80));
        const QString from = m_from->text().trimmed();
        if (!from.isEmpty() && !isAddress(from))
            problems
                << tr("The sender “%1” is not a valid address; a server would refuse it (often with 553).")
                       .arg(TextSafety::shown(from, 80));
        for (const QString &to : config().rcptTo) {
            if (!isAddress(to))
                problems
                    << tr("The recipient “%1” is not a valid address; a server would refuse it (often with "
                          "553 or 501).")
                           .arg(TextSafety::shown(to, 80));
        }
        if (!config().rcptTo.isEmpty() && from.isEmpty())
            problems << tr("A recipient needs a sender too: fill in MAIL FROM.");
        if (m_sendMessage->isChecked() && config().rcptTo.isEmpty())
            problems << tr("To send a test message, enter at least one recipient.");
        const QString ehloName = m_ehloName->text().trimmed();
        if (!ehloName.isEmpty() && !isHostName(ehloName))
            problems << tr("The EHLO name “%1” must be a host name such as client.example.com or an address "
                           "literal such as [192.0.2.1].")
                            .arg(TextSafety::shown(ehloName));
        if (!TextSafety::isClean(m_user->text()))
            problems << tr(
                "The user name contains invisible or control characters, perhaps copied along with "
                "it. Type it again.");
        if (!TextSafety::isClean(m_password->text()))
            problems << tr("The password contains invisible or control characters, which no keyboard types; "
                           "it was probably pasted with something extra. Type it again.");
        if (!m_user->text().trimmed().isEmpty() && m_password->text().isEmpty() &&
            config().authMechanism != SmtpConfig::AuthMechanism::None)
            problems << tr(
                "Enter the password (or choose “None” as the sign-in method to test without signing in).");
    }
    // What the form cannot see, the engine's own check reports before anything connects.
    if (problems.isEmpty() && !usesDemo()) {
        const QString problem = config().validate();
        if (!problem.isEmpty())
            problems << problem;
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    return problems;
}

quint16 ConnectionForm::portNumber(const QString &text) {
    // Digits only: toUInt() alone would read "535<NUL>x" as 535.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    const QString trimmed = text.trimmed();
    if (!TextSafety::isClean(trimmed) || !digits.match(trimmed).hasMatch())
        return 0;
    const uint port = trimmed.toUInt();
    return port <= 65535 ? quint16(port) : 0;
}

bool ConnectionForm::isHostName(const QString &text) {
    // Letters, digits, dots and hyphens, or an address literal; ASCII only, so nothing invisible slips in.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    return text.size() <= 253 && TextSafety::isClean(text) && pattern.match(text).hasMatch();
}

void ConnectionForm::load(const QSettings &settings) {
    setUsesDemo(settings.value(keyPrefix + QStringLiteral("demo"), true).toBool());
    const std::optional<DemoScenario> scenario =
        DemoScenario::fromName(settings.value(keyPrefix + QStringLiteral("scenario")).toString());
    if (scenario)
        setScenario(scenario->id());
    m_email->setText(settings.value(keyPrefix + QStringLiteral("email")).toString());
    m_host->setText(settings.value(keyPrefix + QStringLiteral("host")).toString());
    m_port->setText(settings.value(keyPrefix + QStringLiteral("port"), QStringLiteral("587")).toString());
    m_security->setCurrentIndex(qBound(0, settings.value(keyPrefix + QStringLiteral("security")).toInt(), 3));
    m_auth->setCurrentIndex(qBound(0, settings.value(keyPrefix + QStringLiteral("auth")).toInt(), 5));
    m_user->setText(settings.value(keyPrefix + QStringLiteral("user")).toString());
    m_from->setText(settings.value(keyPrefix + QStringLiteral("from")).toString());
    m_to->setText(settings.value(keyPrefix + QStringLiteral("to")).toString());
}

void ConnectionForm::save(QSettings &settings) const {
    // Everything but the password and the token.
    settings.setValue(keyPrefix + QStringLiteral("demo"), usesDemo());
    for (const DemoScenario &scenario : DemoScenario::all()) {
        if (scenario.id() == this->scenario())
            settings.setValue(keyPrefix + QStringLiteral("scenario"), scenario.name());
    }
    settings.setValue(keyPrefix + QStringLiteral("email"), m_email->text().trimmed());
    settings.setValue(keyPrefix + QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(keyPrefix + QStringLiteral("port"), m_port->text().trimmed());
    settings.setValue(keyPrefix + QStringLiteral("security"), m_security->currentIndex());
    settings.setValue(keyPrefix + QStringLiteral("auth"), m_auth->currentIndex());
    settings.setValue(keyPrefix + QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(keyPrefix + QStringLiteral("from"), m_from->text().trimmed());
    settings.setValue(keyPrefix + QStringLiteral("to"), m_to->text().trimmed());
}

void ConnectionForm::retranslate() {
    m_demo->setText(tr("&Demo server"));
    m_demo->setToolTip(tr("A training server on this computer: no mail server needed"));
    m_real->setText(tr("&My mail server"));
    const QList<DemoScenario> scenarios = DemoScenario::all();
    for (int i = 0; i < m_scenario->count() && i < scenarios.size(); ++i)
        m_scenario->setItemText(i, scenarios.at(i).title());
    const int current = m_scenario->currentIndex();
    m_scenarioText->setText(current >= 0 && current < scenarios.size() ? scenarios.at(current).description()
                                                                       : QString());
    m_serverBox->setTitle(tr("Server"));
    const QStringList labels{tr("&Email address:"), tr("Outgoing &server:"), tr("P&ort:"),
                             tr("Se&curity:"),      tr("Sign-in &method:"),  tr("&User name:"),
                             tr("&Password:"),      tr("EHLO name:"),        tr("Time limit per step (s):"),
                             tr("MAIL FROM:"),      tr("RCPT TO:"),          tr("Stop after:")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_email->setPlaceholderText(tr("ana@example.com (optional: fills in the rest)"));
    m_discover->setText(tr("Discover"));
    showPresetNote();
    m_discover->setToolTip(tr("Find the server and port for this address (DNS and known providers)"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_security->setItemText(0, tr("Automatic (from the port)"));
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("SSL/TLS"));
    m_security->setItemText(3, tr("None (unencrypted)"));
    m_auth->setItemText(0, tr("Automatic"));
    m_auth->setItemText(1, tr("PLAIN"));
    m_auth->setItemText(2, tr("LOGIN"));
    m_auth->setItemText(3, tr("CRAM-MD5"));
    m_auth->setItemText(4, tr("OAuth2 token"));
    m_auth->setItemText(5, tr("None (do not sign in)"));
    m_user->setPlaceholderText(tr("usually your full email address"));
    m_password->setPlaceholderText(tr("never saved"));
    m_advancedToggle->setText(tr("Advanced"));
    m_ehloName->setPlaceholderText(tr("automatic"));
    m_to->setPlaceholderText(tr("one or more addresses, separated by commas"));
    m_stopAfter->setItemText(0, tr("Run every step"));
    m_stopAfter->setItemText(1, tr("Connection and EHLO"));
    m_stopAfter->setItemText(2, tr("Encryption"));
    m_stopAfter->setItemText(3, tr("Sign-in"));
    m_stopAfter->setItemText(4, tr("Sender"));
    m_stopAfter->setItemText(5, tr("Recipients"));
    m_sendMessage->setText(tr("Send a small test message"));
    m_allowPlaintext->setText(tr("Allow sign-in without encryption"));
    m_allowPlaintext->setToolTip(
        tr("Only for a test server you control: the password would cross the network "
           "readable by anyone on the way."));
}

void ConnectionForm::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
