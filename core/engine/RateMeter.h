// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

namespace srtdesk {

// Mbit/s of a growing byte counter over the time since the previous reading.
class RateMeter
{
public:
    using Clock = std::chrono::steady_clock;

    void restart(qint64 total, Clock::time_point now)
    {
        m_lastTotal = total;
        m_lastAt = now;
    }

    double rate(qint64 total, Clock::time_point now)
    {
        const double seconds = std::chrono::duration<double>(now - m_lastAt).count();
        // A counter that went back belongs to a new link: count from zero.
        const qint64 bytes = total >= m_lastTotal ? total - m_lastTotal : total;
        m_lastTotal = total;
        m_lastAt = now;
        return seconds > 0 ? double(bytes) * 8.0 / seconds / 1e6 : 0.0;
    }

private:
    qint64 m_lastTotal = 0;
    Clock::time_point m_lastAt;
};

} // namespace srtdesk
