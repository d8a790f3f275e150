// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace srtdesk {

// One overview row as a tile: the name, the link's state in its colour and icon, kind and mode,
// the bit rate with its sparkline, loss and RTT; the frame takes the row's worst level. Reads
// the row's cells through the index's siblings (OverviewModel columns).
class TileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileDelegate)

public:
    explicit TileDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace srtdesk
