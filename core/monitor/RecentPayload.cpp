// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/RecentPayload.h"

#include <algorithm>
#include <cstring>

namespace srtdesk {

RecentPayload::RecentPayload(std::vector<Piece> pieces, std::int64_t firstUs, std::int64_t lastUs)
    : m_pieces(std::move(pieces))
    , m_firstUs(firstUs)
    , m_lastUs(lastUs)
{
    for (const Piece &piece : m_pieces)
        m_size += piece.size;
}

std::size_t RecentPayload::read(std::size_t offset, std::uint8_t *out, std::size_t length) const
{
    std::size_t copied = 0;
    for (const Piece &piece : m_pieces) {
        if (copied == length)
            break;
        if (offset >= piece.size) {
            offset -= piece.size;
            continue;
        }
        const std::size_t take = std::min(piece.size - offset, length - copied);
        std::memcpy(out + copied, piece.block->bytes.get() + offset, take);
        copied += take;
        offset = 0;
    }
    return copied;
}

} // namespace srtdesk
