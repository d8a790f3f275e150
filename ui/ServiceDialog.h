// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/FieldError.h"
#include "core/model/FieldEnums.h"
#include "core/model/ServiceConfig.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace srtdesk {

class AlarmRulesEditor;
class ServiceFieldRow;
class ServiceManager;

// One form for an RX or a TX service (it adapts to the kind), with a row for every field of
// the field table (ServiceFields) that the kind has: label, editor, bounds, unit and help all
// come from the table. Validation is ServiceValidator's, run on every change and worded with
// the form's labels: each message appears under its field and OK stays disabled while any
// remains. OK saves through ServiceManager (add or update); errors it reports, such as a port
// conflict, are shown in the form, which stays open.
class ServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDialog)

public:
    enum class Purpose { Add, Edit, Duplicate };

    // Add: `initial` is usually ServiceConfig::defaults(kind). Edit: `initial` is the stored
    // service (its id is the one updated). Duplicate: `initial` is the service copied; the
    // form proposes a new name and saves a new service.
    ServiceDialog(ServiceManager &manager, Purpose purpose, const ServiceConfig &initial, QWidget *parent = nullptr);

    // What the form holds now, as a configuration.
    ServiceConfig config() const;
    // Every problem ServiceValidator finds with config(), conflicts with other services included.
    FieldErrors errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    // The message shown next to `field` (original API name, e.g. "PassPhrase"); empty if none.
    QString shownError(const QString &field) const;
    // The summary line under the form (save errors, and the first problem of untouched fields).
    QString summary() const;
    // What the disabled Bonding box says: one sentence, the details in the log and README.
    static QString bondingUnavailableText();
    // The editor of `field`; its objectName is the field name too.
    QWidget *editor(const QString &field) const;
    QPushButton *okButton() const;
    // Id of the service saved by accept(); 0 before.
    qint64 savedId() const { return m_savedId; }
    // The global alarm rules the service's own rules are shown against (the defaults until set).
    void setGlobalAlarmRules(const AlarmRules &rules);
    // The service's alarm rules (its overrides of the global ones), behind "Alarm rules…".
    AlarmRulesEditor *alarmRulesEditor() const { return m_rulesEditor; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QGroupBox *addGroup(FieldGroup group);
    void buildButtonsAndMessages(QWidget *content);
    void retranslateUi();
    QString groupTitle(FieldGroup group) const;
    QString offReason(FieldCondition condition) const;
    void load(const ServiceConfig &config);
    void onEdited(ServiceFieldRow *row);
    void updateApplicability();
    void revalidate();
    void showErrors();
    void buildAlarmRules();
    void editAlarmRules();
    void describeAlarmRules();

    ServiceManager &m_manager;
    const Purpose m_purpose;
    const ServiceConfig m_initial;
    const bool m_wasRunning;
    bool m_loading = false;
    bool m_showAllErrors = false;
    qint64 m_savedId = 0;
    FieldErrors m_errors;
    QString m_saveError;

    QList<ServiceFieldRow *> m_rows; // in form order
    QHash<QString, ServiceFieldRow *> m_rowsByName;
    QList<QGroupBox *> m_groups; // by FieldGroup

    QLabel *m_banner = nullptr;
    QLabel *m_bondingNote = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDialog *m_rulesDialog = nullptr;
    AlarmRulesEditor *m_rulesEditor = nullptr;
    QPushButton *m_rulesButton = nullptr;
    AlarmOverrides m_initialOverrides;
    AlarmRules m_globalRules = AlarmRules::defaults();
};

} // namespace srtdesk
