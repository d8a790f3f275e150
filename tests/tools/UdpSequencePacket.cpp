// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/tools/UdpSequencePacket.h"

#include <cstring>

namespace srtdesk::testtools {

namespace {
constexpr char kMagic[4] = {'S', 'D', 'Q', '1'};

void putBigEndian(char *out, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out[i] = char(value & 0xFF);
        value >>= 8;
    }
}

std::uint64_t getBigEndian(const char *in, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | std::uint8_t(in[i]);
    return value;
}

// xorshift64*: deterministic payload bytes per (sequence, position).
struct PayloadStream
{
    explicit PayloadStream(std::uint64_t sequence) : state(sequence * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL)
    {
        if (state == 0)
            state = 1;
    }
    std::uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    }
    std::uint64_t state;
};

void payload(char *out, std::size_t length, std::uint64_t sequence)
{
    PayloadStream stream(sequence);
    std::size_t i = 0;
    while (i < length) {
        const std::uint64_t word = stream.next();
        const std::size_t n = length - i < 8 ? length - i : 8;
        std::memcpy(out + i, &word, n);
        i += n;
    }
}
} // namespace

void UdpSequencePacket::fill(char *buffer, std::size_t length, std::uint64_t sequence)
{
    if (length < kHeaderBytes)
        return;
    std::memcpy(buffer, kMagic, 4);
    putBigEndian(buffer + 4, sequence, 8);
    putBigEndian(buffer + 12, length, 4);
    payload(buffer + kHeaderBytes, length - kHeaderBytes, sequence);
}

UdpSequencePacket::Check UdpSequencePacket::verify(const char *buffer, std::size_t length, std::uint64_t *sequence)
{
    if (length < kHeaderBytes || std::memcmp(buffer, kMagic, 4) != 0)
        return Check::Corrupted;
    if (getBigEndian(buffer + 12, 4) != length)
        return Check::Corrupted;
    const std::uint64_t number = getBigEndian(buffer + 4, 8);
    char expected[65536];
    const std::size_t payloadLength = length - kHeaderBytes;
    if (payloadLength > sizeof expected)
        return Check::Corrupted;
    payload(expected, payloadLength, number);
    if (std::memcmp(expected, buffer + kHeaderBytes, payloadLength) != 0)
        return Check::Corrupted;
    if (sequence)
        *sequence = number;
    return Check::Ok;
}

} // namespace srtdesk::testtools
