// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmsPanel.h"

#include "core/alarms/AlarmSystem.h"
#include "ui/AlarmFilterModel.h"
#include "ui/AlarmTableModel.h"
#include "ui/UiLogging.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

AlarmsPanel::AlarmsPanel(AlarmSystem &alarms, QWidget *parent)
    : QWidget(parent)
    , m_alarms(alarms)
    , m_activeModel(new AlarmTableModel(this))
    , m_activeProxy(new QSortFilterProxyModel(this))
    , m_historyModel(new AlarmTableModel(this))
    , m_historyProxy(new AlarmFilterModel(this))
{
    setObjectName(QStringLiteral("AlarmsPanel"));
    m_activeProxy->setSourceModel(m_activeModel);
    m_activeProxy->setSortRole(AlarmTableModel::SortRole);
    m_historyProxy->setSourceModel(m_historyModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("alarmTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createActivePage(), QString());
    m_tabs->addTab(createHistoryPage(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 1)
            refreshHistory();
    });

    AlarmCenter &center = m_alarms.alarms();
    connect(&center, &AlarmCenter::activeAlarmsChanged, this, &AlarmsPanel::refreshActive);
    for (auto signal : {&AlarmCenter::alarmRaised, &AlarmCenter::alarmCleared, &AlarmCenter::alarmAcknowledged}) {
        connect(&center, signal, this, [this] {
            if (m_historyView->isVisible())
                refreshHistory();
        });
    }
    retranslateUi();
    refreshActive();
    // Most severe first, then the newest.
    m_activeView->sortByColumn(AlarmTableModel::SinceColumn, Qt::DescendingOrder);
    m_activeView->sortByColumn(AlarmTableModel::SeverityColumn, Qt::DescendingOrder);
    m_historyView->sortByColumn(AlarmTableModel::SinceColumn, Qt::DescendingOrder);
}

QWidget *AlarmsPanel::createActivePage()
{
    auto *page = new QWidget(this);
    m_activeView = makeTable(m_activeProxy, page, QStringLiteral("activeAlarms"));
    m_activeView->setColumnHidden(AlarmTableModel::ClearedColumn, true);
    m_activeView->setColumnWidth(AlarmTableModel::SeverityColumn, 100);
    m_activeView->setColumnWidth(AlarmTableModel::ServiceColumn, 200);
    m_activeView->setColumnWidth(AlarmTableModel::SinceColumn, 90);
    m_activeView->setColumnWidth(AlarmTableModel::MessageColumn, 460);
    m_acknowledge = new QPushButton(page);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlarm"));
    m_acknowledgeAll = new QPushButton(page);
    m_acknowledgeAll->setObjectName(QStringLiteral("acknowledgeAllAlarms"));
    m_goToService = new QPushButton(page);
    m_goToService->setObjectName(QStringLiteral("showAlarmService"));
    m_activeEmpty = new QLabel(page);
    m_activeEmpty->setObjectName(QStringLiteral("noActiveAlarms"));
    m_activeEmpty->setStyleSheet(QStringLiteral("color: #1d7a32;"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmsPanel::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &AlarmsPanel::acknowledgeAll);
    connect(m_goToService, &QPushButton::clicked, this, &AlarmsPanel::showSelectedService);
    connect(m_activeView, &QAbstractItemView::activated, this, &AlarmsPanel::showSelectedService);
    connect(m_activeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activeEmpty, 1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_acknowledgeAll);
    buttons->addWidget(m_goToService);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_activeView, 1);
    return page;
}

QWidget *AlarmsPanel::createHistoryPage()
{
    auto *page = new QWidget(this);
    m_historyView = makeTable(m_historyProxy, page, QStringLiteral("alarmHistory"));
    m_historyView->setColumnWidth(AlarmTableModel::SeverityColumn, 100);
    m_historyView->setColumnWidth(AlarmTableModel::ServiceColumn, 180);
    m_historyView->setColumnWidth(AlarmTableModel::SinceColumn, 130);
    m_historyView->setColumnWidth(AlarmTableModel::ClearedColumn, 130);
    m_historyView->setColumnWidth(AlarmTableModel::MessageColumn, 380);
    m_filterLabel = new QLabel(page);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("alarmHistoryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_severityLabel = new QLabel(page);
    m_severity = new QComboBox(page);
    m_severity->setObjectName(QStringLiteral("alarmHistorySeverity"));
    for (AlarmSeverity severity : {AlarmSeverity::Minor, AlarmSeverity::Major, AlarmSeverity::Critical})
        m_severity->addItem(QString(), int(severity));
    m_severityLabel->setBuddy(m_severity);
    m_export = new QPushButton(page);
    m_export->setObjectName(QStringLiteral("exportAlarmsCsv"));
    connect(m_filter, &QLineEdit::textChanged, m_historyProxy, &AlarmFilterModel::setText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_historyProxy->setMinimumSeverity(AlarmSeverity(m_severity->currentData().toInt()));
    });
    connect(m_export, &QPushButton::clicked, this, &AlarmsPanel::exportCsvInteractive);
    connect(m_historyView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit serviceRequested(index.data(AlarmTableModel::ServiceIdRole).toLongLong());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_severityLabel);
    bar->addWidget(m_severity);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_historyView, 1);
    return page;
}

