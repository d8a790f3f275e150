// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogCollector.h"

#include <QAbstractTableModel>
#include <deque>

namespace srtdesk {

// The log messages the panel shows, newest last, at most `capacity` of them (the oldest
// are dropped first).
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // LogCollector::severity
        ServiceIdRole                    // qint64: the service the message is about, 0: none
    };

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);

    void append(const LogEntry &entry);
    void clear();
    const LogEntry &entry(int row) const { return m_entries.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();
    static QString levelText(QtMsgType type);

private:
    const int m_capacity;
    std::deque<LogEntry> m_entries;
};

} // namespace srtdesk
