#include "ui/MainWindow.h"

#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/LanguageSwitcher.h"
#include "ui/LogPanel.h"
#include "ui/ServiceDialog.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServiceTransfer.h"
#include "ui/SettingsDialog.h"
#include "ui/UiIcons.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

QString tableKey(ServiceKind kind)
{
    return kind == ServiceKind::Rx ? QStringLiteral("rx") : QStringLiteral("tx");
}

} // namespace

MainWindow::MainWindow(ServiceManager &manager, AppSettings &settings, const QString &dataDir, LogCollector *log,
                       LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_settings(settings)
    , m_dataDir(dataDir)
    , m_logCollector(log)
    , m_language(language)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(UiIcons::appIcon());
    setDockNestingEnabled(true);

    createActions();
    createCentral();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    createTray();
    retranslateUi();
    restoreLayout();

    connect(&m_manager, &ServiceManager::statisticsUpdated, this, &MainWindow::updateSummary);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    for (auto signal : {&ServiceManager::serviceAdded, &ServiceManager::serviceRemoved, &ServiceManager::serviceUpdated}) {
        connect(&m_manager, signal, this, [this] {
            updateSummary();
            updateEmptyHints();
            updateActions();
        });
    }
    updateEmptyHints();
    updateSummary();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const char *name, const char *icon, const QKeySequence &shortcut, void (MainWindow::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (icon)
            action->setIcon(UiIcons::icon(icon));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        if (slot) // the actions made with nullptr connect their own lambda below
            connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addRx = make("addRx", "add-rx", QKeySequence(Qt::CTRL | Qt::Key_R), nullptr);
    connect(m_addRx, &QAction::triggered, this, [this] { addService(ServiceKind::Rx); });
    m_addTx = make("addTx", "add-tx", QKeySequence(Qt::CTRL | Qt::Key_T), nullptr);
    connect(m_addTx, &QAction::triggered, this, [this] { addService(ServiceKind::Tx); });
    m_edit = make("edit", "edit", QKeySequence(Qt::Key_F2), &MainWindow::editService);
    m_duplicate = make("duplicate", "duplicate", QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateService);
    m_delete = make("delete", "delete", QKeySequence::Delete, &MainWindow::deleteServices);
    m_start = make("start", "start", QKeySequence(Qt::Key_F5), &MainWindow::startServices);
    m_stop = make("stop", "stop", QKeySequence(Qt::Key_F6), &MainWindow::stopServices);
    m_restart = make("restart", "restart", QKeySequence(Qt::Key_F7), &MainWindow::restartServices);
    m_startAll = make("startAll", "start-all", QKeySequence(Qt::CTRL | Qt::Key_F5), &MainWindow::startAll);
    m_stopAll = make("stopAll", "stop-all", QKeySequence(Qt::CTRL | Qt::Key_F6), &MainWindow::stopAll);
    m_import = make("import", nullptr, QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importServices);
    m_export = make("export", nullptr, QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportServices);
    m_settingsAction = make("settings", nullptr, QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quit = make("quit", nullptr, QKeySequence::Quit, nullptr);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });
    m_findAction = make("find", nullptr, QKeySequence::Find, nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    m_showRx = make("showRx", nullptr, QKeySequence(Qt::ALT | Qt::Key_1), nullptr);
    connect(m_showRx, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_showTx = make("showTx", nullptr, QKeySequence(Qt::ALT | Qt::Key_2), nullptr);
    connect(m_showTx, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    m_about = make("about", nullptr, {}, &MainWindow::about);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("aboutQt", nullptr, {}, nullptr);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentral()
{
    auto makeTable = [this](ServiceKind kind, ServiceTableModel *&model, QSortFilterProxyModel *&proxy,
                            QTableView *&view, QStackedWidget *&stack, QLabel *&hint, QPushButton *&hintButton) {
        model = new ServiceTableModel(m_manager, kind, this);
        proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(ServiceTableModel::SortRole);
        proxy->setFilterKeyColumn(ServiceTableModel::NameColumn);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

        view = new QTableView(this);
        view->setObjectName(tableKey(kind) + QStringLiteral("Table"));
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(ServiceTableModel::IdColumn, Qt::AscendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        QHeaderView *header = view->horizontalHeader();
        header->setSectionsMovable(true);
        header->setStretchLastSection(true);
        header->setHighlightSections(false);
        const QList<QPair<int, int>> widths = {
            {ServiceTableModel::IdColumn, 44},     {ServiceTableModel::NameColumn, 150},
            {ServiceTableModel::ModeColumn, 90},   {ServiceTableModel::PeerColumn, 120},
            {ServiceTableModel::PortColumn, 60},   {ServiceTableModel::UdpColumn, 150},
            {ServiceTableModel::StateColumn, 80},  {ServiceTableModel::LinkColumn, 125},
            {ServiceTableModel::RttColumn, 80},    {ServiceTableModel::RateColumn, 70},
            {ServiceTableModel::LossColumn, 70},   {ServiceTableModel::ReconnectionsColumn, 105}};
        for (const auto &[column, width] : widths)
            view->setColumnWidth(column, width);
        // Right-click on the header: choose the columns shown (remembered with the layout).
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this, [this, header, model](const QPoint &pos) {
            QMenu menu(this);
            for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
                QAction *toggle = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
                toggle->setCheckable(true);
                toggle->setChecked(!header->isSectionHidden(column));
                toggle->setEnabled(column != ServiceTableModel::NameColumn); // a row needs its name
                connect(toggle, &QAction::toggled, header,
                        [header, column](bool shown) { header->setSectionHidden(column, !shown); });
            }
            menu.exec(header->viewport()->mapToGlobal(pos));
        });

        connect(view, &QTableView::doubleClicked, this, &MainWindow::editService);
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &) {
            // Enter on a row edits it (double-click arrives through doubleClicked).
            if (view->hasFocus() && QApplication::mouseButtons() == Qt::NoButton)
                editService();
        });
        connect(view, &QTableView::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onCurrentChanged);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);

        // First run: an empty table gives way to a hint and a button.
        auto *hintPage = new QWidget(this);
        hint = new QLabel(hintPage);
        hint->setAlignment(Qt::AlignCenter);
        hint->setWordWrap(true);
        hint->setObjectName(tableKey(kind) + QStringLiteral("Hint"));
        hintButton = new QPushButton(hintPage);
        hintButton->setIcon(UiIcons::icon(kind == ServiceKind::Rx ? "add-rx" : "add-tx"));
        connect(hintButton, &QPushButton::clicked, this, [this, kind] { addService(kind); });
        auto *hintLayout = new QVBoxLayout(hintPage);
        hintLayout->addStretch(1);
        hintLayout->addWidget(hint);
        hintLayout->addWidget(hintButton, 0, Qt::AlignHCenter);
        hintLayout->addStretch(2);

        stack = new QStackedWidget(this);
        stack->addWidget(hintPage);
        stack->addWidget(view);
        return stack;
    };

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTable(ServiceKind::Rx, m_rxModel, m_rxProxy, m_rxView, m_rxStack, m_rxHint, m_rxHintButton),
                   UiIcons::icon("add-rx"), QString());
    m_tabs->addTab(makeTable(ServiceKind::Tx, m_txModel, m_txProxy, m_txView, m_txStack, m_txHint, m_txHintButton),
                   UiIcons::icon("add-tx"), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentChanged);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("nameFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_rxProxy->setFilterFixedString(text);
        m_txProxy->setFilterFixedString(text);
    });
    m_tabs->setCornerWidget(m_filter, Qt::TopRightCorner);

    setCentralWidget(m_tabs);
}

