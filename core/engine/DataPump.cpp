// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/DataPump.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/RelayState.h"
#include "core/engine/UdpInput.h"
#include "core/engine/UdpOutput.h"
#include "core/monitor/PayloadTap.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace srtdesk {

namespace {

// Datagrams per recvmmsg()/sendmmsg() and slot size: live messages are at most
// SRTO_PAYLOADSIZE (<= 1456) bytes; a longer datagram is recognised (MSG_TRUNC) and refused.
constexpr int kBatch = 64;
constexpr std::size_t kSlot = 1500;
// At most this many datagrams per wake-up and service, so that one busy service cannot keep
// the other services of its shard waiting for long.
constexpr int kBurst = 256;
// Any UDP datagram fits (file mode: one datagram is one message).
constexpr std::size_t kLargeBytes = 65536;
constexpr int kLogEveryMs = 10000;

bool due(std::chrono::steady_clock::time_point last, std::chrono::steady_clock::time_point now)
{
    return now - last >= std::chrono::milliseconds(kLogEveryMs);
}

} // namespace

DataPump::DataPump(RelayState &state)
    : m_state(state), m_tap(state.tap()), m_live(state.config().transType == TransType::Live),
      m_name(state.config().serviceName), m_lengths(kBatch, 0)
{
    const auto longAgo = Clock::now() - std::chrono::milliseconds(kLogEveryMs);
    m_lastOversizeLog = m_lastSendErrorLog = longAgo;
}

std::int64_t DataPump::nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
}

void DataPump::linkUp()
{
    if (!m_tap)
        return;
    if (m_state.config().isRx())
        m_tapLinkUpPending = true; // the monitor counts from the first message of the link
    else
        m_tap->linkUp(nowUs());
}

void DataPump::tapLinkUpIfPending(std::int64_t now)
{
    if (m_tapLinkUpPending) {
        m_tapLinkUpPending = false;
        m_tap->linkUp(now);
    }
}

int DataPump::udpToSrt(UdpInput &input, const std::vector<SRTSOCKET> &sinks, std::vector<SRTSOCKET> *broken)
{
    if (!m_live) {
        // File mode: one datagram at a time into a buffer that holds any datagram.
        if (!m_large)
            m_large.reset(new char[kLargeBytes]);
        int read = 0;
        for (; read < kBurst; ++read) {
            const long length = input.read(m_large.get(), kLargeBytes);
            if (length <= 0)
                break;
            m_udpBytes += length;
            if (m_tap)
                m_tap->payload(reinterpret_cast<const std::uint8_t *>(m_large.get()), std::size_t(length), nowUs());
            sendToSinks(m_large.get(), std::size_t(length), sinks, broken);
        }
        return read;
    }
    if (!m_slots)
        m_slots.reset(new char[std::size_t(kBatch) * kSlot]); // not zeroed: untouched pages stay out of RSS
    int done = 0;
    while (done < kBurst) {
        const int count = input.readBatch(m_slots.get(), kSlot, m_lengths.data(), kBatch);
        if (count <= 0)
            break;
        done += count;
        const std::int64_t now = m_tap ? nowUs() : 0;
        for (int i = 0; i < count; ++i) {
            const char *data = m_slots.get() + std::size_t(i) * kSlot;
            const std::size_t length = m_lengths[std::size_t(i)];
            m_udpBytes += qint64(length);
            if (length > std::size_t(m_payloadLimit)) {
                oversized(length); // never cut: a partial MPEG-TS packet is worse than a missing one
                continue;
            }
            if (m_tap)
                m_tap->payload(reinterpret_cast<const std::uint8_t *>(data), length, now);
            sendToSinks(data, length, sinks, broken);
        }
        if (count < kBatch)
            break; // drained
    }
    return done;
}

void DataPump::sendToSinks(const char *data, std::size_t length, const std::vector<SRTSOCKET> &sinks,
                           std::vector<SRTSOCKET> *broken)
{
    for (const SRTSOCKET sink : sinks) {
        if (!broken->empty() && std::find(broken->begin(), broken->end(), sink) != broken->end())
            continue; // broke earlier in this read; its owner closes it afterwards
        if (srt_sendmsg2(sink, data, int(length), nullptr) != SRT_ERROR)
            continue;
        if (srt_getlasterror(nullptr) == SRT_EASYNCSND) {
            sendBufferFull(); // this sink loses the datagram; the others got it
            continue;
        }
        broken->push_back(sink);
    }
}

