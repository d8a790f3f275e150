// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StatsHistory.h"

#include <algorithm>

namespace srtdesk {

StatsHistory::StatsHistory(int capacity) : m_ring(std::size_t(std::max(1, capacity))) {}

void StatsHistory::append(const StatsSample &sample)
{
    m_ring[std::size_t(m_head)] = sample;
    m_head = (m_head + 1) % capacity();
    m_count = std::min(m_count + 1, capacity());
}

void StatsHistory::clear()
{
    m_head = 0;
    m_count = 0;
}

const StatsSample &StatsHistory::at(int index) const
{
    const int start = (m_head - m_count + capacity()) % capacity();
    return m_ring[std::size_t((start + index) % capacity())];
}

QList<StatsSample> StatsHistory::window(qint64 msecs) const
{
    QList<StatsSample> result;
    if (m_count == 0)
        return result;
    const qint64 newest = at(m_count - 1).msecsSinceEpoch;
    int first = m_count;
    while (first > 0 && newest - at(first - 1).msecsSinceEpoch <= msecs)
        --first;
    result.reserve(m_count - first);
    for (int i = first; i < m_count; ++i)
        result.append(at(i));
    return result;
}

QList<StatsSample> StatsHistory::all() const
{
    QList<StatsSample> result;
    result.reserve(m_count);
    for (int i = 0; i < m_count; ++i)
        result.append(at(i));
    return result;
}

const StatsSample *StatsHistory::latest() const
{
    return m_count == 0 ? nullptr : &at(m_count - 1);
}

} // namespace srtdesk