void MainWindow::createDocks()
{
    m_charts = new ChartPanel(m_manager, this);
    m_charts->setWindowMinutes(m_settings.chartWindowMinutes());
    connect(m_charts, &ChartPanel::windowMinutesChanged, this,
            [this](int minutes) { m_settings.setChartWindowMinutes(minutes); });
    m_chartDock = new QDockWidget(this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);

    m_log = new LogPanel(m_manager, m_logCollector, this);
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(m_chartDock, m_logDock);
    m_chartDock->raise();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_serviceMenu = menuBar()->addMenu(QString());
    m_serviceMenu->addAction(m_addRx);
    m_serviceMenu->addAction(m_addTx);
    m_serviceMenu->addSeparator();
    m_serviceMenu->addAction(m_edit);
    m_serviceMenu->addAction(m_duplicate);
    m_serviceMenu->addAction(m_delete);
    m_serviceMenu->addSeparator();
    m_serviceMenu->addAction(m_start);
    m_serviceMenu->addAction(m_stop);
    m_serviceMenu->addAction(m_restart);
    m_serviceMenu->addSeparator();
    m_serviceMenu->addAction(m_startAll);
    m_serviceMenu->addAction(m_stopAll);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showRx);
    m_viewMenu->addAction(m_showTx);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_logDock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->addAction(m_addRx);
    m_toolBar->addAction(m_addTx);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_duplicate);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_start);
    m_toolBar->addAction(m_stop);
    m_toolBar->addAction(m_restart);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_startAll);
    m_toolBar->addAction(m_stopAll);
}

