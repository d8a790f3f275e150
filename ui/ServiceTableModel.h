// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceStatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace srtdesk {

class ServiceManager;

// The services of one kind (RX or TX) as table rows, ordered by id. It reads everything from
// ServiceManager: the rows it keeps are the last values shown, used to tell which cells
// changed so that a statistics tick emits dataChanged for those cells only. Adding and
// removing services inserts and removes rows; the model is never reset.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        ModeColumn,
        PeerColumn,
        PortColumn,
        UdpColumn,
        StateColumn,
        LinkColumn,
        RttColumn,
        RateColumn,
        LossColumn,
        ReconnectionsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ServiceIdRole = Qt::UserRole + 1, // qint64, every column
        SortRole,                         // raw value of the cell, for sorting
        RunningRole,                      // bool
        LinkStateRole,                    // int(LinkState)
        AlarmRole                         // bool: running and the link is down or failing
    };

    ServiceTableModel(ServiceManager &manager, ServiceKind kind, QObject *parent = nullptr);

    ServiceKind kind() const { return m_kind; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the manager again: inserts, removes and updates rows as needed.
    void refresh();
    // One service's state changed (running, link, last error): its row only.
    void refreshService(qint64 id);
    // Re-emits the header and every text cell after the language changed.
    void retranslate();

    static bool isAlarm(const ServiceStatus &status);
    static QString modeText(SrtMode mode);
    // The Link cell's word (LinkPhase).
    static QString linkText(const ServiceStatus &status);

private:
    QVariant displayValue(const ServiceStatus &s, int column) const;
    QVariant toolTip(const ServiceStatus &s, int column) const;
    static QVariant sortValue(const ServiceStatus &s, int column);
    static bool cellChanged(const ServiceStatus &a, const ServiceStatus &b, int column);
    void updateRow(int row, const ServiceStatus &fresh);

    ServiceManager &m_manager;
    const ServiceKind m_kind;
    QList<ServiceStatus> m_rows; // what the view shows now, ordered by id
};

} // namespace srtdesk
