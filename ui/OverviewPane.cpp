// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OverviewPane.h"

#include "ui/ColumnFitter.h"
#include "ui/OverviewModel.h"
#include "ui/ServiceSelection.h"
#include "ui/ServiceTableModel.h"
#include "ui/SparklineDelegate.h"
#include "ui/TileDelegate.h"
#include "ui/UiIcons.h"
#include "ui/WindowText.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

constexpr int kHintPage = 0;
constexpr int kTablePage = 1;
constexpr int kTilesPage = 2;

} // namespace

OverviewPane::OverviewPane(ServiceManager &manager, QWidget *parent)
    : ServicePane(parent)
    , m_model(new OverviewModel(manager, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("overviewPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OverviewModel::SortRole);
    m_proxy->setFilterRole(OverviewModel::SortRole); // the name without the pair's arrow
    m_proxy->setFilterKeyColumn(OverviewModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    createTable();
    createTiles();
    m_stack->addWidget(createHintPage());
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_tiles);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &OverviewPane::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPane::updatePage);
    retranslateUi();
    updatePage();
}

QString OverviewPane::key() const
{
    return QStringLiteral("overview");
}

std::optional<ServiceKind> OverviewPane::kind() const
{
    return std::nullopt;
}

void OverviewPane::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(OverviewModel::RateColumn, new SparklineDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    // Unsorted at first: the model's own order keeps pairs together. A third click on a header
    // comes back to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    fitColumns();
    connectView(m_table);
}

void OverviewPane::createTiles()
{
    m_tiles = new QListView(this);
    m_tiles->setObjectName(QStringLiteral("overviewTiles"));
    m_tiles->setModel(m_proxy);
    m_tiles->setModelColumn(OverviewModel::NameColumn);
    m_tiles->setSelectionModel(m_table->selectionModel()); // one selection, whichever is shown
    m_tiles->setItemDelegate(new TileDelegate(m_tiles));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setFlow(QListView::LeftToRight);
    m_tiles->setWrapping(true);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSpacing(4);
    m_tiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connectView(m_tiles);
}

void OverviewPane::connectView(QAbstractItemView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->installEventFilter(this);
    connect(view, &QAbstractItemView::doubleClicked, this, &OverviewPane::editRequested);
    connect(view, &QAbstractItemView::activated, this, [this, view] {
        // Enter on a row edits it (double-click arrives through doubleClicked).
        if (view->hasFocus() && QApplication::mouseButtons() == Qt::NoButton)
            emit editRequested();
    });
    connect(view, &QAbstractItemView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    if (view == m_table) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OverviewPane::selectionChanged);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OverviewPane::selectionChanged);
    }
}

void OverviewPane::fitColumns()
{
    using M = OverviewModel;
    const auto title = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    const auto width = [&](int column, const QString &sample, bool icon = false) {
        return ColumnFitter::widthFor(*m_table, sample, title(column), icon);
    };
    m_fitter = new ColumnFitter(
        *m_table,
        {{M::NameColumn, 180, 90, true},
         {M::KindColumn, width(M::KindColumn, QStringLiteral("TX"), true), 44, false},
         {M::ModeColumn, width(M::ModeColumn, ServiceTableModel::modeText(SrtMode::Rendezvous)), 60, true},
         {M::PeerColumn, width(M::PeerColumn, QStringLiteral("255.255.255.255:65535")), 80, true},
         {M::StateColumn, width(M::StateColumn, ServiceTableModel::tr("Disconnected"), true), 90, true},
         {M::RateColumn, width(M::RateColumn, QStringLiteral("999.99"), true) + 78, 110, true},
         {M::LossColumn, width(M::LossColumn, QStringLiteral("99.99 %"), true), 60, true},
         {M::RttColumn, width(M::RttColumn, QStringLiteral("999.9 ms"), true), 64, true},
         {M::LatencyColumn, width(M::LatencyColumn, QStringLiteral("9999 ms")), 56, true},
         {M::EncryptionColumn, width(M::EncryptionColumn, QStringLiteral("AES-256")), 60, true},
         {M::TsHealthColumn, 110, 56, true},
         {M::AlarmsColumn, 140, 60, true}});
}