void AlarmsPanel::showActive()
{
    m_tabs->setCurrentIndex(0);
}

void AlarmsPanel::showHistory()
{
    m_tabs->setCurrentIndex(1);
    refreshHistory();
}

void AlarmsPanel::refreshActive()
{
    m_activeModel->setAlarms(m_alarms.alarms().active());
    m_tabs->setTabText(0, tr("Active (%1)").arg(m_activeModel->rowCount()));
    updateButtons();
}

void AlarmsPanel::refreshHistory()
{
    m_historyModel->setAlarms(m_alarms.alarms().all(kHistoryLimit));
}

QList<qint64> AlarmsPanel::selectedAlarmIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_activeView->selectionModel()->selectedRows())
        ids.append(index.data(AlarmTableModel::AlarmIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void AlarmsPanel::acknowledgeSelected()
{
    acknowledge(selectedAlarmIds());
}

void AlarmsPanel::acknowledgeAll()
{
    QList<qint64> ids;
    for (const Alarm &alarm : m_activeModel->alarms()) {
        if (!alarm.acknowledged)
            ids.append(alarm.id);
    }
    acknowledge(ids);
}

void AlarmsPanel::acknowledge(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        Alarm alarm;
        if (m_alarms.alarms().acknowledge(id, &alarm) == AlarmCenter::Acknowledgement::NotFound)
            qCInfo(lcUi) << "alarm" << id << "to acknowledge is gone";
    }
    refreshActive();
    if (m_historyView->isVisible())
        refreshHistory();
}

void AlarmsPanel::showSelectedService()
{
    const QModelIndex current = m_activeView->currentIndex();
    if (current.isValid())
        emit serviceRequested(current.data(AlarmTableModel::ServiceIdRole).toLongLong());
}

void AlarmsPanel::updateButtons()
{
    const bool selected = m_activeView->selectionModel()->hasSelection();
    bool unacknowledged = false;
    for (const Alarm &alarm : m_activeModel->alarms())
        unacknowledged |= !alarm.acknowledged;
    m_acknowledge->setEnabled(selected);
    m_goToService->setEnabled(m_activeView->currentIndex().isValid());
    m_acknowledgeAll->setEnabled(unacknowledged);
    m_activeEmpty->setVisible(m_activeModel->rowCount() == 0);
}

QByteArray AlarmsPanel::historyCsv() const
{
    QList<Alarm> shown;
    for (int row = 0; row < m_historyProxy->rowCount(); ++row)
        shown.append(m_historyModel->alarmAt(m_historyProxy->mapToSource(m_historyProxy->index(row, 0)).row()));
    return AlarmTableModel::toCsv(shown);
}

bool AlarmsPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(historyCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AlarmsPanel::exportCsvInteractive()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/srtdesk-alarms.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export alarms as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export alarms"), tr("%1 could not be written: %2").arg(path, error));
}

void AlarmsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Active (%1)").arg(m_activeModel->rowCount()));
    m_tabs->setTabText(1, tr("History"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Acknowledge the selected alarms: they stay until their condition is gone"));
    m_acknowledgeAll->setText(tr("Acknowledge a&ll"));
    m_goToService->setText(tr("&Go to service"));
    m_goToService->setToolTip(tr("Select the alarm's service in the window (also Enter or a double-click on the alarm)"));
    m_activeEmpty->setText(tr("No active alarm."));
    m_activeView->setAccessibleName(tr("Active alarms"));
    m_historyView->setAccessibleName(tr("Alarm history"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Service, alarm or message"));
    m_severityLabel->setText(tr("&Severity:"));
    m_severity->setItemText(0, tr("All"));
    m_severity->setItemText(1, tr("Major and critical"));
    m_severity->setItemText(2, tr("Critical only"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the alarms shown as comma-separated values"));
}

void AlarmsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Messages and times are rendered when shown: in the new language now.
        m_activeModel->retranslate();
        m_historyModel->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace srtdesk
