// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QModelIndex>

class QAbstractItemView;

namespace srtdesk {

// The selection of a view of services as service ids, whatever the view (table, tiles) and
// its proxy: `idRole` is the role that gives a row's service id.
class ServiceSelection
{
public:
    // The current row's service when it is selected, else the first selected one; 0: none.
    static qint64 current(const QAbstractItemView &view, int idRole);
    static QList<qint64> selected(const QAbstractItemView &view, int idRole); // ascending
    // Makes `index` (of the view's model) current and its row the selection.
    static void select(QAbstractItemView &view, const QModelIndex &index);
    // Selects the rows of `indexes` (of the view's model), the first one current.
    static void selectRows(QAbstractItemView &view, const QModelIndexList &indexes);
};

} // namespace srtdesk
