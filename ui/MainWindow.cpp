// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "ui/AlarmNotifier.h"
#include "ui/AlarmsPanel.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/LanguageSwitcher.h"
#include "ui/LogPanel.h"
#include "ui/OverviewAlarmCells.h"
#include "ui/OverviewModel.h"
#include "ui/OverviewPane.h"
#include "ui/ServiceCommands.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServiceTablePane.h"
#include "ui/ServiceTally.h"
#include "ui/StoredChartHistory.h"
#include "ui/StreamPanel.h"
#include "ui/TsHealthCell.h"
#include "ui/SettingsDialog.h"
#include "ui/TransferCommands.h"
#include "ui/TrayIcon.h"
#include "ui/UiIcons.h"
#include "ui/WindowActions.h"
#include "ui/WindowMenus.h"
#include "ui/AlarmBadge.h"
#include "ui/WindowStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>

namespace srtdesk {

MainWindow::MainWindow(ServiceManager &manager, AlarmSystem &alarms, AppSettings &settings, const QString &dataDir,
                       LogCollector *log, LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_alarms(alarms)
    , m_settings(settings)
    , m_dataDir(dataDir)
    , m_logCollector(log)
    , m_language(language)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(UiIcons::appIcon());
    setDockNestingEnabled(true);

    m_actions = std::make_unique<WindowActions>(*this);
    m_commands = std::make_unique<ServiceCommands>(m_manager, m_alarms.alarms(), this);
    m_transfer = std::make_unique<TransferCommands>(m_manager, *this);
    createPanes();
    m_menus = std::make_unique<WindowMenus>(*this, *m_actions);
    createDocks();
    m_statusBar = new WindowStatusBar(this);
    setStatusBar(m_statusBar);
    m_tray = new TrayIcon(*this, m_actions->get(WindowActions::StartAll), m_actions->get(WindowActions::StopAll),
                          m_actions->get(WindowActions::Quit));
    m_notifier = new AlarmNotifier(m_alarms.alarms(), m_settings, this);
    connect(m_notifier, &AlarmNotifier::notificationReady, m_tray, &TrayIcon::showNotification);
    connectActions();
    retranslateUi();
    restoreLayout();
    connectManager();
    m_alarmCells = std::make_unique<OverviewAlarmCells>();
    connectOverviewToAlarms();
    updateSummary();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPane(m_manager, this);
    m_overview->setTilesShown(m_settings.overviewAsTiles());
    addPane(m_overview, UiIcons::appIcon());
    for (ServiceKind kind : {ServiceKind::Rx, ServiceKind::Tx}) {
        auto *table = new ServiceTablePane(m_manager, kind, this);
        m_tables.append(table);
        addPane(table, UiIcons::icon(kind == ServiceKind::Rx ? "add-rx" : "add-tx"));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentChanged);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("nameFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (ServicePane *servicePane : std::as_const(m_panes))
            servicePane->setNameFilter(text);
    });
    m_tabs->setCornerWidget(m_filter, Qt::TopRightCorner);
    setCentralWidget(m_tabs);
}

void MainWindow::addPane(ServicePane *servicePane, const QIcon &icon)
{
    m_panes.append(servicePane);
    m_tabs->addTab(servicePane, icon, QString());
    connect(servicePane, &ServicePane::selectionChanged, this, &MainWindow::onCurrentChanged);
    connect(servicePane, &ServicePane::editRequested, this,
            [this] { selectIfSaved(m_commands->edit(currentServiceId())); });
    connect(servicePane, &ServicePane::addRequested, this,
            [this](ServiceKind kind) { selectIfSaved(m_commands->add(kind)); });
    connect(servicePane, &ServicePane::contextMenuRequested, this, &MainWindow::showContextMenu);
}

