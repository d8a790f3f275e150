// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/ServiceEnums.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace srtdesk {

class AlarmNotifier;
class AlarmSystem;
class AlarmsPanel;
class AppSettings;
class ChartPanel;
class LanguageSwitcher;
class LogCollector;
class LogPanel;
class OverviewAlarmCells;
class OverviewPane;
class ServiceCommands;
class ServiceManager;
class ServicePane;
class StreamPanel;
class ServiceTableModel;
class ServiceTablePane;
class TransferCommands;
class TrayIcon;
class WindowActions;
class WindowMenus;
class WindowStatusBar;

// The operator's window: tab panes of services (the overview of every service, one table per
// kind), docked panels (the selected link's charts, the alarms, the log), the status bar and
// the tray. It
// assembles those parts and routes the actions to the commands (ServiceCommands,
// TransferCommands). Holds no service state: the panes' models read ServiceManager. A new
// view of services is one more tab pane (a ServicePane); a new panel is one more dock
// (addPanelDock).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ServiceManager &manager, AlarmSystem &alarms, AppSettings &settings, const QString &dataDir,
               LogCollector *log = nullptr, LanguageSwitcher *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServiceTableModel *model(ServiceKind kind) const;
    QTableView *view(ServiceKind kind) const;
    OverviewPane *overview() const { return m_overview; }
    WindowStatusBar *windowStatusBar() const { return m_statusBar; }
    ChartPanel *chartPanel() const { return m_charts; }
    AlarmsPanel *alarmsPanel() const { return m_alarmsPanel; }
    StreamPanel *streamPanel() const { return m_stream; }
    AlarmNotifier *alarmNotifier() const { return m_notifier; }
    LogPanel *logPanel() const { return m_log; }
    QAction *action(const QString &objectName) const;

    // Selects the service's row: in the pane shown when it shows that service, else in the
    // table of its kind.
    void selectService(qint64 id);
    // Shows the overview (the pairs, every kind) or the table of a kind.
    void showOverview();
    void showTable(ServiceKind kind);
    // Opens the alarms dock at the active alarms (the status bar's badge, View ▸ Show alarms).
    void showAlarms();
    qint64 currentServiceId() const;
    QList<qint64> selectedServiceIds() const;
    // "RX: 2 of 3 running · TX: 1 of 1 running · 3 connected · 0 waiting · 1 alarm"
    QString summaryText() const;
    // Shown in the status bar, e.g. "REST API: https://0.0.0.0:4000" (app/gui sets it).
    void setRestStatus(const QString &text);
    // A lasting notice in the status bar when secrets are kept in the 0600 fallback file
    // `filePath` because no system keychain is reachable (`reason`); empty path: no notice.
    void setSecretStoreFallback(const QString &filePath, const QString &reason);
    // New global alarm rules (Settings): stored, then in use, and the overview's colours follow.
    bool applyAlarmRules(const AlarmRules &rules, QString *error);

signals:
    // The REST settings changed in the Settings dialog: app/gui restarts or stops the server.
    void restSettingsChanged();
    // The user asked to change the REST administrator password.
    void adminPasswordChangeRequested(const QString &password);
    // The global alarm rules changed (the overview's colours follow them).
    void alarmRulesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void addPane(ServicePane *servicePane, const QIcon &icon);
    void createDocks();
    QDockWidget *addPanelDock(const QString &objectName, QWidget *panel);
    void connectActions();
    void connectManager();
    void connectOverviewToAlarms();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();
    bool confirmQuit();

    ServiceTablePane *pane(ServiceKind kind) const;
    ServicePane *currentPane() const;

    void onCurrentChanged();
    void updateActions();
    void updateSummary();
    void showContextMenu(const QPoint &globalPos, bool onRow);
    void runOnSelection(void (ServiceCommands::*command)(const QList<qint64> &));
    void selectIfSaved(qint64 id);
    void openSettings();
    void about();

    ServiceManager &m_manager;
    AlarmSystem &m_alarms;
    AppSettings &m_settings;
    const QString m_dataDir;
    LogCollector *m_logCollector = nullptr;
    LanguageSwitcher *m_language = nullptr;
    bool m_quitting = false;

    std::unique_ptr<WindowActions> m_actions;
    std::unique_ptr<WindowMenus> m_menus;
    std::unique_ptr<ServiceCommands> m_commands;
    std::unique_ptr<TransferCommands> m_transfer;

    QTabWidget *m_tabs = nullptr;
    QList<ServicePane *> m_panes; // in tab order
    OverviewPane *m_overview = nullptr;
    QList<ServiceTablePane *> m_tables;
    QLineEdit *m_filter = nullptr;
    ChartPanel *m_charts = nullptr;
    LogPanel *m_log = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    AlarmsPanel *m_alarmsPanel = nullptr;
    StreamPanel *m_stream = nullptr;
    QDockWidget *m_streamDock = nullptr;
    QDockWidget *m_alarmDock = nullptr;
    AlarmNotifier *m_notifier = nullptr;
    std::unique_ptr<OverviewAlarmCells> m_alarmCells;
    WindowStatusBar *m_statusBar = nullptr;
    TrayIcon *m_tray = nullptr;
};

} // namespace srtdesk
