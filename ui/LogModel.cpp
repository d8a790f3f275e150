// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogModel.h"

#include <QColor>
#include <QLocale>

namespace srtdesk {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void LogModel::append(const LogEntry &entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void LogModel::clear()
{
    if (m_entries.empty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelText(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("Debug");
    case QtInfoMsg:
        return tr("Info");
    case QtWarningMsg:
        return tr("Warning");
    case QtCriticalMsg:
        return tr("Critical");
    case QtFatalMsg:
        return tr("Fatal");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.time(), QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(e.type);
        case CategoryColumn:
            return e.category;
        case MessageColumn:
            return e.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == TimeColumn)
            return QString(QLocale().toString(e.time, QLocale::LongFormat) + QStringLiteral("\n") + e.message);
        return {};
    case Qt::ForegroundRole:
        switch (e.type) {
        case QtWarningMsg:
            return QColor(0x9a, 0x6a, 0x00);
        case QtCriticalMsg:
        case QtFatalMsg:
            return QColor(0xb0, 0x24, 0x1b);
        case QtDebugMsg:
            return QColor(0x70, 0x70, 0x70);
        default:
            return {};
        }
    case SeverityRole:
        return LogCollector::severity(e.type);
    case ServiceIdRole:
        return e.serviceId;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace srtdesk
