#pragma once

#include "core/model/FieldError.h"
#include "core/model/ServiceConfig.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace srtdesk {

class ServiceManager;

// One form for an RX or a TX service (it adapts to the kind), with a field for every
// parameter of the original API. Validation is ServiceValidator's, run on every change:
// each message appears under its field and OK stays disabled while any remains. OK saves
// through ServiceManager (add or update); errors it reports, such as a port conflict,
// are shown in the form, which stays open.
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
    // The editor of `field`; its objectName is the field name too.
    QWidget *editor(const QString &field) const;
    QPushButton *okButton() const;
    // Id of the service saved by accept(); 0 before.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString field;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        QString disabledReason; // why the field does not apply now; empty when it does
        bool touched = false;
    };

    void buildUi();
    QGroupBox *addGroup(const char *objectName);
    void addRow(QGroupBox *group, const QString &field, QWidget *editor);
    QSpinBox *spinBox(int minimum, int maximum);
    QLineEdit *lineEdit(const QString &allowedChars);
    void retranslateUi();
    void setComboTexts();
    void load(const ServiceConfig &config);
    void updateApplicability();
    void revalidate();
    void showErrors();
    void markTouched(const QString &field);
    void setRowEnabled(const QString &field, bool enabled, const QString &reason);
    QString caption(const QString &field) const;
    QString help(const QString &field) const;
    QString groupTitle(const QGroupBox *group) const;

    ServiceManager &m_manager;
    const Purpose m_purpose;
    const ServiceConfig m_initial;
    const bool m_wasRunning;
    bool m_loading = false;
    bool m_showAllErrors = false;
    qint64 m_savedId = 0;
    FieldErrors m_errors;
    QString m_saveError;

    QHash<QString, Row> m_rows;
    QStringList m_order; // fields in form order
    QList<QGroupBox *> m_groups;

    QLabel *m_banner = nullptr;
    QLabel *m_bondingNote = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QAction *m_showPassphrase = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_peerIp = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QSpinBox *m_latency = nullptr;
    QLineEdit *m_bindIp = nullptr;
    QCheckBox *m_tlpktDrop = nullptr;
    QComboBox *m_congestion = nullptr;
    QComboBox *m_transType = nullptr;
    QLineEdit *m_udpAddress = nullptr;
    QSpinBox *m_ttl = nullptr;
    QSpinBox *m_srtBw = nullptr;
    QSpinBox *m_inputBw = nullptr;
    QSpinBox *m_overHead = nullptr;
    QLineEdit *m_passPhrase = nullptr;
    QComboBox *m_pbKeyLen = nullptr;
    QCheckBox *m_fec = nullptr;
    QSpinBox *m_fecCols = nullptr;
    QSpinBox *m_fecRows = nullptr;
    QComboBox *m_fecLayout = nullptr;
    QComboBox *m_fecArq = nullptr;
    QCheckBox *m_groupConnect = nullptr;
    QComboBox *m_groupType = nullptr;
    QLineEdit *m_groupIp1 = nullptr;
    QLineEdit *m_groupIp2 = nullptr;
    QSpinBox *m_ip1Weight = nullptr;
    QSpinBox *m_ip2Weight = nullptr;
    QGroupBox *m_bondingGroup = nullptr;
};

} // namespace srtdesk
