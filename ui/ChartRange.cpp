// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChartRange.h"

#include <algorithm>
#include <cmath>

namespace srtdesk {

void ChartRange::setWindow(qint64 spanMs)
{
    m_span = std::clamp(spanMs, kMinSpanMs, kMaxSpanMs);
    m_follow = true;
}

void ChartRange::follow()
{
    m_follow = true;
}

std::pair<qint64, qint64> ChartRange::at(qint64 nowMs) const
{
    if (m_follow)
        return {nowMs - m_span, nowMs};
    return {m_from, m_to};
}

void ChartRange::setFixed(qint64 from, qint64 to, qint64 nowMs)
{
    m_span = to - from;
    if (to >= nowMs) { // reached the present: follow it again
        m_follow = true;
        return;
    }
    m_follow = false;
    m_from = from;
    m_to = to;
}

void ChartRange::zoom(double factor, double anchor, qint64 nowMs)
{
    if (std::isnan(anchor))
        anchor = m_follow ? 1.0 : 0.5;
    const auto [from, to] = at(nowMs);
    const qint64 span = std::clamp(qint64(std::llround(double(to - from) * factor)), kMinSpanMs, kMaxSpanMs);
    if (m_follow && anchor >= 0.98) { // zooming on the present keeps following it
        m_span = span;
        return;
    }
    const double pivot = double(from) + std::clamp(anchor, 0.0, 1.0) * double(to - from);
    const qint64 newFrom = qint64(std::llround(pivot - std::clamp(anchor, 0.0, 1.0) * double(span)));
    setFixed(newFrom, newFrom + span, nowMs);
}

void ChartRange::pan(double fraction, qint64 nowMs)
{
    const auto [from, to] = at(nowMs);
    const qint64 shift = qint64(std::llround(fraction * double(to - from)));
    if (m_follow && shift >= 0)
        return; // already at the present
    setFixed(from + shift, to + shift, nowMs);
}

} // namespace srtdesk
