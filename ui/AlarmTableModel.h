// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"

#include <QAbstractTableModel>
#include <QList>

namespace srtdesk {

// A list of alarms as a table: the active ones in the alarms dock, or the history (active and
// cleared). Messages are rendered in the operator's language when shown (AlarmText). An update
// with the same alarms in the same order signals only the cells that changed (an
// acknowledgement, a clearing); a different list resets the table.
class AlarmTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmTableModel)

public:
    enum Column { SeverityColumn, ServiceColumn, SinceColumn, ClearedColumn, MessageColumn, AcknowledgedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AlarmIdRole = Qt::UserRole + 1, // qint64, every column
        ServiceIdRole,                  // qint64
        SortRole,                       // the raw value: severity rank, times in ms, names
        SeverityRole                    // int(AlarmSeverity)
    };

    explicit AlarmTableModel(QObject *parent = nullptr);

    void setAlarms(const QList<Alarm> &alarms);
    // The language changed: headers and every cell are shown anew.
    void retranslate();
    const QList<Alarm> &alarms() const { return m_alarms; }
    Alarm alarmAt(int row) const { return m_alarms.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Comma-separated values of `alarms` (RFC 4180 quoting): times in ISO 8601 UTC, severity and
    // type as the REST API names them, the message in the operator's language.
    static QByteArray toCsv(const QList<Alarm> &alarms);
    // "RX 3 Madrid"
    static QString serviceText(const Alarm &alarm);

private:
    QString display(const Alarm &alarm, int column) const;
    static QString timeText(qint64 msecs);

    QList<Alarm> m_alarms;
};

} // namespace srtdesk