QWidget *OverviewPane::createHintPage()
{
    auto *page = new QWidget(this);
    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("overviewHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_addRx = new QPushButton(UiIcons::icon("add-rx"), QString(), page);
    m_addTx = new QPushButton(UiIcons::icon("add-tx"), QString(), page);
    connect(m_addRx, &QPushButton::clicked, this, [this] { emit addRequested(ServiceKind::Rx); });
    connect(m_addTx, &QPushButton::clicked, this, [this] { emit addRequested(ServiceKind::Tx); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addRx);
    buttons->addWidget(m_addTx);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void OverviewPane::setTilesShown(bool tiles)
{
    m_tilesShown = tiles;
    updatePage();
}

bool OverviewPane::tilesShown() const
{
    return m_tilesShown;
}

QAbstractItemView *OverviewPane::shownView() const
{
    return m_tilesShown ? static_cast<QAbstractItemView *>(m_tiles) : m_table;
}

void OverviewPane::updatePage()
{
    const bool focused = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? kHintPage : m_tilesShown ? kTilesPage : kTablePage);
    setFocusProxy(m_stack->currentWidget() == m_stack->widget(kHintPage) ? m_addRx : m_stack->currentWidget());
    if (focused)
        m_stack->currentWidget()->setFocus();
}

void OverviewPane::setNameFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

qint64 OverviewPane::currentServiceId() const
{
    return ServiceSelection::current(*m_table, OverviewModel::ServiceIdRole);
}

QList<qint64> OverviewPane::selectedServiceIds() const
{
    return ServiceSelection::selected(*m_table, OverviewModel::ServiceIdRole);
}

bool OverviewPane::selectService(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, OverviewModel::NameColumn));
    if (!index.isValid())
        return false; // unknown or filtered out
    ServiceSelection::select(*shownView(), index);
    return true;
}

void OverviewPane::selectServices(const QList<qint64> &ids)
{
    QModelIndexList indexes;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            indexes.append(index);
    }
    ServiceSelection::selectRows(*shownView(), indexes);
}

void OverviewPane::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    QItemSelectionModel *selection = view->selectionModel();
    if (index.isValid() && !selection->isSelected(index))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit contextMenuRequested(view->viewport()->mapToGlobal(pos), index.isValid());
}

bool OverviewPane::eventFilter(QObject *watched, QEvent *event)
{
    // The menu key (or Shift+F10) opens the row menu at the current row, not at the mouse.
    auto *view = qobject_cast<QAbstractItemView *>(watched);
    if (view && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = view->currentIndex();
        showContextMenu(view, current.isValid() ? view->visualRect(current).center() : QPoint(4, 4));
        return true;
    }
    return ServicePane::eventFilter(watched, event);
}

QByteArray OverviewPane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void OverviewPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_fitter->adoptCurrentWidths();
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ServicePane::changeEvent(event);
}

void OverviewPane::retranslateUi()
{
    m_hint->setText(WindowText::tr("No service yet.\nAn RX receives an SRT stream and sends it out as UDP; a TX reads "
                                   "a UDP stream and sends it over SRT. Add one of each to carry a stream from one "
                                   "place to another."));
    m_addRx->setText(WindowText::tr("Add an RX service"));
    m_addTx->setText(WindowText::tr("Add a TX service"));
    m_table->setAccessibleName(WindowText::tr("All services"));
    m_table->setAccessibleDescription(
        WindowText::tr("One row per service; a service fed by the row above starts with an arrow"));
    m_tiles->setAccessibleName(WindowText::tr("All services as tiles"));
    m_model->retranslate();
}

} // namespace srtdesk
