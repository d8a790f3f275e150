// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogFilterModel.h"

#include "ui/LogModel.h"

#include <QRegularExpression>

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

void LogFilterModel::setService(const QString &name, qint64 id)
{
    m_serviceName = name;
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
    const QString message = index.data(Qt::DisplayRole).toString();
    if (!m_text.isEmpty() && !message.contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_serviceId == 0)
        return true;
    if (!m_serviceName.isEmpty() && message.contains(m_serviceName))
        return true;
    // The manager names services by id: "started rx 5 name", "stopped 5", "service 5 not resumed".
    const QRegularExpression byId(QStringLiteral("\\b(?:rx|tx|removed|stopped|service) %1\\b").arg(m_serviceId));
    if (message.contains(byId))
        return true;
    return false;
}

} // namespace srtdesk
