// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/PayloadRing.h"

#include <algorithm>
#include <cstring>

namespace srtdesk {

PayloadRing::PayloadRing()
    : PayloadRing(Limits())
{
}

PayloadRing::PayloadRing(const Limits &limits)
    : m_limits(limits)
{
}

void PayloadRing::recordUntil(std::int64_t steadyUs)
{
    std::int64_t current = m_recordUntilUs.load(std::memory_order_relaxed);
    while (current < steadyUs && !m_recordUntilUs.compare_exchange_weak(current, steadyUs))
        ;
}

void PayloadRing::append(const std::uint8_t *data, std::size_t length, std::int64_t nowUs)
{
    if (!recording(nowUs)) {
        if (m_holding)
            clear();
        return;
    }
    m_holding = true;
    while (length > 0) {
        if (!m_current || m_current->size.load(std::memory_order_relaxed) == m_current->capacity)
            seal(nowUs);
        PayloadBlock &block = *m_current;
        const std::size_t used = block.size.load(std::memory_order_relaxed);
        const std::size_t take = std::min(length, block.capacity - used);
        std::memcpy(block.bytes.get() + used, data, take);
        if (used == 0)
            block.firstUs.store(nowUs, std::memory_order_relaxed);
        block.lastUs.store(nowUs, std::memory_order_relaxed);
        block.size.store(used + take, std::memory_order_release);
        data += take;
        length -= take;
    }
}

std::shared_ptr<PayloadBlock> PayloadRing::takeFreeBlock()
{
    if (m_free.empty())
        return std::make_shared<PayloadBlock>(m_limits.blockBytes);
    std::shared_ptr<PayloadBlock> block = std::move(m_free.back());
    m_free.pop_back();
    block->size.store(0, std::memory_order_relaxed);
    return block;
}

// The full current block joins the sealed ones and a fresh one becomes current.
void PayloadRing::seal(std::int64_t nowUs)
{
    std::shared_ptr<PayloadBlock> fresh = takeFreeBlock();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_current) {
        m_sealedBytes += m_current->size.load(std::memory_order_relaxed);
        m_sealed.push_back(std::move(m_current));
    }
    m_current = std::move(fresh);
    trim(nowUs);
}

// Drops the oldest blocks beyond the limits; a block no reader holds is kept for reuse.
void PayloadRing::trim(std::int64_t nowUs)
{
    while (!m_sealed.empty()) {
        const PayloadBlock &oldest = *m_sealed.front();
        const bool tooOld = oldest.lastUs.load(std::memory_order_relaxed) < nowUs - m_limits.maxAgeUs;
        const bool tooBig = m_sealedBytes + m_limits.blockBytes > m_limits.maxBytes;
        if (!tooOld && !tooBig)
            break;
        m_sealedBytes -= oldest.size.load(std::memory_order_relaxed);
        if (m_sealed.front().use_count() == 1)
            m_free.push_back(std::move(m_sealed.front()));
        m_sealed.pop_front();
    }
}

void PayloadRing::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_sealed.clear();
    m_sealedBytes = 0;
    m_current.reset();
    m_free.clear();
    m_holding = false;
}

RecentPayload PayloadRing::snapshot() const
{
    std::vector<RecentPayload::Piece> pieces;
    std::lock_guard<std::mutex> lock(m_mutex);
    pieces.reserve(m_sealed.size() + 1);
    for (const auto &block : m_sealed)
        pieces.push_back({block, block->size.load(std::memory_order_relaxed)});
    if (m_current) {
        const std::size_t size = m_current->size.load(std::memory_order_acquire);
        if (size > 0)
            pieces.push_back({m_current, size});
    }
    if (pieces.empty())
        return RecentPayload();
    const std::int64_t firstUs = pieces.front().block->firstUs.load(std::memory_order_relaxed);
    const std::int64_t lastUs = pieces.back().block->lastUs.load(std::memory_order_relaxed);
    return RecentPayload(std::move(pieces), firstUs, lastUs);
}

} // namespace srtdesk