void MainWindow::createStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summary"));
    m_alarmLabel = new QLabel(this);
    m_alarmLabel->setObjectName(QStringLiteral("alarms"));
    m_restLabel = new QLabel(this);
    m_restLabel->setObjectName(QStringLiteral("restStatus"));
    m_restLabel->setVisible(false);
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(QStringLiteral("secretStoreNotice"));
    m_secretsLabel->setVisible(false);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_secretsLabel);
    statusBar()->addPermanentWidget(m_restLabel);
    statusBar()->addPermanentWidget(m_alarmLabel);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(UiIcons::appIcon(), this);
    m_trayMenu = new QMenu(this);
    m_trayShow = m_trayMenu->addAction(QString());
    connect(m_trayShow, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_startAll);
    m_trayMenu->addAction(m_stopAll);
    m_trayMenu->addSeparator();
    m_trayQuit = m_trayMenu->addAction(QString());
    connect(m_trayQuit, &QAction::triggered, m_quit, &QAction::trigger);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger)
            return;
        if (isVisible() && !isMinimized()) {
            hide();
        } else {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("SRT Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_serviceMenu->setTitle(tr("&Service"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Services toolbar"));

    auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setIconText(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        QString status = tip;
        if (!action->shortcut().isEmpty())
            status += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
        action->setToolTip(status);
        action->setStatusTip(tip);
    };
    set(m_addRx, tr("Add &RX…"), tr("Add a receiver: SRT in, UDP out"));
    set(m_addTx, tr("Add &TX…"), tr("Add a transmitter: UDP in, SRT out"));
    set(m_edit, tr("&Edit…"), tr("Change the selected service's parameters"));
    set(m_duplicate, tr("D&uplicate…"), tr("Create a new service from a copy of the selected one"));
    set(m_delete, tr("&Delete"), tr("Delete the selected services"));
    set(m_start, tr("&Start"), tr("Start the selected services"));
    set(m_stop, tr("St&op"), tr("Stop the selected services"));
    set(m_restart, tr("Res&tart"), tr("Stop and start again the selected services"));
    set(m_startAll, tr("Start &all"), tr("Start every RX and TX service"));
    set(m_stopAll, tr("Stop a&ll"), tr("Stop every RX and TX service"));
    set(m_import, tr("&Import services…"), tr("Add services from a JSON file (SRT Desk or the original system)"));
    set(m_export, tr("&Export services…"), tr("Save every service to a JSON file in the original API's shape"));
    set(m_settingsAction, tr("Se&ttings…"), tr("Statistics, start-up, language, REST API"));
    set(m_quit, tr("&Quit"), tr("Stop every link and quit"));
    set(m_findAction, tr("&Filter by name"), tr("Show only services whose name contains a text"));
    set(m_showRx, tr("&RX services"), tr("Show the RX table"));
    set(m_showTx, tr("&TX services"), tr("Show the TX table"));
    set(m_about, tr("&About SRT Desk"), tr("Version and libraries"));
    set(m_aboutQt, tr("About &Qt"), tr("Qt's version and licence"));
    m_addRx->setIconText(tr("Add RX"));
    m_addTx->setIconText(tr("Add TX"));

    m_tabs->setTabText(0, tr("RX services"));
    m_tabs->setTabText(1, tr("TX services"));
    m_tabs->setTabToolTip(0, tr("Receivers: SRT in, UDP out"));
    m_tabs->setTabToolTip(1, tr("Transmitters: UDP in, SRT out"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_rxHint->setText(tr("No RX service yet.\nAn RX receives an SRT stream from a TX and sends it out as UDP "
                         "(unicast or multicast)."));
    m_txHint->setText(tr("No TX service yet.\nA TX reads a UDP stream (unicast or multicast) and sends it over SRT "
                         "to an RX."));
    m_rxHintButton->setText(tr("Add an RX service"));
    m_txHintButton->setText(tr("Add a TX service"));
    m_chartDock->setWindowTitle(tr("Charts"));
    m_logDock->setWindowTitle(tr("Log"));
    if (m_tray) {
        m_trayShow->setText(tr("Show SRT Desk"));
        m_trayQuit->setText(tr("Quit"));
    }
    m_rxModel->retranslate();
    m_txModel->retranslate();
    if (m_secretsLabel)
        setSecretStoreFallback(m_secretsFile, m_secretsReason);
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
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(m_settings.windowState())) {
        // First run: the tables and the charts share the height.
        resizeDocks({m_chartDock, m_logDock}, {height() * 2 / 5, height() * 2 / 5}, Qt::Vertical);
    }
    for (ServiceKind kind : {ServiceKind::Rx, ServiceKind::Tx}) {
        const QByteArray header = m_settings.headerState(tableKey(kind));
        if (!header.isEmpty())
            view(kind)->horizontalHeader()->restoreState(header);
    }
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (ServiceKind kind : {ServiceKind::Rx, ServiceKind::Tx})
        m_settings.setHeaderState(tableKey(kind), view(kind)->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray && m_settings.closeToTray() && !m_quitting) {
        hide();
        m_tray->showMessage(tr("SRT Desk keeps running"),
                            tr("The services go on in the background. Use the tray icon to show the window or quit."));
        event->ignore();
        return;
    }
    int running = 0;
    for (const ServiceStatus &s : m_manager.list())
        running += s.running ? 1 : 0;
    if (running > 0 && isVisible()) {
        const QString next = m_settings.startServicesOnLaunch()
            ? tr("They start again the next time SRT Desk opens.")
            : tr("They stay stopped the next time SRT Desk opens (see Settings).");
        const auto answer = QMessageBox::question(
            this, tr("Quit SRT Desk"),
            tr("%n service(s) are running. Quitting stops their links now.", nullptr, running) + QLatin1Char('\n') + next,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            m_quitting = false;
            event->ignore();
            return;
        }
    }
    saveLayout();
    if (m_tray)
        m_tray->hide();
    event->accept(); // the last window closed: QApplication quits
}

