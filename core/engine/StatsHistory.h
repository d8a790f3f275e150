// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StatsSample.h"

#include <QList>

#include <vector>

namespace srtdesk {

// A fixed-size ring of samples: at 1 s per sample the default holds two hours, so the
// charts' 60-minute window is always full and memory stays bounded per service.
class StatsHistory
{
public:
    static constexpr int kDefaultCapacity = 7200;

    explicit StatsHistory(int capacity = kDefaultCapacity);

    void append(const StatsSample &sample);
    void clear();
    int size() const { return m_count; }
    int capacity() const { return int(m_ring.size()); }

    // Samples not older than `msecs` before the newest one, oldest first.
    QList<StatsSample> window(qint64 msecs) const;
    QList<StatsSample> all() const;
    const StatsSample *latest() const;

private:
    const StatsSample &at(int index) const; // 0 = oldest

    std::vector<StatsSample> m_ring;
    int m_head = 0; // next write position
    int m_count = 0;
};

} // namespace srtdesk
