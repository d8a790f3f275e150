// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace srtdesk {

// Finds 188-byte TS packets in a sequence of datagrams and keeps TS sync with the hysteresis
// of ETSI TR 101 290 1.1: sync is acquired after 5 consecutive sync bytes and lost after 2
// consecutive corrupted ones. While in sync every wrong sync byte is a Sync_byte_error (1.2);
// while out of sync nothing is counted, so that a payload that is not TS never floods.
//
// Datagrams normally hold whole packets (7 × 188 bytes) and are walked in place; a packet cut
// by a datagram boundary is reassembled in a 188-byte carry buffer. The handler gets:
//   onPacket(const uint8_t *packet)   a packet with a good sync byte, while in sync
//   onSyncAcquired()                  before the first packet after (re)acquiring sync
//   onSyncLost()
class TsPacketFramer
{
public:
    static constexpr std::size_t kPacketSize = 188;
    static constexpr std::uint8_t kSyncByte = 0x47;
    static constexpr int kSyncAcquire = 5;
    static constexpr int kSyncLose = 2;

    void reset() { *this = TsPacketFramer(); }

    bool inSync() const { return m_inSync; }
    std::int64_t syncLosses() const { return m_syncLosses; }
    std::int64_t syncByteErrors() const { return m_syncByteErrors; }

    template <class Handler>
    void feed(const std::uint8_t *data, std::size_t length, Handler &handler)
    {
        std::size_t pos = 0;
        if (m_carryLength > 0) {
            pos = fillCarry(data, length);
            if (m_carryLength < kPacketSize)
                return;
            m_carryLength = 0;
            inSyncPacket(m_carry, handler);
        }
        while (pos < length) {
            if (!m_inSync) {
                pos = hunt(data, length, pos);
                if (!m_inSync)
                    return;
                handler.onSyncAcquired();
                continue;
            }
            // The common case: whole packets with good sync bytes.
            const std::size_t runStart = pos;
            while (length - pos >= kPacketSize && data[pos] == kSyncByte) {
                handler.onPacket(data + pos);
                pos += kPacketSize;
            }
            if (pos != runStart)
                m_badRun = 0;
            if (length - pos < kPacketSize) {
                std::memcpy(m_carry, data + pos, length - pos);
                m_carryLength = length - pos;
                return;
            }
            pos = inSyncPacket(data + pos, handler) ? pos + kPacketSize : pos + 1;
        }
    }

private:
    std::size_t fillCarry(const std::uint8_t *data, std::size_t length)
    {
        const std::size_t take = length < kPacketSize - m_carryLength ? length : kPacketSize - m_carryLength;
        std::memcpy(m_carry + m_carryLength, data, take);
        m_carryLength += take;
        return take;
    }

    // false when this packet's sync byte made sync lost (hunting resumes one byte later).
    template <class Handler>
    bool inSyncPacket(const std::uint8_t *packet, Handler &handler)
    {
        if (packet[0] == kSyncByte) {
            m_badRun = 0;
            handler.onPacket(packet);
            return true;
        }
        ++m_syncByteErrors;
        if (++m_badRun < kSyncLose)
            return true;
        ++m_syncLosses;
        m_inSync = false;
        m_badRun = 0;
        m_run = 0;
        handler.onSyncLost();
        return false;
    }

    // Consecutive sync bytes at start, start + 188, … inside this datagram (at most kSyncAcquire).
    static int runAt(const std::uint8_t *data, std::size_t length, std::size_t start)
    {
        int n = 0;
        for (std::size_t at = start; n < kSyncAcquire && at < length && data[at] == kSyncByte; at += kPacketSize)
            ++n;
        return n;
    }

    static bool runReachesEnd(std::size_t length, std::size_t start, int n)
    {
        return start + std::size_t(n) * kPacketSize >= length;
    }

    // Looks for kSyncAcquire sync bytes 188 bytes apart, across datagrams when they are short.
    // Returns where the first packet of the acquired sync starts, or length.
    std::size_t hunt(const std::uint8_t *data, std::size_t length, std::size_t pos)
    {
        if (m_run > 0 && pos == 0) {
            if (m_runNext >= length) {
                m_runNext -= length;
                return length;
            }
            const int n = runAt(data, length, m_runNext);
            if (n > 0 && m_run + n >= kSyncAcquire)
                return acquire(m_runNext);
            if (n > 0 && runReachesEnd(length, m_runNext, n)) {
                m_run += n;
                m_runNext = m_runNext + std::size_t(n) * kPacketSize - length;
                return length;
            }
        }
        m_run = 0;
        while (pos < length) {
            const void *hit = std::memchr(data + pos, kSyncByte, length - pos);
            if (!hit)
                return length;
            const std::size_t candidate = std::size_t(static_cast<const std::uint8_t *>(hit) - data);
            const int n = runAt(data, length, candidate);
            if (n >= kSyncAcquire)
                return acquire(candidate);
            if (runReachesEnd(length, candidate, n)) {
                m_run = n;
                m_runNext = candidate + std::size_t(n) * kPacketSize - length;
                return length;
            }
            pos = candidate + 1;
        }
        return length;
    }

    std::size_t acquire(std::size_t at)
    {
        m_inSync = true;
        m_run = 0;
        m_badRun = 0;
        return at;
    }

    std::uint8_t m_carry[kPacketSize] = {};
    std::size_t m_carryLength = 0;
    bool m_inSync = false;
    int m_badRun = 0;
    int m_run = 0;              // sync bytes found so far while hunting across datagrams
    std::size_t m_runNext = 0;  // where the next one is due in the next datagram
    std::int64_t m_syncLosses = 0;
    std::int64_t m_syncByteErrors = 0;
};

} // namespace srtdesk
