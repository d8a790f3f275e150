// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SparklinePainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace srtdesk {

void SparklinePainter::paint(QPainter &painter, const QRectF &area, const QList<double> &values, const QColor &color)
{
    if (values.size() < 2 || area.width() < 4 || area.height() < 4)
        return;
    const double top = std::max(*std::max_element(values.cbegin(), values.cend()), 1e-9) * 1.1;
    const double step = area.width() / double(values.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF point(area.left() + double(i) * step,
                            area.bottom() - std::clamp(values.at(i) / top, 0.0, 1.0) * area.height());
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor under = color;
    under.setAlpha(48);
    painter.fillPath(fill, under);
    painter.setPen(QPen(color, 1.3));
    painter.drawPath(line);
    painter.restore();
}

} // namespace srtdesk
