// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmFilterModel.h"

#include "ui/AlarmTableModel.h"

namespace srtdesk {

AlarmFilterModel::AlarmFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlarmTableModel::SortRole);
}

void AlarmFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AlarmFilterModel::setMinimumSeverity(AlarmSeverity severity)
{
    m_minimum = severity;
    invalidateRowsFilter();
}

bool AlarmFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (model->data(first, AlarmTableModel::SeverityRole).toInt() < int(m_minimum))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {AlarmTableModel::ServiceColumn, AlarmTableModel::MessageColumn, AlarmTableModel::SeverityColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace srtdesk