ServiceTableModel *MainWindow::model(ServiceKind kind) const
{
    return kind == ServiceKind::Rx ? m_rxModel : m_txModel;
}

QTableView *MainWindow::view(ServiceKind kind) const
{
    return kind == ServiceKind::Rx ? m_rxView : m_txView;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

ServiceKind MainWindow::currentKind() const
{
    return m_tabs->currentIndex() == 1 ? ServiceKind::Tx : ServiceKind::Rx;
}

qint64 MainWindow::currentServiceId() const
{
    QTableView *table = view(currentKind());
    const QModelIndex current = table->selectionModel()->currentIndex();
    if (current.isValid() && table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.data(ServiceTableModel::ServiceIdRole).toLongLong();
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ServiceTableModel::ServiceIdRole).toLongLong();
}

QList<qint64> MainWindow::selectedServiceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = view(currentKind())->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(ServiceTableModel::ServiceIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MainWindow::selectService(qint64 id)
{
    const auto config = m_manager.config(id);
    if (!config)
        return;
    m_tabs->setCurrentIndex(config->isRx() ? 0 : 1);
    ServiceTableModel *source = model(config->kind);
    const int row = source->rowOf(id);
    if (row < 0)
        return;
    auto *proxy = config->isRx() ? m_rxProxy : m_txProxy;
    const QModelIndex index = proxy->mapFromSource(source->index(row, ServiceTableModel::NameColumn));
    if (!index.isValid())
        return; // filtered out
    QTableView *table = view(config->kind);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

void MainWindow::onCurrentChanged()
{
    m_charts->setService(currentServiceId());
    updateActions();
}

void MainWindow::updateActions()
{
    const QList<qint64> ids = selectedServiceIds();
    bool anyRunning = false;
    bool anyStopped = false;
    for (qint64 id : ids) {
        if (const auto s = m_manager.get(id))
            (s->running ? anyRunning : anyStopped) = true;
    }
    const bool one = currentServiceId() != 0;
    m_edit->setEnabled(one);
    m_duplicate->setEnabled(one);
    m_delete->setEnabled(!ids.isEmpty());
    m_start->setEnabled(anyStopped);
    m_stop->setEnabled(anyRunning);
    m_restart->setEnabled(anyRunning);
    const bool any = !m_manager.list().isEmpty();
    m_startAll->setEnabled(any);
    m_stopAll->setEnabled(any);
    m_export->setEnabled(any);
    if (m_charts->service() != currentServiceId())
        m_charts->setService(currentServiceId());
}

void MainWindow::updateEmptyHints()
{
    m_rxStack->setCurrentIndex(m_rxModel->rowCount() == 0 ? 0 : 1);
    m_txStack->setCurrentIndex(m_txModel->rowCount() == 0 ? 0 : 1);
}

QString MainWindow::summaryText() const
{
    int rxRunning = 0, rxTotal = 0, txRunning = 0, txTotal = 0, connected = 0, waiting = 0, alarms = 0;
    for (const ServiceStatus &s : m_manager.list()) {
        int &total = s.config.isRx() ? rxTotal : txTotal;
        int &running = s.config.isRx() ? rxRunning : txRunning;
        ++total;
        if (!s.running)
            continue;
        ++running;
        connected += s.stats.state == LinkState::Connected ? 1 : 0;
        waiting += s.stats.state == LinkState::Waiting ? 1 : 0;
        alarms += ServiceTableModel::isAlarm(s) ? 1 : 0;
    }
    return tr("RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarm(s)", nullptr, alarms)
        .arg(rxRunning)
        .arg(rxTotal)
        .arg(txRunning)
        .arg(txTotal)
        .arg(connected)
        .arg(waiting);
}

void MainWindow::updateSummary()
{
    if (!m_summaryLabel)
        return;
    int alarms = 0;
    QStringList alarmNames;
    for (const ServiceStatus &s : m_manager.list()) {
        if (ServiceTableModel::isAlarm(s)) {
            ++alarms;
            alarmNames.append(QStringLiteral("%1 %2").arg(s.config.isRx() ? tr("RX") : tr("TX"), s.config.serviceName));
        }
    }
    const QString text = summaryText();
    m_summaryLabel->setText(text);
    if (alarms > 0) {
        m_alarmLabel->setText(tr("⚠ %n alarm(s)", nullptr, alarms));
        m_alarmLabel->setStyleSheet(QStringLiteral("color: white; background: #b0241b; padding: 1px 8px; font-weight: bold;"));
        m_alarmLabel->setToolTip(tr("Running with the link down or failing: %1").arg(alarmNames.join(QStringLiteral(", "))));
    } else {
        m_alarmLabel->setText(tr("No alarms"));
        m_alarmLabel->setStyleSheet(QStringLiteral("color: #1d7a32; padding: 1px 8px;"));
        m_alarmLabel->setToolTip(QString());
    }
    if (m_tray) {
        m_tray->setToolTip(tr("SRT Desk") + QLatin1Char('\n') + text);
        if (alarms > m_lastAlarms && !isVisible())
            m_tray->showMessage(tr("SRT Desk alarm"), alarmNames.join(QLatin1Char('\n')), QSystemTrayIcon::Warning);
    }
    m_lastAlarms = alarms;
}

void MainWindow::setRestStatus(const QString &text)
{
    m_restLabel->setText(text);
    m_restLabel->setVisible(!text.isEmpty());
}

void MainWindow::setSecretStoreFallback(const QString &filePath, const QString &reason)
{
    m_secretsFile = filePath;
    m_secretsReason = reason;
    m_secretsLabel->setVisible(!filePath.isEmpty());
    if (filePath.isEmpty())
        return;
    m_secretsLabel->setText(tr("⚠ Passphrases in a file: no system keychain"));
    m_secretsLabel->setToolTip(tr("No system keychain (Secret Service) is reachable: %1.\nPassphrases and the REST "
                                  "API's keys are kept in %2, readable only by your user account.")
                                   .arg(reason, QDir::toNativeSeparators(filePath)));
}

void MainWindow::addService(ServiceKind kind)
{
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(kind), this);
    if (dialog.exec() == QDialog::Accepted)
        selectService(dialog.savedId());
}

void MainWindow::editService()
{
    const qint64 id = currentServiceId();
    const auto config = m_manager.config(id);
    if (!config)
        return;
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Edit, *config, this);
    if (dialog.exec() == QDialog::Accepted)
        selectService(id);
}

void MainWindow::duplicateService()
{
    const auto config = m_manager.config(currentServiceId());
    if (!config)
        return;
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Duplicate, *config, this);
    if (dialog.exec() == QDialog::Accepted)
        selectService(dialog.savedId());
}

