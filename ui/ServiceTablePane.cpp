// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTablePane.h"

#include "ui/ServiceTableModel.h"
#include "ui/UiIcons.h"
#include "ui/WindowText.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace srtdesk {

namespace {

constexpr int kHintPage = 0;
constexpr int kTablePage = 1;

} // namespace

ServiceTablePane::ServiceTablePane(ServiceManager &manager, ServiceKind kind, QWidget *parent)
    : QStackedWidget(parent)
    , m_model(new ServiceTableModel(manager, kind, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(key() + QStringLiteral("Pane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceTableModel::SortRole);
    m_proxy->setFilterKeyColumn(ServiceTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    createView();
    addWidget(createHintPage());
    addWidget(m_view);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ServiceTablePane::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceTablePane::updateEmptyHint);
    retranslateUi();
    updateEmptyHint();
}

ServiceKind ServiceTablePane::kind() const
{
    return m_model->kind();
}

QString ServiceTablePane::key() const
{
    return kind() == ServiceKind::Rx ? QStringLiteral("rx") : QStringLiteral("tx");
}

void ServiceTablePane::createView()
{
    m_view = new QTableView(this);
    m_view->setObjectName(key() + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    setDefaultColumnWidths();
    // Right-click on the header: choose the columns shown (remembered with the layout).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ServiceTablePane::showColumnMenu);

    connect(m_view, &QTableView::doubleClicked, this, &ServiceTablePane::editRequested);
    connect(m_view, &QTableView::activated, this, &ServiceTablePane::onActivated);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ServiceTablePane::onContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServiceTablePane::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServiceTablePane::selectionChanged);
}

void ServiceTablePane::setDefaultColumnWidths()
{
    const QList<QPair<int, int>> widths = {
        {ServiceTableModel::IdColumn, 44},     {ServiceTableModel::NameColumn, 150},
        {ServiceTableModel::ModeColumn, 90},   {ServiceTableModel::PeerColumn, 120},
        {ServiceTableModel::PortColumn, 60},   {ServiceTableModel::UdpColumn, 150},
        {ServiceTableModel::StateColumn, 80},  {ServiceTableModel::LinkColumn, 125},
        {ServiceTableModel::RttColumn, 80},    {ServiceTableModel::RateColumn, 70},
        {ServiceTableModel::LossColumn, 70},   {ServiceTableModel::ReconnectionsColumn, 105}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
}

QWidget *ServiceTablePane::createHintPage()
{
    auto *page = new QWidget(this);
    m_hint = new QLabel(page);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(key() + QStringLiteral("Hint"));
    m_hintButton = new QPushButton(page);
    m_hintButton->setIcon(UiIcons::icon(kind() == ServiceKind::Rx ? "add-rx" : "add-tx"));
    connect(m_hintButton, &QPushButton::clicked, this, &ServiceTablePane::addRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_hint);
    layout->addWidget(m_hintButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void ServiceTablePane::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != ServiceTableModel::NameColumn); // a row needs its name
        connect(toggle, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void ServiceTablePane::onContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QItemSelectionModel *selection = m_view->selectionModel();
    if (index.isValid() && !selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos), index.isValid());
}

void ServiceTablePane::onActivated()
{
    // Enter on a row edits it (double-click arrives through doubleClicked).
    if (m_view->hasFocus() && QApplication::mouseButtons() == Qt::NoButton)
        emit editRequested();
}

void ServiceTablePane::setNameFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

qint64 ServiceTablePane::currentServiceId() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.data(ServiceTableModel::ServiceIdRole).toLongLong();
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ServiceTableModel::ServiceIdRole).toLongLong();
}

QList<qint64> ServiceTablePane::selectedServiceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(ServiceTableModel::ServiceIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool ServiceTablePane::selectService(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ServiceTableModel::NameColumn));
    if (!index.isValid())
        return false; // filtered out
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QByteArray ServiceTablePane::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ServiceTablePane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ServiceTablePane::updateEmptyHint()
{
    setCurrentIndex(m_model->rowCount() == 0 ? kHintPage : kTablePage);
}

void ServiceTablePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}

void ServiceTablePane::retranslateUi()
{
    if (kind() == ServiceKind::Rx) {
        m_hint->setText(WindowText::tr("No RX service yet.\nAn RX receives an SRT stream from a TX and sends it out as UDP "
                                       "(unicast or multicast)."));
        m_hintButton->setText(WindowText::tr("Add an RX service"));
    } else {
        m_hint->setText(WindowText::tr("No TX service yet.\nA TX reads a UDP stream (unicast or multicast) and sends it "
                                       "over SRT to an RX."));
        m_hintButton->setText(WindowText::tr("Add a TX service"));
    }
    m_model->retranslate();
}

} // namespace srtdesk
