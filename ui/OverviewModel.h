// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServicePairing.h"
#include "core/model/ServiceStatus.h"
#include "ui/OverviewCells.h"
#include "ui/OverviewRow.h"
#include "ui/StatsThresholds.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace srtdesk {

class ServiceManager;

// Every service of both kinds in one table: what it is (name, kind, mode, peer, latency,
// encryption), how its link is (state, bit rate with a sparkline of the last minutes, loss,
// RTT) and, from sources set by other parts, the stream's health and its alarms. Colours come
// from one StatsThresholds. Services that carry the same stream (ServicePairing) are adjacent,
// in the direction the stream flows: the rows' own order; a view sorts through a proxy.
//
// A statistics tick never resets the model nor changes its layout: it emits dataChanged for the
// cells whose value changed, one signal per run of adjacent changed cells in a row. State
// changes update one row; adding, removing and editing services insert, remove and move rows.
class OverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    enum Column {
        NameColumn,
        KindColumn,
        ModeColumn,
        PeerColumn,
        StateColumn,
        RateColumn,
        LossColumn,
        RttColumn,
        LatencyColumn,
        EncryptionColumn,
        TsHealthColumn,
        AlarmsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ServiceIdRole = Qt::UserRole + 1, // qint64, every column
        SortRole,                         // the cell's raw value, for sorting and filtering
        RunningRole,                      // bool
        LevelRole,                        // int(HealthLevel) of the cell; the row's worst in NameColumn
        SparklineRole,                    // QList<double>: the bit rate's last values, oldest first
        GroupRole,                        // qint64: the pair group (ServicePairing::groupOf)
        KindRole                          // int(ServiceKind)
    };

    // Points kept per sparkline: five minutes at the default statistics interval of 1 s.
    static constexpr int kSparklinePoints = 300;

    explicit OverviewModel(ServiceManager &manager, QObject *parent = nullptr);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    QList<double> sparkline(qint64 id) const;

    // What `column` (TsHealthColumn or AlarmsColumn) shows; an unset source leaves it empty.
    void setCellSource(Column column, OverviewCellSource source);
    // The colours' limits of every service (the default alarm rules until set), or of each
    // service from its effective rules (read with the sources on every tick).
    void setThresholds(const StatsThresholds &thresholds);
    const StatsThresholds &thresholds() const { return m_thresholds; }
    using ThresholdSource = std::function<StatsThresholds(qint64 serviceId)>;
    void setThresholdSource(ThresholdSource source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A statistics tick: reads every service, extends the sparklines, signals changed cells.
    void refreshStatistics();
    // What the sources say changed (alarms raised or cleared, new rules): their cells and the
    // colours follow at once, without a statistics tick.
    void refreshSources();
    // One service's state changed (running, link, last error).
    void refreshService(qint64 id);
    // Services were added, removed or edited: rows, their order and the pairs follow.
    void refreshStructure();
    void retranslate();

private:
    // Takes `fresh`'s status, sources and pairing (not its sparkline, which the caller moves
    // itself) and signals the cells that changed; `sparklineMoved` signals the rate cell too.
    void updateRow(int row, const OverviewRow &fresh, bool sparklineMoved = false);
    OverviewRow makeRow(const ServiceStatus &status) const;
    void placeInPairs(OverviewRow &row) const;
    void readSources(OverviewRow &row) const;
    void seedSparkline(OverviewRow &row) const;
    void insertNewRows(const QHash<qint64, const ServiceStatus *> &byId);
    void removeGoneRows(const QHash<qint64, const ServiceStatus *> &byId);
    void reorder(const QList<qint64> &order);
    void rebuildIndex();

    ServiceManager &m_manager;
    QList<OverviewRow> m_rows; // in the order of ServicePairing::order()
    QHash<qint64, int> m_rowOf;
    StatsThresholds m_thresholds;
    ThresholdSource m_thresholdSource;
    OverviewCells m_cells;
    OverviewCellSource m_tsHealthSource;
    OverviewCellSource m_alarmsSource;
    ServicePairing m_pairing;
};

} // namespace srtdesk
