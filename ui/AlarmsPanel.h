// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace srtdesk {

class AlarmFilterModel;
class AlarmSystem;
class AlarmTableModel;

// The alarms dock: the active alarms (severity, service, since, message) with Acknowledge,
// Acknowledge all and Go to service; and the history of alarms, active and cleared, narrowed
// by a text and a severity and exported as CSV. Follows AlarmCenter's signals; reads the
// history file only while the history is shown.
class AlarmsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmsPanel)

public:
    // How many alarms the history shows (the latest).
    static constexpr int kHistoryLimit = 2000;

    explicit AlarmsPanel(AlarmSystem &alarms, QWidget *parent = nullptr);

    AlarmTableModel *activeModel() const { return m_activeModel; }
    AlarmTableModel *historyModel() const { return m_historyModel; }
    QTableView *activeView() const { return m_activeView; }
    QTableView *historyView() const { return m_historyView; }
    AlarmFilterModel *historyFilter() const { return m_historyProxy; }
    void showActive();
    void showHistory();

    // The selected active alarms (ids); what Acknowledge works on.
    QList<qint64> selectedAlarmIds() const;
    void acknowledgeSelected();
    void acknowledgeAll();
    // Asks the window to select the service of the current active alarm.
    void showSelectedService();
    // The history rows shown now (filter applied), as CSV.
    QByteArray historyCsv() const;
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void serviceRequested(qint64 serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createActivePage();
    QWidget *createHistoryPage();
    void refreshActive();
    void refreshHistory();
    void acknowledge(const QList<qint64> &ids);
    void updateButtons();
    void exportCsvInteractive();
    void retranslateUi();

    AlarmSystem &m_alarms;
    AlarmTableModel *m_activeModel = nullptr;
    QSortFilterProxyModel *m_activeProxy = nullptr;
    AlarmTableModel *m_historyModel = nullptr;
    AlarmFilterModel *m_historyProxy = nullptr;

    QTabWidget *m_tabs = nullptr;
    QTableView *m_activeView = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QPushButton *m_goToService = nullptr;
    QLabel *m_activeEmpty = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace srtdesk
