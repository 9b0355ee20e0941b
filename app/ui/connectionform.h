#pragma once

#include "smtp/demoscenario.h"
#include "smtp/smtpconfig.h"

#include <QWidget>

class LanguageManager;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;
class QToolButton;

// The settings of a connection test: the built-in demo server (with a training scenario) or a real server
// (address, server, port, security, sign-in, and advanced options), with inline validation that explains
// a problem before any server is contacted. Passwords are never saved.
class ConnectionForm final : public QWidget {
    Q_OBJECT

public:
    // languages picks the language of provider notes (the rest follows the installed translators).
    explicit ConnectionForm(const LanguageManager &languages, QWidget *parent = nullptr);

    bool usesDemo() const;
    DemoScenario::Id scenario() const;
    void setUsesDemo(bool demo);
    void setScenario(DemoScenario::Id id);
    // The settings as entered (with the password), for a real server. Security "Automatic" follows the port.
    SmtpConfig config() const;
    // What is wrong with the entries, one translated sentence each; also shown next to the fields.
    QStringList validate();
    void fillFrom(const QString &host, quint16 port, SmtpConfig::Security security);

    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *hostField() const { return m_host; }
    QLineEdit *portField() const { return m_port; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QLineEdit *ehloNameField() const { return m_ehloName; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *presetNote() const { return m_presetNote; }

signals:
    void runRequested();
    void discoverRequested(const QString &emailAddress);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void emailEdited();
    void showPresetNote();
    static bool isAddress(const QString &text);
    static bool isHostName(const QString &text);
    // 1-65535, or 0 when the text is not a port number.
    static quint16 portNumber(const QString &text);

    const LanguageManager &m_languages;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_real = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_scenarioText = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QFormLayout *m_serverLayout = nullptr;
    QLineEdit *m_email = nullptr;
    QToolButton *m_discover = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_advancedToggle = nullptr;
    QGroupBox *m_advanced = nullptr;
    QFormLayout *m_advancedLayout = nullptr;
    QLineEdit *m_ehloName = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_stopAfter = nullptr;
    QCheckBox *m_sendMessage = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_presetNote = nullptr;
    QString m_presetId;
    QList<QLabel *> m_labels; // field labels in form order, retranslated together
};
