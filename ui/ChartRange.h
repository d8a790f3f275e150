// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <utility>

namespace srtdesk {

// The time range the charts show: either the last `span` milliseconds, following the present,
// or a fixed range the operator zoomed or panned to. Zooming with the right edge on the present
// and panning up to the present keep (or bring back) the following.
class ChartRange
{
public:
    static constexpr qint64 kMinSpanMs = 10 * 1000;
    static constexpr qint64 kMaxSpanMs = 24 * 60 * 60 * 1000;

    // Follows the present with this span.
    void setWindow(qint64 spanMs);
    void follow();
    bool follows() const { return m_follow; }
    qint64 span() const { return m_span; }

    // [from, to] in ms since the epoch, shown at `nowMs`.
    std::pair<qint64, qint64> at(qint64 nowMs) const;

    // factor < 1 zooms in, > 1 out, around `anchor` (0 = left edge, 1 = right edge; NaN: the
    // middle, or the present while following it).
    void zoom(double factor, double anchor, qint64 nowMs);
    // Moves by `fraction` of the span: positive towards the present.
    void pan(double fraction, qint64 nowMs);

private:
    void setFixed(qint64 from, qint64 to, qint64 nowMs);

    qint64 m_span = 5 * 60 * 1000;
    bool m_follow = true;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace srtdesk
