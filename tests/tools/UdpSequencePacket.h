// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace srtdesk::testtools {

// The datagram format of the test traffic: a magic, a sequence number, the datagram's own
// length, then a payload derived from the sequence number, so that a receiver can tell a
// missing, duplicated, reordered or corrupted datagram without any shared state.
//   0..3  "SDQ1"   4..11 sequence (big endian)   12..15 length (big endian)   16.. payload
class UdpSequencePacket
{
public:
    static constexpr std::size_t kHeaderBytes = 16;
    static constexpr std::size_t kDefaultBytes = 1316; // 7 MPEG-TS packets, the SRT live payload

    // Writes datagram `sequence` of `length` bytes (at least kHeaderBytes) into `buffer`.
    static void fill(char *buffer, std::size_t length, std::uint64_t sequence);

    enum class Check { Ok, Corrupted };
    // Checks a received datagram; on Ok, `sequence` holds its number.
    static Check verify(const char *buffer, std::size_t length, std::uint64_t *sequence);
};

} // namespace srtdesk::testtools
