// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>

class QPainter;

namespace srtdesk {

// Draws a sparkline: the values as a polyline scaled into a rectangle (zero at the bottom,
// the largest value near the top), with a light fill under it, in device-independent units so
// that it stays sharp at any scale factor.
class SparklinePainter
{
public:
    static void paint(QPainter &painter, const QRectF &area, const QList<double> &values, const QColor &color);
};

} // namespace srtdesk
