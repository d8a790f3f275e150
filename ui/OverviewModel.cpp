// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OverviewModel.h"

#include "core/ServiceManager.h"
#include "ui/LinkPhase.h"
#include "ui/UiIcons.h"

#include <QFont>
#include <QNetworkInterface>

namespace srtdesk {

namespace {

bool live(const ServiceStatus &s)
{
    return s.running && s.stats.state == LinkState::Connected;
}

ServicePairing pairingOf(const QList<ServiceStatus> &all)
{
    QList<ServiceConfig> configs;
    configs.reserve(all.size());
    for (const ServiceStatus &s : all)
        configs.append(s.config);
    return ServicePairing::of(configs, QNetworkInterface::allAddresses());
}

QHash<qint64, const ServiceStatus *> byId(const QList<ServiceStatus> &all)
{
    QHash<qint64, const ServiceStatus *> result;
    result.reserve(all.size());
    for (const ServiceStatus &s : all)
        result.insert(s.config.id, &s);
    return result;
}

} // namespace

OverviewModel::OverviewModel(ServiceManager &manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    const QList<ServiceStatus> all = m_manager.list();
    m_pairing = pairingOf(all);
    const auto statuses = byId(all);
    for (qint64 id : m_pairing.order())
        m_rows.append(makeRow(*statuses.value(id)));
    rebuildIndex();

    connect(&m_manager, &ServiceManager::statisticsUpdated, this, &OverviewModel::refreshStatistics);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, &OverviewModel::refreshService);
    for (auto signal : {&ServiceManager::serviceAdded, &ServiceManager::serviceRemoved, &ServiceManager::serviceUpdated})
        connect(&m_manager, signal, this, &OverviewModel::refreshStructure);
}

qint64 OverviewModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status.config.id : 0;
}

int OverviewModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

QList<double> OverviewModel::sparkline(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QList<double>() : m_rows.at(row).sparkline;
}

void OverviewModel::setCellSource(Column column, OverviewCellSource source)
{
    Q_ASSERT(column == TsHealthColumn || column == AlarmsColumn);
    (column == TsHealthColumn ? m_tsHealthSource : m_alarmsSource) = std::move(source);
    refreshSources();
}

void OverviewModel::refreshSources()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        OverviewRow fresh = m_rows.at(row);
        readSources(fresh);
        updateRow(row, fresh);
    }
}

