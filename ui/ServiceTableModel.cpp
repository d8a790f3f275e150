// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTableModel.h"

#include "core/ServiceManager.h"
#include "ui/LinkPhase.h"
#include "ui/UiIcons.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace srtdesk {

ServiceTableModel::ServiceTableModel(ServiceManager &manager, ServiceKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_kind(kind)
{
    m_rows = m_manager.list(m_kind);
    connect(&m_manager, &ServiceManager::serviceAdded, this, &ServiceTableModel::refresh);
    connect(&m_manager, &ServiceManager::serviceRemoved, this, &ServiceTableModel::refresh);
    connect(&m_manager, &ServiceManager::serviceUpdated, this, &ServiceTableModel::refresh);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, &ServiceTableModel::refreshService);
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, &ServiceTableModel::refresh);
}

qint64 ServiceTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config.id : 0;
}

int ServiceTableModel::rowOf(qint64 id) const
{
    // Rows are ordered by id.
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                               [](const ServiceStatus &s, qint64 value) { return s.config.id < value; });
    if (it == m_rows.cend() || it->config.id != id)
        return -1;
    return int(it - m_rows.cbegin());
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ServiceTableModel::isAlarm(const ServiceStatus &s)
{
    return s.running && (s.stats.state == LinkState::Disconnected || !s.stats.lastError.isEmpty());
}

QString ServiceTableModel::modeText(SrtMode mode)
{
    switch (mode) {
    case SrtMode::Caller:
        return tr("Caller");
    case SrtMode::Listener:
        return tr("Listener");
    case SrtMode::Rendezvous:
        return tr("Rendezvous");
    }
    return {};
}

QString ServiceTableModel::linkText(const ServiceStatus &status)
{
    return LinkPhase::text(LinkPhase::of(status));
}

QVariant ServiceTableModel::displayValue(const ServiceStatus &s, int column) const
{
    const QLocale locale;
    const bool live = s.running && s.stats.state == LinkState::Connected;
    switch (column) {
    case IdColumn:
        return locale.toString(s.config.id);
    case NameColumn:
        return s.config.serviceName;
    case ModeColumn:
        return modeText(s.config.mode);
    case PeerColumn:
        return s.config.usesPeerIp() ? s.config.peerIp : QString();
    case PortColumn:
        return QString::number(s.config.listenPort); // ports read better without group separators
    case UdpColumn:
        return s.config.udpAddress;
    case StateColumn:
        return s.running ? tr("Running") : tr("Stopped");
    case LinkColumn:
        return linkText(s);
    case RttColumn:
        if (!live)
            return QString();
        return s.stats.rttMeasured ? tr("%1 ms").arg(locale.toString(s.stats.linkRtt, 'f', 1)) : QStringLiteral("–");
    case RateColumn:
        return live ? locale.toString(s.stats.mbitRate, 'f', 2) : QString();
    case LossColumn:
        return live ? tr("%1 %").arg(locale.toString(s.stats.lineLoss, 'f', 2)) : QString();
    case ReconnectionsColumn:
        return s.running ? locale.toString(s.stats.reconnections) : QString();
    case LastErrorColumn:
        return s.stats.lastError;
    }
    return {};
}

QVariant ServiceTableModel::sortValue(const ServiceStatus &s, int column)
{
    switch (column) {
    case IdColumn:
        return s.config.id;
    case NameColumn:
        return s.config.serviceName;
    case ModeColumn:
        return int(s.config.mode);
    case PeerColumn:
        return s.config.usesPeerIp() ? s.config.peerIp : QString();
    case PortColumn:
        return s.config.listenPort;
    case UdpColumn:
        return s.config.udpAddress;
    case StateColumn:
        return s.running;
    case LinkColumn:
        return LinkPhase::rank(s);
    case RttColumn:
        return s.stats.rttMeasured ? s.stats.linkRtt : -1.0;
    case RateColumn:
        return s.stats.mbitRate;
    case LossColumn:
        return s.stats.lineLoss;
    case ReconnectionsColumn:
        return s.stats.reconnections;
    case LastErrorColumn:
        return s.stats.lastError;
    }
    return {};
}

