#pragma once

#include "core/model/ServiceEnums.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QToolBar;
class QPushButton;

namespace srtdesk {

class AppSettings;
class ChartPanel;
class LanguageSwitcher;
class LogCollector;
class LogPanel;
class ServiceManager;
class ServiceTableModel;

// The operator's window: RX and TX tables, the selected link's charts, the log, and every
// action on services. Holds no service state: the tables' models read ServiceManager.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ServiceManager &manager, AppSettings &settings, const QString &dataDir,
               LogCollector *log = nullptr, LanguageSwitcher *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServiceTableModel *model(ServiceKind kind) const;
    QTableView *view(ServiceKind kind) const;
    ChartPanel *chartPanel() const { return m_charts; }
    LogPanel *logPanel() const { return m_log; }
    QAction *action(const QString &objectName) const;

    // Shows the tab of the service's kind and selects its row.
    void selectService(qint64 id);
    qint64 currentServiceId() const;
    QList<qint64> selectedServiceIds() const;
    // "2 of 3 RX running · 1 of 1 TX running · 3 connected · 1 alarm"
    QString summaryText() const;
    // Shown in the status bar, e.g. "REST API: https://0.0.0.0:4000" (app/gui sets it).
    void setRestStatus(const QString &text);
    // A lasting notice in the status bar when secrets are kept in the 0600 fallback file
    // `filePath` because no system keychain is reachable (`reason`); empty path: no notice.
    void setSecretStoreFallback(const QString &filePath, const QString &reason);

signals:
    // The REST settings changed in the Settings dialog: app/gui restarts or stops the server.
    void restSettingsChanged();
    // The user asked to change the REST administrator password.
    void adminPasswordChangeRequested(const QString &password);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentral();
    void createDocks();
    void createStatusBar();
    void createTray();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();

    ServiceKind currentKind() const;
    void updateActions();
    void updateSummary();
    void updateEmptyHints();
    void onCurrentChanged();

    void addService(ServiceKind kind);
    void editService();
    void duplicateService();
    void deleteServices();
    void startServices();
    void stopServices();
    void restartServices();
    void startAll();
    void stopAll();
    void importServices();
    void exportServices();
    void openSettings();
    void about();
    void showContextMenu(QTableView *view, const QPoint &pos);
    void reportFailures(const QString &title, const QStringList &failures);

    ServiceManager &m_manager;
    AppSettings &m_settings;
    const QString m_dataDir;
    LogCollector *m_logCollector = nullptr;
    LanguageSwitcher *m_language = nullptr;
    bool m_quitting = false;
    int m_lastAlarms = 0;

    ServiceTableModel *m_rxModel = nullptr;
    ServiceTableModel *m_txModel = nullptr;
    QSortFilterProxyModel *m_rxProxy = nullptr;
    QSortFilterProxyModel *m_txProxy = nullptr;
    QTableView *m_rxView = nullptr;
    QTableView *m_txView = nullptr;
    QStackedWidget *m_rxStack = nullptr;
    QStackedWidget *m_txStack = nullptr;
    QLabel *m_rxHint = nullptr;
    QLabel *m_txHint = nullptr;
    QPushButton *m_rxHintButton = nullptr;
    QPushButton *m_txHintButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;

    ChartPanel *m_charts = nullptr;
    LogPanel *m_log = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_logDock = nullptr;

    QLabel *m_summaryLabel = nullptr;
    QLabel *m_alarmLabel = nullptr;
    QLabel *m_restLabel = nullptr;
    QLabel *m_secretsLabel = nullptr;
    QString m_secretsFile;   // kept to retranslate the notice
    QString m_secretsReason;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_trayShow = nullptr;
    QAction *m_trayQuit = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_serviceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_addRx = nullptr;
    QAction *m_addTx = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_startAll = nullptr;
    QAction *m_stopAll = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showRx = nullptr;
    QAction *m_showTx = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace srtdesk