bool DataPump::srtToUdp(SRTSOCKET source, UdpOutput &output, int *relayed)
{
    *relayed = 0;
    if (m_live && !m_slots)
        m_slots.reset(new char[std::size_t(kBatch) * kSlot]);
    if (!m_live && !m_large)
        m_large.reset(new char[kLargeBytes]);
    int pending = 0;
    std::int64_t now = 0;
    for (int i = 0; i < kBurst; ++i) {
        char *into = m_live ? m_slots.get() + std::size_t(pending) * kSlot : m_large.get();
        const int length = srt_recvmsg(source, into, m_live ? int(kSlot) : int(kLargeBytes));
        if (length == SRT_ERROR) {
            flushOutput(output, pending);
            return srt_getlasterror(nullptr) == SRT_EASYNCRCV;
        }
        ++*relayed;
        if (length <= 0)
            continue;
        if (m_tap) {
            if (now == 0)
                now = nowUs();
            tapLinkUpIfPending(now);
            m_tap->payload(reinterpret_cast<const std::uint8_t *>(into), std::size_t(length), now);
        }
        if (!m_live) {
            if (output.send(into, std::size_t(length)))
                m_udpBytes += length;
            else
                outputFailed(errno);
            continue;
        }
        m_lengths[std::size_t(pending++)] = std::size_t(length);
        if (pending == kBatch) {
            flushOutput(output, pending);
            pending = 0;
        }
    }
    flushOutput(output, pending);
    return true;
}

void DataPump::flushOutput(UdpOutput &output, int count)
{
    int done = 0;
    while (done < count) {
        const int sent = output.sendBatch(m_slots.get() + std::size_t(done) * kSlot, kSlot,
                                          m_lengths.data() + done, count - done);
        for (int i = done; i < done + sent; ++i)
            m_udpBytes += qint64(m_lengths[std::size_t(i)]);
        done += sent;
        if (done < count) {
            outputFailed(errno); // that datagram is lost; the others are tried again
            ++done;
        }
    }
}

void DataPump::oversized(std::size_t length)
{
    m_state.update([](LinkStats &s) { ++s.oversizedDatagrams; });
    ++m_oversizedSinceLog;
    const auto now = Clock::now();
    if (!due(m_lastOversizeLog, now))
        return;
    qCWarning(lcEngine).noquote() << QStringLiteral(
                                         "service %1: %2 UDP datagram(s) larger than the SRT payload size of %3 "
                                         "bytes were not sent (last one %4 bytes); send at most %3 bytes per "
                                         "datagram (7 MPEG-TS packets = 1316)")
                                         .arg(m_name)
                                         .arg(m_oversizedSinceLog)
                                         .arg(m_payloadLimit)
                                         .arg(length);
    m_lastOversizeLog = now;
    m_oversizedSinceLog = 0;
}

void DataPump::sendBufferFull()
{
    ++m_sendErrorsSinceLog;
    const auto now = Clock::now();
    if (!due(m_lastSendErrorLog, now))
        return;
    qCWarning(lcEngine).noquote()
        << QStringLiteral("service %1: %2 datagram(s) dropped: SRT send buffer full (input faster than the link)")
               .arg(m_name)
               .arg(m_sendErrorsSinceLog);
    m_lastSendErrorLog = now;
    m_sendErrorsSinceLog = 0;
}

void DataPump::outputFailed(int sendError)
{
    ++m_sendErrorsSinceLog;
    const auto now = Clock::now();
    if (!due(m_lastSendErrorLog, now))
        return;
    qCWarning(lcEngine).noquote() << QStringLiteral("service %1: %2 UDP datagram(s) to %3 not sent: %4")
                                         .arg(m_name)
                                         .arg(m_sendErrorsSinceLog)
                                         .arg(m_state.config().udpAddress,
                                              QString::fromLocal8Bit(std::strerror(sendError)));
    m_lastSendErrorLog = now;
    m_sendErrorsSinceLog = 0;
}

} // namespace srtdesk
