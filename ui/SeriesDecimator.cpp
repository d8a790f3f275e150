// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SeriesDecimator.h"

namespace srtdesk {

QList<QPointF> SeriesDecimator::minMax(const QList<QPointF> &points, int buckets)
{
    if (buckets < 1 || points.size() <= 2 * qsizetype(buckets))
        return points;
    const double first = points.first().x();
    const double width = (points.last().x() - first) / double(buckets);
    if (width <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(2 * buckets);
    qsizetype i = 0;
    for (int bucket = 0; bucket < buckets && i < points.size(); ++bucket) {
        const bool last = bucket == buckets - 1;
        const double end = last ? points.last().x() : first + width * double(bucket + 1);
        if (!last && points.at(i).x() >= end)
            continue; // a gap in time: nothing in this stretch
        qsizetype low = i;
        qsizetype high = i;
        for (; i < points.size() && (last || points.at(i).x() < end); ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        if (low == high) {
            out.append(points.at(low));
        } else {
            out.append(points.at(std::min(low, high)));
            out.append(points.at(std::max(low, high)));
        }
    }
    return out;
}

} // namespace srtdesk