void MainWindow::deleteServices()
{
    const QList<qint64> ids = selectedServiceIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    int running = 0;
    for (qint64 id : ids) {
        if (const auto s = m_manager.get(id)) {
            names.append(tr("• %1 %2 (Id %3)").arg(s->config.isRx() ? tr("RX") : tr("TX"), s->config.serviceName).arg(id));
            running += s->running ? 1 : 0;
        }
    }
    QString text = tr("Delete %n service(s)?", nullptr, int(ids.size())) + QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
    if (running > 0)
        text += QStringLiteral("\n\n") + tr("%n of them are running: their links stop now.", nullptr, running);
    QMessageBox box(QMessageBox::Warning, tr("Delete services"), text, QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QStringList failures;
    for (qint64 id : ids) {
        const auto result = m_manager.remove(id);
        if (!result.ok())
            failures.append(result.message);
    }
    reportFailures(tr("Delete services"), failures);
}

void MainWindow::startServices()
{
    QStringList failures;
    for (qint64 id : selectedServiceIds()) {
        const auto s = m_manager.get(id);
        if (!s || s->running)
            continue;
        const auto result = m_manager.start(id);
        if (!result.ok())
            failures.append(tr("%1: %2").arg(s->config.serviceName, result.message));
    }
    reportFailures(tr("Start services"), failures);
    updateActions();
}

void MainWindow::stopServices()
{
    QStringList failures;
    for (qint64 id : selectedServiceIds()) {
        const auto s = m_manager.get(id);
        if (!s || !s->running)
            continue;
        const auto result = m_manager.stop(id);
        if (!result.ok())
            failures.append(tr("%1: %2").arg(s->config.serviceName, result.message));
    }
    reportFailures(tr("Stop services"), failures);
    updateActions();
}

void MainWindow::restartServices()
{
    QStringList failures;
    for (qint64 id : selectedServiceIds()) {
        const auto s = m_manager.get(id);
        if (!s || !s->running)
            continue;
        const auto result = m_manager.restart(id);
        if (!result.ok())
            failures.append(tr("%1: %2").arg(s->config.serviceName, result.message));
    }
    reportFailures(tr("Restart services"), failures);
    updateActions();
}

void MainWindow::startAll()
{
    m_manager.startAll();
    updateActions();
}

void MainWindow::stopAll()
{
    int running = 0;
    for (const ServiceStatus &s : m_manager.list())
        running += s.running ? 1 : 0;
    if (running == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Stop all services"), tr("Stop all %n running service(s)? Every link goes down.", nullptr, running),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_manager.stopAll();
    updateActions();
}

void MainWindow::reportFailures(const QString &title, const QStringList &failures)
{
    if (failures.isEmpty())
        return;
    for (const QString &failure : failures)
        qCWarning(lcUi).noquote() << title << failure;
    QMessageBox::warning(this, title, failures.join(QLatin1Char('\n')));
}

void MainWindow::showContextMenu(QTableView *table, const QPoint &pos)
{
    const QModelIndex index = table->indexAt(pos);
    if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), index.parent()))
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addSeparator();
        menu.addAction(m_start);
        menu.addAction(m_stop);
        menu.addAction(m_restart);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(currentKind() == ServiceKind::Rx ? m_addRx : m_addTx);
    menu.exec(table->viewport()->mapToGlobal(pos));
}

