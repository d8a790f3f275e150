// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogFilterModel.h"

#include "ui/LogModel.h"

namespace srtdesk {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LogFilterModel::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
}

void LogFilterModel::setService(qint64 id)
{
    m_serviceId = id;
    invalidateFilter();
}

void LogFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, LogModel::MessageColumn, sourceParent);
    if (index.data(LogModel::SeverityRole).toInt() < m_minimumSeverity)
        return false;
    if (m_serviceId != 0 && index.data(LogModel::ServiceIdRole).toLongLong() != m_serviceId)
        return false;
    return m_text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace srtdesk
