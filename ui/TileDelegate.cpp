// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TileDelegate.h"

#include "ui/OverviewModel.h"
#include "ui/SparklinePainter.h"
#include "ui/UiIcons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace srtdesk {

namespace {

QString cell(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

QColor frameColor(const QModelIndex &index, const QPalette &palette)
{
    const auto level = HealthLevel(index.siblingAtColumn(OverviewModel::NameColumn).data(OverviewModel::LevelRole).toInt());
    const QColor color = UiIcons::levelColor(level);
    return color.isValid() ? color : palette.color(QPalette::Mid);
}

} // namespace

TileDelegate::TileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return QSize(std::max(220, line * 15), line * 4 + 44);
}

void TileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF tile = QRectF(option.rect).adjusted(3, 3, -3, -3);
    QPainterPath shape;
    shape.addRoundedRect(tile, 5, 5);
    painter->fillPath(shape, selected ? palette.color(QPalette::Highlight).lighter(175) : palette.color(QPalette::Base));
    const QColor frame = frameColor(index, palette);
    painter->setPen(QPen(frame, frame == palette.color(QPalette::Mid) ? 1.0 : 2.2));
    painter->drawPath(shape);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.0, Qt::DashLine));
        painter->drawRoundedRect(tile.adjusted(3, 3, -3, -3), 3, 3);
    }

    const int line = option.fontMetrics.height();
    const QRect inner = tile.toRect().adjusted(9, 6, -9, -6);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString name = index.siblingAtColumn(OverviewModel::NameColumn).data().toString();
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, inner.width()));

    // The link: its icon and word in its colour, then kind and mode.
    const QModelIndex state = index.siblingAtColumn(OverviewModel::StateColumn);
    const QRect second(inner.left(), inner.top() + line + 4, inner.width(), line);
    const int icon = line;
    state.data(Qt::DecorationRole).value<QIcon>().paint(painter, QRect(second.left(), second.top(), icon, icon));
    painter->setFont(option.font);
    painter->setPen(state.data(Qt::ForegroundRole).value<QColor>());
    const QString stateText = state.data().toString();
    const QRect stateRect = second.adjusted(icon + 4, 0, 0, 0);
    painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter, stateText);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString what = cell(index, OverviewModel::KindColumn) + QStringLiteral(" · ") + cell(index, OverviewModel::ModeColumn);
    const int stateWidth = option.fontMetrics.horizontalAdvance(stateText) + 12;
    painter->drawText(stateRect.adjusted(stateWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(what, Qt::ElideRight, std::max(0, stateRect.width() - stateWidth)));

    // The stream: rate with unit on the right of the sparkline; loss and RTT below.
    const QModelIndex rate = index.siblingAtColumn(OverviewModel::RateColumn);
    const QString rateText = rate.data().toString().isEmpty() ? QString()
                                                              : OverviewModel::tr("%1 Mbit/s").arg(rate.data().toString());
    const int rateWidth = option.fontMetrics.horizontalAdvance(rateText) + 8;
    const QRect third(inner.left(), second.bottom() + 6, inner.width(), line + 10);
    const QList<double> values = rate.data(OverviewModel::SparklineRole).value<QList<double>>();
    SparklinePainter::paint(*painter, QRectF(third.left(), third.top(), third.width() - rateWidth, third.height()), values,
                            QColor(0x2e, 0x9e, 0x44));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(third, Qt::AlignRight | Qt::AlignVCenter, rateText);

    const QRect fourth(inner.left(), third.bottom() + 4, inner.width(), line);
    QStringList figures;
    for (int column : {int(OverviewModel::LossColumn), int(OverviewModel::RttColumn)}) {
        const QString value = cell(index, column);
        if (!value.isEmpty())
            figures.append(index.model()->headerData(column, Qt::Horizontal).toString() + QLatin1Char(' ') + value);
    }
    const QString alarms = cell(index, OverviewModel::AlarmsColumn);
    if (!alarms.isEmpty())
        figures.append(alarms);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(fourth, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(figures.join(QStringLiteral(" · ")), Qt::ElideRight, fourth.width()));
    painter->restore();
}

} // namespace srtdesk
