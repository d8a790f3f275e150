// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTablePane.h"

#include "ui/ColumnFitter.h"
#include "ui/ServiceSelection.h"
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
#include <QContextMenuEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace srtdesk {

namespace {

constexpr int kHintPage = 0;
constexpr int kTablePage = 1;

} // namespace

ServiceTablePane::ServiceTablePane(ServiceManager &manager, ServiceKind kind, QWidget *parent)
    : ServicePane(parent)
    , m_model(new ServiceTableModel(manager, kind, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(key() + QStringLiteral("Pane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceTableModel::SortRole);
    m_proxy->setFilterKeyColumn(ServiceTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    createView();
    m_stack->addWidget(createHintPage());
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ServiceTablePane::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceTablePane::updateEmptyHint);
    retranslateUi();
    updateEmptyHint();
}

std::optional<ServiceKind> ServiceTablePane::kind() const
{
    return m_model->kind();
}

ServiceKind ServiceTablePane::serviceKind() const
{
    return m_model->kind();
}

QString ServiceTablePane::key() const
{
    return serviceKind() == ServiceKind::Rx ? QStringLiteral("rx") : QStringLiteral("tx");
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
    header->setHighlightSections(false);
    fitColumns();
    // Right-click on the header: choose the columns shown (remembered with the layout).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ServiceTablePane::showColumnMenu);

    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ServiceTablePane::editRequested);
    connect(m_view, &QTableView::activated, this, &ServiceTablePane::onActivated);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ServiceTablePane::onContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServiceTablePane::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServiceTablePane::selectionChanged);
}

void ServiceTablePane::fitColumns()
{
    using M = ServiceTableModel;
    const auto title = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    const auto width = [&](int column, const QString &sample, bool icon = false) {
        return ColumnFitter::widthFor(*m_view, sample, title(column), icon);
    };
    const auto digits = [this](const QString &sample) { return ColumnFitter::widthFor(*m_view, sample, {}); };
    m_fitter = new ColumnFitter(
        *m_view, {{M::IdColumn, width(M::IdColumn, QStringLiteral("9999")), 36, false},
                  {M::NameColumn, 170, 90, true},
                  {M::ModeColumn, width(M::ModeColumn, M::modeText(SrtMode::Rendezvous)), 60, true},
                  {M::PeerColumn, width(M::PeerColumn, QStringLiteral("255.255.255.255")), 70, true},
                  {M::PortColumn, width(M::PortColumn, QStringLiteral("65535")), 48, false},
                  {M::UdpColumn, width(M::UdpColumn, QStringLiteral("239.255.255.255:65535")), 90, true},
                  {M::StateColumn, width(M::StateColumn, M::tr("Stopped")), 60, true},
                  {M::LinkColumn, width(M::LinkColumn, M::tr("Disconnected"), true), 90, true},
                  {M::RttColumn, width(M::RttColumn, QStringLiteral("999.9 ms")), 56, false},
                  {M::RateColumn, width(M::RateColumn, QStringLiteral("999.99")), 52, false},
                  {M::LossColumn, width(M::LossColumn, QStringLiteral("99.99 %")), 56, false},
                  {M::ReconnectionsColumn, width(M::ReconnectionsColumn, QStringLiteral("9999")), digits(QStringLiteral("99999")), true},
                  {M::LastErrorColumn, 220, 120, true}});
}

QWidget *ServiceTablePane::createHintPage()
{
    auto *page = new QWidget(this);
    m_hint = new QLabel(page);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(key() + QStringLiteral("Hint"));
    m_hintButton = new QPushButton(page);
    m_hintButton->setIcon(UiIcons::icon(serviceKind() == ServiceKind::Rx ? "add-rx" : "add-tx"));
    connect(m_hintButton, &QPushButton::clicked, this, [this] { emit addRequested(serviceKind()); });
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
    return ServiceSelection::current(*m_view, ServiceTableModel::ServiceIdRole);
}

QList<qint64> ServiceTablePane::selectedServiceIds() const
{
    return ServiceSelection::selected(*m_view, ServiceTableModel::ServiceIdRole);
}

bool ServiceTablePane::selectService(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ServiceTableModel::NameColumn));
    if (!index.isValid())
        return false; // filtered out
    ServiceSelection::select(*m_view, index);
    return true;
}

void ServiceTablePane::selectServices(const QList<qint64> &ids)
{
    QModelIndexList indexes;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            indexes.append(index);
    }
    ServiceSelection::selectRows(*m_view, indexes);
}

QByteArray ServiceTablePane::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ServiceTablePane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        m_fitter->adoptCurrentWidths();
}

void ServiceTablePane::updateEmptyHint()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? kHintPage : kTablePage);
    setFocusProxy(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_hintButton) : m_view);
}

void ServiceTablePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ServicePane::changeEvent(event);
}

bool ServiceTablePane::eventFilter(QObject *watched, QEvent *event)
{
    // The menu key (or Shift+F10) opens the row menu at the current row, not at the mouse.
    if (watched == m_view && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = m_view->currentIndex();
        onContextMenu(current.isValid() ? m_view->visualRect(current).center() : QPoint(4, 4));
        return true;
    }
    return ServicePane::eventFilter(watched, event);
}

void ServiceTablePane::retranslateUi()
{
    if (serviceKind() == ServiceKind::Rx) {
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
