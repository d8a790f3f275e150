// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace srtdesk {

class LogCollector;
class LogFilterModel;
class LogModel;
class ServiceManager;
struct LogEntry;

// The process's log, filterable by level, by service and by text. Fed by a LogCollector
// (none: the panel stays empty).
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    LogPanel(ServiceManager &manager, LogCollector *collector, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filter; }
    // Shows only the messages of this service (0: every service).
    void setService(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillServices();
    void applyService();
    void onMessage(const LogEntry &entry);

    ServiceManager &m_manager;
    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace srtdesk