void MainWindow::exportServices()
{
    const QList<ServiceStatus> all = m_manager.list();
    if (all.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Export services"),
                    tr("Export %n service(s) to a JSON file in the original API's shape?", nullptr, int(all.size())),
                    QMessageBox::Cancel, this);
    QPushButton *go = box.addButton(tr("Choose file…"), QMessageBox::AcceptRole);
    auto *include = new QCheckBox(tr("Include passphrases: anyone who reads the file can decrypt the streams"), &box);
    include->setObjectName(QStringLiteral("includePassphrases"));
    box.setCheckBox(include);
    box.setInformativeText(tr("Passphrases are left out unless you tick the box; set them again after importing."));
    box.exec();
    if (box.clickedButton() != go)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export services"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/srtdesk-services.json"),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QList<ServiceConfig> configs;
    for (const ServiceStatus &s : all)
        configs.append(s.config);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ServiceTransfer::exportJson(configs, include->isChecked())) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export services"), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n service(s) to %1", nullptr, int(configs.size())).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importServices()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import services"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import services"), tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const ServiceTransfer::Parsed parsed = ServiceTransfer::parseJson(file.readAll());
    if (parsed.configs.isEmpty()) {
        QMessageBox::warning(this, tr("Import services"),
                             tr("No service could be read from %1.").arg(path) + QStringLiteral("\n\n")
                                 + parsed.problems.join(QLatin1Char('\n')));
        return;
    }
    int rx = 0;
    for (const ServiceConfig &c : parsed.configs)
        rx += c.isRx() ? 1 : 0;
    QMessageBox confirm(QMessageBox::Question, tr("Import services"),
                        tr("Add %1 RX and %2 TX service(s) from %3? They are added stopped.")
                            .arg(rx)
                            .arg(parsed.configs.size() - rx)
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    QStringList notes = parsed.problems;
    if (parsed.maskedPassphrases > 0)
        notes.prepend(tr("%n service(s) had a masked passphrase (********): they are imported without one.", nullptr,
                         parsed.maskedPassphrases));
    if (!notes.isEmpty())
        confirm.setDetailedText(notes.join(QLatin1Char('\n')));
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const ServiceTransfer::Report report = ServiceTransfer::import(m_manager, parsed.configs);
    if (!report.added.isEmpty())
        selectService(report.added.first());
    if (report.problems.isEmpty()) {
        statusBar()->showMessage(tr("Imported %n service(s)", nullptr, int(report.added.size())), 8000);
    } else {
        QMessageBox::warning(this, tr("Import services"),
                             tr("%1 service(s) imported, %2 skipped:").arg(report.added.size()).arg(report.problems.size())
                                 + QStringLiteral("\n\n") + report.problems.join(QLatin1Char('\n')));
    }
}

void MainWindow::openSettings()
{
    const QString oldLanguage = m_settings.language();
    SettingsDialog dialog(m_settings, m_dataDir, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_manager.setStatsIntervalMs(m_settings.statsIntervalMs());
    if (m_language && m_settings.language() != oldLanguage)
        m_language->apply(m_settings.language());
    if (!dialog.newAdminPassword().isEmpty())
        emit adminPasswordChangeRequested(dialog.newAdminPassword());
    if (dialog.restSettingsChanged())
        emit restSettingsChanged();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About SRT Desk"),
        tr("<h3>SRT Desk %1</h3><p>A control room for SRT links: RX and TX services, live link statistics, "
           "and the original system's /v1 REST API.</p><p>libsrt %2 · Qt %3</p><p>Data directory: %4</p>")
            .arg(QStringLiteral(SRTDESK_VERSION), SrtRuntime::libraryVersion(), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(m_dataDir).toHtmlEscaped()));
}

} // namespace srtdesk
