// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceSelection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace srtdesk {

qint64 ServiceSelection::current(const QAbstractItemView &view, int idRole)
{
    const QItemSelectionModel *selection = view.selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isSelected(current))
        return current.data(idRole).toLongLong();
    const QModelIndexList indexes = selection->selectedIndexes();
    return indexes.isEmpty() ? 0 : indexes.first().data(idRole).toLongLong();
}

QList<qint64> ServiceSelection::selected(const QAbstractItemView &view, int idRole)
{
    QList<qint64> ids;
    const QModelIndexList indexes = view.selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        ids.append(index.data(idRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end()); // a table selects every cell of a row
    return ids;
}

void ServiceSelection::select(QAbstractItemView &view, const QModelIndex &index)
{
    view.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.scrollTo(index);
}

void ServiceSelection::selectRows(QAbstractItemView &view, const QModelIndexList &indexes)
{
    QItemSelection rows;
    for (const QModelIndex &index : indexes)
        rows.select(index, index);
    QItemSelectionModel *selection = view.selectionModel();
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!indexes.isEmpty()) {
        selection->setCurrentIndex(indexes.first(), QItemSelectionModel::NoUpdate);
        view.scrollTo(indexes.first());
    }
}

} // namespace srtdesk