QVariant ServiceTableModel::toolTip(const ServiceStatus &s, int column) const
{
    switch (column) {
    case NameColumn:
        return tr("%1 service %2, Id %3").arg(s.config.isRx() ? tr("RX") : tr("TX"), s.config.serviceName).arg(s.config.id);
    case LinkColumn:
        return LinkPhase::toolTip(s);
    case LastErrorColumn:
        // The whole message: the cell is often too narrow for it.
        return s.stats.lastError;
    case RttColumn:
        if (s.running && s.stats.state == LinkState::Connected && !s.stats.rttMeasured)
            return tr("Not measured yet: the round-trip time is measured once data flows.");
        return {};
    case PeerColumn:
    case UdpColumn:
        return displayValue(s, column); // may be elided in a narrow column
    default:
        return {};
    }
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceStatus &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, column);
    case Qt::DecorationRole:
        if (column == LinkColumn)
            return LinkPhase::icon(LinkPhase::of(s));
        return {};
    case Qt::ForegroundRole:
        if (column == LinkColumn)
            return LinkPhase::color(LinkPhase::of(s));
        if (column == LastErrorColumn && !s.stats.lastError.isEmpty())
            return QColor(0xb0, 0x24, 0x1b);
        if (column == StateColumn && !s.running)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::FontRole:
        if (column == NameColumn || (column == LinkColumn && s.running)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case IdColumn:
        case PortColumn:
        case RttColumn:
        case RateColumn:
        case LossColumn:
        case ReconnectionsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        return toolTip(s, column);
    case ServiceIdRole:
        return s.config.id;
    case SortRole:
        return sortValue(s, column);
    case RunningRole:
        return s.running;
    case LinkStateRole:
        return int(s.stats.state);
    case AlarmRole:
        return isAlarm(s);
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        const bool rx = m_kind == ServiceKind::Rx;
        switch (section) {
        case IdColumn:
            return tr("Id");
        case NameColumn:
            return tr("Name");
        case ModeColumn:
            return tr("Mode");
        case PeerColumn:
            return rx ? tr("TX address") : tr("RX address");
        case PortColumn:
            return tr("Port");
        case UdpColumn:
            return rx ? tr("UDP out") : tr("UDP in");
        case StateColumn:
            return tr("State");
        case LinkColumn:
            return tr("Link");
        case RttColumn:
            return tr("RTT");
        case RateColumn:
            return tr("Mbit/s");
        case LossColumn:
            return tr("Loss");
        case ReconnectionsColumn:
            return tr("Reconnections");
        case LastErrorColumn:
            return tr("Last error");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeerColumn:
            return m_kind == ServiceKind::Rx ? tr("TxIp: the TX this RX calls (caller, rendezvous)")
                                             : tr("RxIp: the RX this TX calls (caller, rendezvous)");
        case PortColumn:
            return tr("ListenPort: the SRT port we listen on, or the peer's port we call");
        case RttColumn:
            return tr("Round-trip time between TX and RX");
        case RateColumn:
            return m_kind == ServiceKind::Rx ? tr("Received bit rate") : tr("Sent bit rate");
        case LossColumn:
            return tr("Packets lost since the link connected, as a percentage of packets");
        case ReconnectionsColumn:
            return tr("Links re-established since the service started");
        default:
            return {};
        }
    }
    return {};
}

bool ServiceTableModel::cellChanged(const ServiceStatus &a, const ServiceStatus &b, int column)
{
    const bool liveA = a.running && a.stats.state == LinkState::Connected;
    const bool liveB = b.running && b.stats.state == LinkState::Connected;
    switch (column) {
    case LinkColumn: // its word, icon and tooltip (LinkPhase)
        return a.running != b.running || a.stats.state != b.stats.state || a.stats.lastError != b.stats.lastError
            || a.stats.peer != b.stats.peer || a.config.mode != b.config.mode || a.config.peerIp != b.config.peerIp
            || a.config.listenPort != b.config.listenPort;
    case RttColumn:
        return liveA != liveB || a.stats.linkRtt != b.stats.linkRtt || a.stats.rttMeasured != b.stats.rttMeasured;
    case RateColumn:
        return liveA != liveB || a.stats.mbitRate != b.stats.mbitRate;
    case LossColumn:
        return liveA != liveB || a.stats.lineLoss != b.stats.lineLoss;
    case ReconnectionsColumn:
        return a.running != b.running || a.stats.reconnections != b.stats.reconnections;
    case StateColumn:
        return a.running != b.running;
    case NameColumn:
        return a.config.serviceName != b.config.serviceName || a.config.kind != b.config.kind;
    default: // configuration and the last error: their sort value is what is shown
        return sortValue(a, column) != sortValue(b, column);
    }
}

void ServiceTableModel::updateRow(int row, const ServiceStatus &fresh)
{
    const ServiceStatus old = m_rows.at(row);
    m_rows[row] = fresh;
    // One dataChanged per run of adjacent changed cells: unchanged cells are not signalled.
    int first = -1;
    for (int column = 0; column <= ColumnCount; ++column) {
        const bool changed = column < ColumnCount && cellChanged(old, fresh, column);
        if (changed && first < 0)
            first = column;
        if (!changed && first >= 0) {
            emit dataChanged(index(row, first), index(row, column - 1));
            first = -1;
        }
    }
}

void ServiceTableModel::refreshService(qint64 id)
{
    const int row = rowOf(id);
    const auto status = m_manager.get(id);
    if (row < 0 || !status || status->config.kind != m_kind)
        return;
    updateRow(row, *status);
}

void ServiceTableModel::refresh()
{
    const QList<ServiceStatus> fresh = m_manager.list(m_kind);
    // Both lists are ordered by id: walk them together.
    int row = 0;
    int i = 0;
    while (i < fresh.size() || row < m_rows.size()) {
        if (row >= m_rows.size()) {
            const int count = int(fresh.size()) - i;
            beginInsertRows({}, row, row + count - 1);
            for (int k = 0; k < count; ++k)
                m_rows.append(fresh.at(i + k));
            endInsertRows();
            break;
        }
        if (i >= fresh.size()) {
            beginRemoveRows({}, row, int(m_rows.size()) - 1);
            m_rows.erase(m_rows.begin() + row, m_rows.end());
            endRemoveRows();
            break;
        }
        const qint64 shownId = m_rows.at(row).config.id;
        const qint64 freshId = fresh.at(i).config.id;
        if (shownId == freshId) {
            updateRow(row, fresh.at(i));
            ++row;
            ++i;
        } else if (shownId < freshId) { // removed
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else { // added
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(i));
            endInsertRows();
            ++row;
            ++i;
        }
    }
}

void ServiceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace srtdesk