void MainWindow::createDocks()
{
    m_charts = new ChartPanel(m_manager, this);
    // From the history file: the last day is there after a restart too.
    m_charts->setHistorySource([this](qint64 id, qint64 fromMs, qint64 toMs) {
        const auto config = m_manager.config(id);
        return config ? StoredChartHistory::read(m_alarms.history(), config->isRx(), id, fromMs, toMs)
                      : QList<StatsSample>();
    });
    m_charts->setWindowMinutes(m_settings.chartWindowMinutes());
    connect(m_charts, &ChartPanel::windowMinutesChanged, this,
            [this](int minutes) { m_settings.setChartWindowMinutes(minutes); });
    m_chartDock = addPanelDock(QStringLiteral("chartDock"), m_charts);

    m_stream = new StreamPanel(m_manager, this);
    m_streamDock = addPanelDock(QStringLiteral("streamDock"), m_stream);

    m_alarmsPanel = new AlarmsPanel(m_alarms, this);
    connect(m_alarmsPanel, &AlarmsPanel::serviceRequested, this, &MainWindow::selectService);
    m_alarmDock = addPanelDock(QStringLiteral("alarmDock"), m_alarmsPanel);

    m_log = new LogPanel(m_manager, m_logCollector, this);
    m_logDock = addPanelDock(QStringLiteral("logDock"), m_log);
    tabifyDockWidget(m_chartDock, m_streamDock);
    tabifyDockWidget(m_chartDock, m_alarmDock);
    tabifyDockWidget(m_chartDock, m_logDock);
    m_chartDock->raise();
}

QDockWidget *MainWindow::addPanelDock(const QString &objectName, QWidget *panel)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_menus->addPanelToggle(dock->toggleViewAction());
    return dock;
}

