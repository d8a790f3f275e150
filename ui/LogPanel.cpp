// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogPanel.h"

#include "core/LogCollector.h"
#include "core/ServiceManager.h"
#include "ui/LogFilterModel.h"
#include "ui/LogModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace srtdesk {

LogPanel::LogPanel(ServiceManager &manager, LogCollector *collector, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new LogModel(5000, this))
    , m_filter(new LogFilterModel(this))
{
    setObjectName(QStringLiteral("LogPanel"));
    m_filter->setSourceModel(m_model);

    m_levelLabel = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    for (int severity = 0; severity <= 3; ++severity)
        m_level->addItem(QString(), severity);
    m_level->setCurrentIndex(1); // info and above
    m_serviceLabel = new QLabel(this);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("logService"));
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_clear = new QPushButton(this);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(LogModel::CategoryColumn, 130);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_levelLabel);
    bar->addWidget(m_level);
    bar->addSpacing(12);
    bar->addWidget(m_serviceLabel);
    bar->addWidget(m_service);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(m_level->currentData().toInt()); });
    connect(m_service, &QComboBox::currentIndexChanged, this, &LogPanel::applyService);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilterModel::setText);
    connect(m_clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(&m_manager, &ServiceManager::serviceAdded, this, &LogPanel::fillServices);
    connect(&m_manager, &ServiceManager::serviceRemoved, this, &LogPanel::fillServices);
    connect(&m_manager, &ServiceManager::serviceUpdated, this, &LogPanel::fillServices);

    if (collector) {
        const QList<LogEntry> earlier = collector->recent();
        for (const LogEntry &entry : earlier)
            m_model->append(entry);
        m_view->scrollToBottom();
        connect(collector, &LogCollector::messageLogged, this, &LogPanel::onMessage);
    }
    m_filter->setMinimumSeverity(1);
    retranslateUi();
}

void LogPanel::onMessage(const LogEntry &entry)
{
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    m_model->append(entry);
    if (atBottom)
        m_view->scrollToBottom();
}

void LogPanel::fillServices()
{
    const qint64 current = m_service->currentData().toLongLong();
    QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), qint64(0));
    for (const ServiceStatus &s : m_manager.list()) {
        m_service->addItem(QStringLiteral("%1 %2 — %3").arg(s.config.isRx() ? tr("RX") : tr("TX")).arg(s.config.id).arg(s.config.serviceName),
                           s.config.id);
    }
    const int index = m_service->findData(current);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
    block.unblock();
    applyService();
}

void LogPanel::applyService()
{
    m_filter->setService(m_service->currentData().toLongLong());
}

void LogPanel::setService(qint64 id)
{
    const int index = m_service->findData(id);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
}

void LogPanel::retranslateUi()
{
    m_levelLabel->setText(tr("Level:"));
    m_level->setItemText(0, tr("Debug and above"));
    m_level->setItemText(1, tr("Info and above"));
    m_level->setItemText(2, tr("Warnings and errors"));
    m_level->setItemText(3, tr("Errors only"));
    m_serviceLabel->setText(tr("Service:"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every message from this panel"));
    fillServices();
    m_model->retranslate();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace srtdesk
