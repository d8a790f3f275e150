// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "ui/AlarmRulesEditor.h"
#include "ui/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace srtdesk {

namespace {
constexpr int kMinPasswordLength = 8;
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, const QString &dataDir, const AlarmRules &alarmRules,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("SettingsDialog"));

    // General
    m_generalGroup = new QGroupBox(this);
    auto *general = new QFormLayout(m_generalGroup);
    m_intervalLabel = new QLabel(m_generalGroup);
    m_interval = new QSpinBox(m_generalGroup);
    m_interval->setObjectName(QStringLiteral("statsInterval"));
    m_interval->setRange(200, 10000);
    m_interval->setSingleStep(100);
    m_interval->setValue(settings.statsIntervalMs());
    m_intervalLabel->setBuddy(m_interval);
    general->addRow(m_intervalLabel, m_interval);
    m_startOnLaunch = new QCheckBox(m_generalGroup);
    m_startOnLaunch->setObjectName(QStringLiteral("startOnLaunch"));
    m_startOnLaunch->setChecked(settings.startServicesOnLaunch());
    general->addRow(m_startOnLaunch);
    m_closeToTray = new QCheckBox(m_generalGroup);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(settings.closeToTray());
    general->addRow(m_closeToTray);
    m_languageLabel = new QLabel(m_generalGroup);
    m_language = new QComboBox(m_generalGroup);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), AppSettings::kSystemLanguage);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // language names in their own language
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_languageLabel->setBuddy(m_language);
    general->addRow(m_languageLabel, m_language);

    // REST API
    m_restGroup = new QGroupBox(this);
    auto *rest = new QFormLayout(m_restGroup);
    m_restEnabled = new QCheckBox(m_restGroup);
    m_restEnabled->setObjectName(QStringLiteral("restEnabled"));
    m_restEnabled->setChecked(settings.restEnabled());
    rest->addRow(m_restEnabled);
    m_bindLabel = new QLabel(m_restGroup);
    m_bind = new QLineEdit(settings.restBindAddress(), m_restGroup);
    m_bind->setObjectName(QStringLiteral("restBind"));
    rest->addRow(m_bindLabel, m_bind);
    m_portLabel = new QLabel(m_restGroup);
    m_port = new QSpinBox(m_restGroup);
    m_port->setObjectName(QStringLiteral("restPort"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_port->setValue(settings.restPort());
    rest->addRow(m_portLabel, m_port);

    auto fileRow = [this, rest](QLabel *&label, QLineEdit *&edit, QPushButton *&button, const QString &value, bool key) {
        label = new QLabel(m_restGroup);
        edit = new QLineEdit(value, m_restGroup);
        edit->setClearButtonEnabled(true);
        button = new QPushButton(m_restGroup);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        rest->addRow(label, row);
        QLineEdit *target = edit;
        connect(button, &QPushButton::clicked, this, [this, target, key] { browse(target, key); });
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    };
    fileRow(m_certLabel, m_cert, m_certBrowse, settings.restTlsCertificate(), false);
    fileRow(m_keyLabel, m_key, m_keyBrowse, settings.restTlsKey(), true);
    m_cert->setObjectName(QStringLiteral("restTlsCertificate"));
    m_key->setObjectName(QStringLiteral("restTlsKey"));

    m_passwordLabel = new QLabel(m_restGroup);
    m_password = new QLineEdit(m_restGroup);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    rest->addRow(m_passwordLabel, m_password);
    m_confirmLabel = new QLabel(m_restGroup);
    m_confirm = new QLineEdit(m_restGroup);
    m_confirm->setObjectName(QStringLiteral("adminPasswordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    rest->addRow(m_confirmLabel, m_confirm);
    m_restNote = new QLabel(m_restGroup);
    m_restNote->setWordWrap(true);
    m_restNote->setStyleSheet(QStringLiteral("color: #707070;"));
    rest->addRow(m_restNote);

    // Data
    m_dataGroup = new QGroupBox(this);
    auto *data = new QFormLayout(m_dataGroup);
    m_dataDirLabel = new QLabel(m_dataGroup);
    m_dataDir = new QLabel(QDir::toNativeSeparators(dataDir), m_dataGroup);
    m_dataDir->setObjectName(QStringLiteral("dataDir"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    data->addRow(m_dataDirLabel, m_dataDir);
    m_settingsFileLabel = new QLabel(m_dataGroup);
    m_settingsFile = new QLabel(QDir::toNativeSeparators(settings.filePath()), m_dataGroup);
    m_settingsFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    data->addRow(m_settingsFileLabel, m_settingsFile);

    // Alarms
    m_alarmsPage = new QWidget(this);
    m_notifyAlarms = new QCheckBox(m_alarmsPage);
    m_notifyAlarms->setObjectName(QStringLiteral("notifyAlarms"));
    m_notifyAlarms->setChecked(settings.notifyAlarms());
    m_rulesNote = new QLabel(m_alarmsPage);
    m_rulesNote->setWordWrap(true);
    m_rulesNote->setStyleSheet(QStringLiteral("color: #707070;"));
    m_rules = new AlarmRulesEditor(AlarmRulesEditor::Scope::Global, m_alarmsPage);
    m_rules->setRules(alarmRules);
    auto *alarmsLayout = new QVBoxLayout(m_alarmsPage);
    alarmsLayout->addWidget(m_notifyAlarms);
    alarmsLayout->addWidget(m_rulesNote);
    alarmsLayout->addWidget(m_rules);
    alarmsLayout->addStretch(1);

    auto *generalPage = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addWidget(m_generalGroup);
    generalLayout->addWidget(m_dataGroup);
    generalLayout->addStretch(1);
    auto *restPage = new QWidget(this);
    auto *restLayout = new QVBoxLayout(restPage);
    restLayout->addWidget(m_restGroup);
    restLayout->addStretch(1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(generalPage, QString());
    m_tabs->addTab(restPage, QString());
    m_tabs->addTab(m_alarmsPage, QString());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b0241b;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_bind, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_restEnabled, &QCheckBox::toggled, this, &SettingsDialog::validate);

    retranslateUi();
    validate();
    resize(std::max(620, sizeHint().width()), sizeHint().height());
}

AlarmRules SettingsDialog::alarmRules() const
{
    return m_rules->rules();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_generalGroup->setTitle(tr("General"));
    m_intervalLabel->setText(tr("&Statistics interval:"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("How often every link's statistics are read and the tables and charts refresh."));
    m_startOnLaunch->setText(tr("Start the services that were running when SRT Desk last closed"));
    m_closeToTray->setText(tr("Closing the window keeps the services running in the system tray"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));

    m_restGroup->setTitle(tr("REST API"));
    m_restEnabled->setText(tr("Serve the /v1 REST API from this application"));
    m_bindLabel->setText(tr("Bind address:"));
    m_bind->setToolTip(tr("IP address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface."));
    m_portLabel->setText(tr("Port:"));
    m_certLabel->setText(tr("TLS certificate:"));
    m_keyLabel->setText(tr("TLS private key:"));
    m_cert->setPlaceholderText(tr("none: plain HTTP"));
    m_key->setPlaceholderText(tr("none: plain HTTP"));
    m_certBrowse->setText(tr("Browse…"));
    m_keyBrowse->setText(tr("Browse…"));
    m_passwordLabel->setText(tr("New admin password:"));
    m_password->setPlaceholderText(tr("leave empty to keep the current one"));
    m_confirmLabel->setText(tr("Confirm password:"));
    m_restNote->setText(tr("The API is the original system's: log in at /v1/login as admin. "
                           "Without a certificate and key it is served over plain HTTP: keep it on 127.0.0.1 then."));

    m_dataGroup->setTitle(tr("Data"));

    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("&REST API"));
    m_tabs->setTabText(2, tr("&Alarms"));
    m_notifyAlarms->setText(tr("Show a desktop notification for every new alarm"));
    m_rulesNote->setText(tr("These rules apply to every service; a service may have its own in its form. "
                            "The overview colours loss, round-trip time and bit rate by them."));
    m_dataDirLabel->setText(tr("Data directory:"));
    m_settingsFileLabel->setText(tr("Settings file:"));
    validate();
}

QString SettingsDialog::newAdminPassword() const
{
    return m_password->text();
}

void SettingsDialog::validate()
{
    QStringList problems;
    const bool on = m_restEnabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_bind), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_cert),
                       static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_certBrowse), static_cast<QWidget *>(m_keyBrowse)})
        w->setEnabled(on);
    if (on && QHostAddress(m_bind->text().trimmed()).isNull())
        problems.append(tr("The bind address must be an IP address, such as 127.0.0.1 or 0.0.0.0."));
    if (on && m_cert->text().trimmed().isEmpty() != m_key->text().trimmed().isEmpty())
        problems.append(tr("TLS needs both a certificate and its private key."));
    if (!m_password->text().isEmpty() || !m_confirm->text().isEmpty()) {
        if (m_password->text().size() < kMinPasswordLength)
            problems.append(tr("The admin password must be at least %1 characters long.").arg(kMinPasswordLength));
        else if (m_password->text() != m_confirm->text())
            problems.append(tr("The two passwords differ."));
    }
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::browse(QLineEdit *edit, bool key)
{
    const QString path = QFileDialog::getOpenFileName(
        this, key ? tr("TLS private key") : tr("TLS certificate"), edit->text(),
        key ? tr("PEM private keys (*.key *.pem);;All files (*)") : tr("PEM certificates (*.crt *.pem);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void SettingsDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_settings.setStatsIntervalMs(m_interval->value());
    m_settings.setStartServicesOnLaunch(m_startOnLaunch->isChecked());
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setNotifyAlarms(m_notifyAlarms->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());

    m_restChanged = m_settings.restEnabled() != m_restEnabled->isChecked()
        || m_settings.restBindAddress() != m_bind->text().trimmed() || m_settings.restPort() != m_port->value()
        || m_settings.restTlsCertificate() != m_cert->text().trimmed() || m_settings.restTlsKey() != m_key->text().trimmed();
    m_settings.setRestEnabled(m_restEnabled->isChecked());
    m_settings.setRestBindAddress(m_bind->text().trimmed());
    m_settings.setRestPort(m_port->value());
    m_settings.setRestTlsCertificate(m_cert->text().trimmed());
    m_settings.setRestTlsKey(m_key->text().trimmed());
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace srtdesk