void MainWindow::connectActions()
{
    auto on = [this](WindowActions::Id id, auto slot) { connect(m_actions->get(id), &QAction::triggered, this, slot); };
    using A = WindowActions;
    on(A::AddRx, [this] { selectIfSaved(m_commands->add(ServiceKind::Rx)); });
    on(A::AddTx, [this] { selectIfSaved(m_commands->add(ServiceKind::Tx)); });
    on(A::Edit, [this] { selectIfSaved(m_commands->edit(currentServiceId())); });
    on(A::Duplicate, [this] { selectIfSaved(m_commands->duplicate(currentServiceId())); });
    on(A::Delete, [this] { runOnSelection(&ServiceCommands::remove); });
    on(A::Start, [this] { runOnSelection(&ServiceCommands::start); });
    on(A::Stop, [this] { runOnSelection(&ServiceCommands::stop); });
    on(A::Restart, [this] { runOnSelection(&ServiceCommands::restart); });
    on(A::StartAll, [this] {
        m_commands->startAll();
        updateActions();
    });
    on(A::StopAll, [this] {
        m_commands->stopAll();
        updateActions();
    });
    on(A::Import, [this] { m_transfer->importServices([this](qint64 id) { selectService(id); }); });
    on(A::Export, [this] { m_transfer->exportServices(); });
    on(A::Settings, [this] { openSettings(); });
    on(A::Quit, [this] {
        m_quitting = true;
        close();
    });
    on(A::Find, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    on(A::ShowOverview, [this] { showOverview(); });
    on(A::ShowRx, [this] { showTable(ServiceKind::Rx); });
    on(A::ShowTx, [this] { showTable(ServiceKind::Tx); });
    QAction *tiles = m_actions->get(A::ShowTiles);
    tiles->setChecked(m_overview->tilesShown());
    connect(tiles, &QAction::toggled, this, [this](bool on) {
        m_overview->setTilesShown(on);
        m_settings.setOverviewAsTiles(on);
        showOverview();
    });
    on(A::ShowAlarms, [this] { showAlarms(); });
    connect(m_statusBar->alarmBadge(), &AlarmBadge::clicked, this, &MainWindow::showAlarms);
    on(A::About, [this] { about(); });
    connect(m_actions->get(A::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectManager()
{
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, &MainWindow::updateSummary);
    connect(&m_alarms.alarms(), &AlarmCenter::activeAlarmsChanged, this, &MainWindow::updateSummary);
    for (auto signal : {&ServiceManager::serviceStateChanged, &ServiceManager::serviceAdded,
                        &ServiceManager::serviceRemoved, &ServiceManager::serviceUpdated}) {
        connect(&m_manager, signal, this, [this] {
            updateSummary();
            updateActions();
        });
    }
}

void MainWindow::connectOverviewToAlarms()
{
    // The Alarms column and the colours of loss, RTT and bit rate follow the alarm rules.
    AlarmCenter &center = m_alarms.alarms();
    m_alarmCells->update(center.active());
    OverviewModel *model = m_overview->model();
    model->setCellSource(OverviewModel::AlarmsColumn, [this](qint64 id) { return m_alarmCells->cell(id); });
    model->setCellSource(OverviewModel::TsHealthColumn, [this](qint64 id) {
        return TsHealthCell::of(m_manager.streamHealth(id), m_alarmCells->streamLevel(id));
    });
    model->setThresholdSource(
        [&center](qint64 id) { return StatsThresholds::fromRules(center.effectiveRules(id)); });
    connect(&center, &AlarmCenter::activeAlarmsChanged, this, [this, model] {
        m_alarmCells->update(m_alarms.alarms().active());
        model->refreshSources();
    });
    connect(this, &MainWindow::alarmRulesChanged, model, &OverviewModel::refreshSources);
}

void MainWindow::runOnSelection(void (ServiceCommands::*command)(const QList<qint64> &))
{
    ((*m_commands).*command)(selectedServiceIds());
    updateActions();
}

void MainWindow::selectIfSaved(qint64 id)
{
    if (id != 0)
        selectService(id);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("SRT Desk"));
    m_actions->retranslate();
    m_menus->retranslate();
    const int rxTab = m_tabs->indexOf(pane(ServiceKind::Rx));
    const int txTab = m_tabs->indexOf(pane(ServiceKind::Tx));
    const int overviewTab = m_tabs->indexOf(m_overview);
    m_tabs->setTabText(overviewTab, tr("Overview"));
    m_tabs->setTabToolTip(overviewTab, tr("Every service, RX and TX, with the pairs that carry one stream side by side"));
    m_tabs->setTabText(rxTab, tr("RX services"));
    m_tabs->setTabText(txTab, tr("TX services"));
    m_tabs->setTabToolTip(rxTab, tr("Receivers: SRT in, UDP out"));
    m_tabs->setTabToolTip(txTab, tr("Transmitters: UDP in, SRT out"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_chartDock->setWindowTitle(tr("Charts"));
    m_logDock->setWindowTitle(tr("Log"));
    m_alarmDock->setWindowTitle(tr("Alarms"));
    m_streamDock->setWindowTitle(tr("Stream"));
    m_tray->retranslate();
    updateSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First run: a usual size, never larger than the screen (a 1024×700 one cut the status
        // bar and the dock tabs off).
        QSize size(1280, 800);
        if (const QScreen *current = screen())
            size = size.boundedTo(current->availableGeometry().size());
        resize(size);
    }
    if (!restoreState(m_settings.windowState())) {
        // First run: the tables and the charts share the height.
        resizeDocks({m_chartDock, m_logDock}, {height() * 2 / 5, height() * 2 / 5}, Qt::Vertical);
    }
    for (ServicePane *servicePane : std::as_const(m_panes))
        servicePane->restoreHeaderState(m_settings.headerState(servicePane->key()));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (ServicePane *servicePane : std::as_const(m_panes))
        m_settings.setHeaderState(servicePane->key(), servicePane->saveHeaderState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray->isAvailable() && m_settings.closeToTray() && !m_quitting) {
        hide();
        m_tray->notifyStillRunning();
        event->ignore();
        return;
    }
    if (!confirmQuit()) {
        m_quitting = false;
        event->ignore();
        return;
    }
    saveLayout();
    m_tray->hide();
    event->accept(); // the last window closed: QApplication quits
}

bool MainWindow::confirmQuit()
{
    const int running = ServiceTally::of(m_manager.list()).running();
    if (running == 0 || !isVisible())
        return true;
    const QString next = m_settings.startServicesOnLaunch()
        ? tr("They start again the next time SRT Desk opens.")
        : tr("They stay stopped the next time SRT Desk opens (see Settings).");
    const auto answer = QMessageBox::question(
        this, tr("Quit SRT Desk"),
        tr("%n service(s) are running. Quitting stops their links now.", nullptr, running) + QLatin1Char('\n') + next,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

ServiceTablePane *MainWindow::pane(ServiceKind kind) const
{
    for (ServiceTablePane *table : m_tables) {
        if (table->kind() == kind)
            return table;
    }
    Q_UNREACHABLE();
}

ServicePane *MainWindow::currentPane() const
{
    auto *current = qobject_cast<ServicePane *>(m_tabs->currentWidget());
    return current ? current : m_panes.first();
}

ServiceTableModel *MainWindow::model(ServiceKind kind) const
{
    return pane(kind)->model();
}

QTableView *MainWindow::view(ServiceKind kind) const
{
    return pane(kind)->view();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

qint64 MainWindow::currentServiceId() const
{
    return currentPane()->currentServiceId();
}

QList<qint64> MainWindow::selectedServiceIds() const
{
    return currentPane()->selectedServiceIds();
}

void MainWindow::selectService(qint64 id)
{
    const auto config = m_manager.config(id);
    if (!config)
        return;
    if (currentPane()->shows(config->kind) && currentPane()->selectService(id))
        return;
    showTable(config->kind);
    pane(config->kind)->selectService(id);
}

void MainWindow::showOverview()
{
    m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::showTable(ServiceKind kind)
{
    m_tabs->setCurrentWidget(pane(kind));
}

void MainWindow::showAlarms()
{
    m_alarmDock->show();
    m_alarmDock->raise();
    m_alarmsPanel->showActive();
    m_alarmsPanel->activeView()->setFocus();
}

void MainWindow::onCurrentChanged()
{
    m_charts->setService(currentServiceId());
    m_stream->setService(currentServiceId());
    updateActions();
}

void MainWindow::updateActions()
{
    QList<ServiceStatus> selected;
    for (qint64 id : selectedServiceIds()) {
        if (const auto s = m_manager.get(id))
            selected.append(*s);
    }
    const qint64 current = currentServiceId();
    m_actions->updateEnabled(selected, current != 0, !m_manager.list().isEmpty());
    if (m_charts->service() != current)
        m_charts->setService(current);
    if (m_stream->service() != current)
        m_stream->setService(current);
}

QString MainWindow::summaryText() const
{
    return ServiceTally::of(m_manager.list(), m_alarms.alarms().active()).summaryText();
}

void MainWindow::updateSummary()
{
    const ServiceTally tally = ServiceTally::of(m_manager.list(), m_alarms.alarms().active());
    m_statusBar->showTally(tally);
    m_tray->showTally(tally);
}

void MainWindow::setRestStatus(const QString &text)
{
    m_statusBar->setRestStatus(text);
}

void MainWindow::setSecretStoreFallback(const QString &filePath, const QString &reason)
{
    m_statusBar->setSecretStoreFallback(filePath, reason);
}

void MainWindow::showContextMenu(const QPoint &globalPos, bool onRow)
{
    m_menus->execRowMenu(globalPos, onRow, currentPane()->kind());
}

void MainWindow::openSettings()
{
    const QString oldLanguage = m_settings.language();
    SettingsDialog dialog(m_settings, m_dataDir, m_alarms.rules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QString error; dialog.alarmRules() != m_alarms.rules() && !applyAlarmRules(dialog.alarmRules(), &error))
        QMessageBox::warning(this, tr("Alarm rules"), tr("The alarm rules were not changed: %1").arg(error));
    m_manager.setStatsIntervalMs(m_settings.statsIntervalMs());
    if (m_language && m_settings.language() != oldLanguage)
        m_language->apply(m_settings.language());
    if (!dialog.newAdminPassword().isEmpty())
        emit adminPasswordChangeRequested(dialog.newAdminPassword());
    if (dialog.restSettingsChanged())
        emit restSettingsChanged();
}

bool MainWindow::applyAlarmRules(const AlarmRules &rules, QString *error)
{
    if (!m_alarms.setRules(rules, error))
        return false;
    emit alarmRulesChanged();
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About SRT Desk"),
        tr("<h3>SRT Desk %1</h3><p>A control room for SRT links: RX and TX services, live link statistics, "
           "and the original system's /v1 REST API.</p><p>libsrt %2 · Qt %3</p><p>Data directory: %4</p>")
            .arg(QStringLiteral(SRTDESK_VERSION), m_manager.libsrtVersion(), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(m_dataDir).toHtmlEscaped()));
}

} // namespace srtdesk
