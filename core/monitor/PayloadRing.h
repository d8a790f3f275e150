// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/PayloadBlock.h"
#include "core/monitor/RecentPayload.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace srtdesk {

// The last few seconds of a service's payload, for the probe and the thumbnail. It records
// only while someone asked for it recently (recordUntil), so that services nobody looks at
// cost neither memory nor copies. Bounded by age and by bytes; blocks are recycled, so the
// recording thread allocates only while the ring grows or while a reader still holds an old
// block. The recording thread never waits longer than a reader takes to copy a few hundred
// pointers.
class PayloadRing
{
public:
    struct Limits
    {
        std::size_t maxBytes = 16 * 1024 * 1024;
        std::int64_t maxAgeUs = 6000000;
        std::size_t blockBytes = 64 * 1024;
    };

    PayloadRing();
    explicit PayloadRing(const Limits &limits);

    // Recording thread.
    void append(const std::uint8_t *data, std::size_t length, std::int64_t nowUs);
    void clear();

    // Any thread.
    void recordUntil(std::int64_t steadyUs);
    bool recording(std::int64_t nowUs) const { return nowUs < m_recordUntilUs.load(std::memory_order_relaxed); }
    RecentPayload snapshot() const;
    const Limits &limits() const { return m_limits; }

private:
    std::shared_ptr<PayloadBlock> takeFreeBlock();
    void seal(std::int64_t nowUs);
    void trim(std::int64_t nowUs);

    const Limits m_limits;
    std::atomic<std::int64_t> m_recordUntilUs{0};

    // Recording thread only.
    std::vector<std::shared_ptr<PayloadBlock>> m_free;
    bool m_holding = false;

    // Shared with readers, under m_mutex.
    mutable std::mutex m_mutex;
    std::deque<std::shared_ptr<PayloadBlock>> m_sealed;
    std::size_t m_sealedBytes = 0;
    std::shared_ptr<PayloadBlock> m_current;
};

} // namespace srtdesk
