// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace srtdesk {

class AlarmRulesEditor;
class AppSettings;

// The GUI's settings, in tabs: statistics interval, start on launch, language and where the
// data lives; REST API hosting (on/off, address, port, TLS files, administrator password); the
// global alarm rules and tray notifications. OK writes AppSettings; the caller applies what
// changed, the alarm rules included (see MainWindow::openSettings).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings &settings, const QString &dataDir, const AlarmRules &alarmRules = AlarmRules::defaults(),
                   QWidget *parent = nullptr);

    // The global alarm rules as edited.
    AlarmRules alarmRules() const;

    // The new administrator password the user typed (twice), empty when unchanged.
    QString newAdminPassword() const;
    bool restSettingsChanged() const { return m_restChanged; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void browse(QLineEdit *edit, bool key);

    AppSettings &m_settings;
    bool m_restChanged = false;

    QGroupBox *m_generalGroup = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_startOnLaunch = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;

    QGroupBox *m_restGroup = nullptr;
    QCheckBox *m_restEnabled = nullptr;
    QLabel *m_bindLabel = nullptr;
    QLineEdit *m_bind = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_certLabel = nullptr;
    QLineEdit *m_cert = nullptr;
    QPushButton *m_certBrowse = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_keyBrowse = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_restNote = nullptr;

    QGroupBox *m_dataGroup = nullptr;
    QLabel *m_dataDirLabel = nullptr;
    QLabel *m_dataDir = nullptr;
    QLabel *m_settingsFileLabel = nullptr;
    QLabel *m_settingsFile = nullptr;

    QWidget *m_alarmsPage = nullptr;
    QCheckBox *m_notifyAlarms = nullptr;
    QLabel *m_rulesNote = nullptr;
    AlarmRulesEditor *m_rules = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace srtdesk
