// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace srtdesk {

// A fixed-size piece of recorded payload. The recording thread only appends, and publishes
// how much is written through `size` (release), so a reader that loaded `size` (acquire) may
// read that many bytes while the block is still being filled.
struct PayloadBlock
{
    explicit PayloadBlock(std::size_t capacity)
        : bytes(new std::uint8_t[capacity])
        , capacity(capacity)
    {
    }

    std::unique_ptr<std::uint8_t[]> bytes;
    const std::size_t capacity;
    std::atomic<std::size_t> size{0};
    std::atomic<std::int64_t> firstUs{0};
    std::atomic<std::int64_t> lastUs{0};
};

} // namespace srtdesk
