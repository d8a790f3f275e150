// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SparklineDelegate.h"

#include "ui/OverviewModel.h"
#include "ui/SparklinePainter.h"

#include <QApplication>
#include <QPainter>

namespace srtdesk {

namespace {

constexpr int kSparklineWidth = 72; // device-independent pixels
constexpr int kGap = 6;

} // namespace

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<double> values = index.data(OverviewModel::SparklineRole).value<QList<double>>();
    if (values.size() < 2) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The value keeps its room on the right; the line takes what is left, up to its width.
    const QString text = opt.text;
    const int textWidth = opt.fontMetrics.horizontalAdvance(text) + kGap;
    const QRect cell = opt.rect.adjusted(3, 3, -3, -3);
    const int lineWidth = std::min(kSparklineWidth, cell.width() - textWidth);

    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    if (lineWidth > 12) {
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor color = selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x2e, 0x9e, 0x44);
        SparklinePainter::paint(*painter, QRectF(cell.left(), cell.top(), lineWidth, cell.height()), values, color);
    }
    opt.rect = opt.rect.adjusted(std::max(0, lineWidth) + kGap, 0, 0, 0);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    // The text (and a level's icon) as the style draws them, without painting the panel again.
    opt.showDecorationSelected = false;
    QStyleOptionViewItem textOnly = opt;
    textOnly.state &= ~QStyle::State_Selected;
    if (option.state & QStyle::State_Selected)
        textOnly.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    style->drawControl(QStyle::CE_ItemViewItem, &textOnly, painter, opt.widget);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kSparklineWidth + kGap);
    return size;
}

} // namespace srtdesk
