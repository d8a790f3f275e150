// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/PayloadBlock.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace srtdesk {

// An immutable view of the payload a PayloadRing held at one moment, oldest byte first: it
// shares the ring's blocks (no copy) and stays valid however the ring moves on.
class RecentPayload
{
public:
    struct Piece
    {
        std::shared_ptr<const PayloadBlock> block;
        std::size_t size = 0;
    };

    RecentPayload() = default;
    RecentPayload(std::vector<Piece> pieces, std::int64_t firstUs, std::int64_t lastUs);

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::int64_t firstUs() const { return m_firstUs; }
    std::int64_t lastUs() const { return m_lastUs; }
    double spanSecs() const { return m_size ? double(m_lastUs - m_firstUs) / 1e6 : 0.0; }

    // Copies up to `length` bytes from `offset` on; returns how many.
    std::size_t read(std::size_t offset, std::uint8_t *out, std::size_t length) const;

private:
    std::vector<Piece> m_pieces;
    std::size_t m_size = 0;
    std::int64_t m_firstUs = 0;
    std::int64_t m_lastUs = 0;
};

} // namespace srtdesk
