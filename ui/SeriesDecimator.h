// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace srtdesk {

// Fewer points for a long time range without losing its peaks: the points (ordered by x) are
// cut into `buckets` equal stretches of x, and each stretch keeps its lowest and its highest
// point, in x order. A day of 1 s samples (86 400 points) becomes at most 2 × buckets points,
// about two per pixel of the chart, which looks the same. Fewer points than that pass as they are.
class SeriesDecimator
{
public:
    static QList<QPointF> minMax(const QList<QPointF> &points, int buckets);
};

} // namespace srtdesk
