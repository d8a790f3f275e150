// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

namespace srtdesk {

class PayloadTap;
class RelayState;
class UdpInput;
class UdpOutput;

// The data path of one service on its I/O shard. TX: each read of the UDP input (a batch of
// datagrams, one recvmmsg) is handed to every sink, i.e. every connected SRT socket, so that a
// listener with several callers sends one input to all of them; a sink whose send buffer is full
// loses that datagram alone and never holds up the others. RX: messages of the SRT link leave
// in sendmmsg() batches. The payload tap sees each datagram read (TX, with or without a peer)
// or written (RX). Counts the UDP payload bytes for the input/output rate.
class DataPump
{
    Q_DECLARE_TR_FUNCTIONS(DataPump)

public:
    using Clock = std::chrono::steady_clock;

    explicit DataPump(RelayState &state);
    DataPump(const DataPump &) = delete;
    DataPump &operator=(const DataPump &) = delete;

    // Live mode: a datagram longer than this (SRTO_PAYLOADSIZE) is never sent, nor cut.
    void setPayloadLimit(int bytes) { m_payloadLimit = bytes; }
    // A link came up: the tap hears of it (RX: with the first message that follows).
    void linkUp();

    // TX: what waits on `input` (at most one burst) to each sink; sinks whose link broke are
    // added to `broken`. Returns how many datagrams were read.
    int udpToSrt(UdpInput &input, const std::vector<SRTSOCKET> &sinks, std::vector<SRTSOCKET> *broken);
    // RX: the messages ready on `source` to `output` (at most one burst). false when the link
    // broke; `relayed` is how many messages were read.
    bool srtToUdp(SRTSOCKET source, UdpOutput &output, int *relayed);

    // TX: payload bytes read from UDP; RX: written to UDP. Since start.
    qint64 udpBytes() const { return m_udpBytes; }

private:
    static std::int64_t nowUs();
    void sendToSinks(const char *data, std::size_t length, const std::vector<SRTSOCKET> &sinks,
                     std::vector<SRTSOCKET> *broken);
    void oversized(std::size_t length);
    void sendBufferFull();
    void outputFailed(int sendError);
    void flushOutput(UdpOutput &output, int count);
    void tapLinkUpIfPending(std::int64_t now);

    RelayState &m_state;
    PayloadTap *const m_tap;
    const bool m_live;
    const QString m_name;
    std::unique_ptr<char[]> m_slots; // batches of live datagrams, allocated on first use, not zeroed
    std::unique_ptr<char[]> m_large; // one file-mode message
    std::vector<std::size_t> m_lengths;
    int m_payloadLimit = SRT_LIVE_DEF_PLSIZE;
    qint64 m_udpBytes = 0;
    bool m_tapLinkUpPending = false;
    // Repeated problems are logged at most every few seconds.
    Clock::time_point m_lastOversizeLog;
    Clock::time_point m_lastSendErrorLog;
    qint64 m_oversizedSinceLog = 0;
    qint64 m_sendErrorsSinceLog = 0;
};

} // namespace srtdesk