void OverviewModel::setThresholds(const StatsThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (OverviewRow &row : m_rows)
        readSources(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OverviewModel::setThresholdSource(ThresholdSource source)
{
    m_thresholdSource = std::move(source);
    refreshSources();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

OverviewRow OverviewModel::makeRow(const ServiceStatus &status) const
{
    OverviewRow row;
    row.status = status;
    placeInPairs(row);
    seedSparkline(row);
    readSources(row);
    return row;
}

void OverviewModel::placeInPairs(OverviewRow &row) const
{
    const qint64 id = row.status.config.id;
    row.group = m_pairing.groupOf(id);
    row.upstream = 0;
    row.upstreamText.clear();
    for (const ServicePairing::Link &link : m_pairing.links()) {
        if (link.to != id)
            continue;
        const auto source = m_manager.config(link.from);
        if (!source)
            continue;
        row.upstream = link.from;
        const QString name =
            QStringLiteral("%1 %2 “%3”").arg(OverviewCells::kindText(source->kind)).arg(source->id).arg(source->serviceName);
        row.upstreamText = link.via == ServicePairing::Via::Srt
            ? tr("Receives the stream of %1 over SRT on this machine.").arg(name)
            : tr("Receives the stream of %1 over UDP on this machine.").arg(name);
        break;
    }
}

void OverviewModel::seedSparkline(OverviewRow &row) const
{
    row.statsIntervalMs = m_manager.statsIntervalMs();
    if (!row.status.running)
        return;
    // A window opened on running links starts with the trend they already have.
    const QList<StatsSample> history =
        m_manager.history(row.status.config.id, qint64(kSparklinePoints) * row.statsIntervalMs);
    const qsizetype skip = std::max<qsizetype>(0, history.size() - kSparklinePoints);
    for (qsizetype i = skip; i < history.size(); ++i)
        row.sparkline.append(row.status.config.isRx() ? history.at(i).recvMbps : history.at(i).sendMbps);
}

void OverviewModel::readSources(OverviewRow &row) const
{
    const qint64 id = row.status.config.id;
    row.tsHealth = m_tsHealthSource ? m_tsHealthSource(id) : OverviewCell{};
    row.alarms = m_alarmsSource ? m_alarmsSource(id) : OverviewCell{};
    row.thresholds = m_thresholdSource ? m_thresholdSource(id) : m_thresholds;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_cells.display(row, column);
    case Qt::ToolTipRole:
        return m_cells.toolTip(row, column);
    case Qt::AccessibleTextRole:
        return m_cells.accessibleText(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return LinkPhase::icon(LinkPhase::of(row.status));
        if (column == KindColumn)
            return UiIcons::icon(row.status.config.isRx() ? "add-rx" : "add-tx");
        if (column != NameColumn)
            return UiIcons::levelIcon(m_cells.level(row, column));
        return {};
    case Qt::ForegroundRole: {
        if (column == StateColumn)
            return LinkPhase::color(LinkPhase::of(row.status));
        const bool muted = (column == PeerColumn && !live(row.status))
            || (column == EncryptionColumn && row.status.config.passPhrase.isEmpty());
        if (muted)
            return QColor(0x70, 0x70, 0x70);
        const QColor color = column == NameColumn ? QColor() : UiIcons::levelColor(m_cells.level(row, column));
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::FontRole:
        if (column == NameColumn || (column == StateColumn && row.status.running)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case RateColumn:
        case LossColumn:
        case RttColumn:
        case LatencyColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case ServiceIdRole:
        return row.status.config.id;
    case SortRole:
        return m_cells.sortValue(row, column);
    case RunningRole:
        return row.status.running;
    case LevelRole:
        return int(m_cells.level(row, column));
    case SparklineRole:
        return QVariant::fromValue(row.sparkline);
    case GroupRole:
        return row.group;
    case KindRole:
        return int(row.status.config.kind);
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case KindColumn:
            return tr("Kind");
        case ModeColumn:
            return tr("Mode");
        case PeerColumn:
            return tr("Peer");
        case StateColumn:
            return tr("Link");
        case RateColumn:
            return tr("Mbit/s");
        case LossColumn:
            return tr("Loss");
        case RttColumn:
            return tr("RTT");
        case LatencyColumn:
            return tr("Latency");
        case EncryptionColumn:
            return tr("Encryption");
        case TsHealthColumn:
            return tr("Stream");
        case AlarmsColumn:
            return tr("Alarms");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeerColumn:
            return tr("The other end: a listener's connected caller, or the address a caller calls");
        case RateColumn:
            return tr("Bit rate now, and its trend over the last minutes");
        case LossColumn:
            return tr("Packets lost since the link connected, as a percentage of packets");
        case RttColumn:
            return tr("Round-trip time between TX and RX");
        case TsHealthColumn:
            return tr("The health of the MPEG-TS stream carried (format, errors, programmes)");
        case AlarmsColumn:
            return tr("The service's active alarms");
        default:
            return {};
        }
    }
    return {};
}

void OverviewModel::updateRow(int row, const OverviewRow &fresh, bool sparklineMoved)
{
    OverviewRow &current = m_rows[row];
    bool changed[ColumnCount];
    for (int column = 0; column < ColumnCount; ++column)
        changed[column] = m_cells.changed(current, fresh, column) || (column == RateColumn && sparklineMoved);
    current.status = fresh.status;
    current.tsHealth = fresh.tsHealth;
    current.alarms = fresh.alarms;
    current.thresholds = fresh.thresholds;
    current.group = fresh.group;
    current.upstream = fresh.upstream;
    current.upstreamText = fresh.upstreamText;
    current.statsIntervalMs = fresh.statsIntervalMs;
    // One dataChanged per run of adjacent changed cells: unchanged cells are not signalled.
    int first = -1;
    for (int column = 0; column <= ColumnCount; ++column) {
        const bool on = column < ColumnCount && changed[column];
        if (on && first < 0)
            first = column;
        if (!on && first >= 0) {
            emit dataChanged(index(row, first), index(row, column - 1));
            first = -1;
        }
    }
}

void OverviewModel::refreshStatistics()
{
    const QList<ServiceStatus> all = m_manager.list();
    const int interval = m_manager.statsIntervalMs();
    for (const ServiceStatus &status : all) {
        const int row = rowOf(status.config.id);
        if (row < 0)
            continue; // added since the last structure refresh, which brings it
        OverviewRow &current = m_rows[row];
        bool moved = false;
        if (status.running) {
            current.sparkline.append(live(status) ? status.stats.mbitRate : 0.0);
            if (current.sparkline.size() > kSparklinePoints)
                current.sparkline.removeFirst();
            moved = true;
        } else if (!current.sparkline.isEmpty()) {
            current.sparkline.clear();
            moved = true;
        }
        OverviewRow fresh;
        fresh.status = status;
        fresh.group = current.group;
        fresh.upstream = current.upstream;
        fresh.upstreamText = current.upstreamText;
        fresh.statsIntervalMs = interval;
        readSources(fresh);
        updateRow(row, fresh, moved);
    }
}

void OverviewModel::refreshService(qint64 id)
{
    const int row = rowOf(id);
    const auto status = m_manager.get(id);
    if (row < 0 || !status)
        return;
    OverviewRow fresh = m_rows.at(row);
    fresh.status = *status;
    readSources(fresh);
    const bool cleared = !status->running && !m_rows.at(row).sparkline.isEmpty();
    if (cleared)
        m_rows[row].sparkline.clear();
    updateRow(row, fresh, cleared);
}

void OverviewModel::refreshStructure()
{
    const QList<ServiceStatus> all = m_manager.list();
    const auto statuses = byId(all);
    m_pairing = pairingOf(all);
    removeGoneRows(statuses);
    QList<qint64> kept;
    for (qint64 id : m_pairing.order()) {
        if (m_rowOf.contains(id))
            kept.append(id);
    }
    reorder(kept);
    insertNewRows(statuses);
    for (int row = 0; row < m_rows.size(); ++row) {
        OverviewRow fresh;
        fresh.status = *statuses.value(m_rows.at(row).status.config.id);
        fresh.statsIntervalMs = m_manager.statsIntervalMs();
        placeInPairs(fresh);
        readSources(fresh);
        updateRow(row, fresh);
    }
}

void OverviewModel::removeGoneRows(const QHash<qint64, const ServiceStatus *> &statuses)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (statuses.contains(m_rows.at(row).status.config.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
}

void OverviewModel::insertNewRows(const QHash<qint64, const ServiceStatus *> &statuses)
{
    // At ascending positions: the rows before each insertion already follow the order.
    const QList<qint64> &order = m_pairing.order();
    bool inserted = false;
    for (int position = 0; position < order.size(); ++position) {
        const qint64 id = order.at(position);
        if (m_rowOf.contains(id))
            continue;
        beginInsertRows({}, position, position);
        m_rows.insert(position, makeRow(*statuses.value(id)));
        m_rowOf.insert(id, position); // only "is shown" is read until the rebuild below
        endInsertRows();
        inserted = true;
    }
    if (inserted)
        rebuildIndex();
}

void OverviewModel::reorder(const QList<qint64> &order)
{
    bool same = true;
    for (int row = 0; row < order.size() && same; ++row)
        same = m_rows.at(row).status.config.id == order.at(row);
    if (same)
        return;
    // A pair formed or broke up by an edit: the rows move, no reset.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<qint64> idAtOldRow;
    idAtOldRow.reserve(m_rows.size());
    for (const OverviewRow &row : std::as_const(m_rows))
        idAtOldRow.append(row.status.config.id);
    QList<OverviewRow> moved;
    moved.reserve(m_rows.size());
    for (qint64 id : order)
        moved.append(std::move(m_rows[m_rowOf.value(id)]));
    m_rows = std::move(moved);
    rebuildIndex();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after.append(index(rowOf(idAtOldRow.at(old.row())), old.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OverviewModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).status.config.id, row);
}

void OverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace srtdesk
