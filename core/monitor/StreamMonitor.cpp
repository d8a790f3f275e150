// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/StreamMonitor.h"

#include <thread>

namespace srtdesk {

namespace {
constexpr auto kPollPeriod = std::chrono::milliseconds(50);
}

StreamMonitor::StreamMonitor()
    : StreamMonitor(Options())
{
}

StreamMonitor::StreamMonitor(const Options &options)
    : m_options(options)
    , m_analyzer(options.intervalUs)
    , m_ring(options.ring)
{
}

std::int64_t StreamMonitor::steadyNowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
}

void StreamMonitor::payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs)
{
    m_analyzer.payload(data, length, nowUs);
    m_ring.append(data, length, nowUs);
}

void StreamMonitor::linkUp(std::int64_t nowUs)
{
    m_analyzer.linkUp(nowUs);
}

StreamHealth StreamMonitor::health(std::int64_t nowUs) const
{
    const auto latest = m_analyzer.latest();
    if (!latest)
        return StreamHealth();
    StreamHealth health = *latest;
    const auto staleAfterUs = m_options.intervalUs * 5 / 2;
    if (nowUs - health.sampledAtUs <= staleAfterUs)
        return health;
    health.format = StreamFormat::None;
    health.tsMbitRate = 0;
    health.interval = TsErrorCounters();
    for (TsProgramInfo &program : health.programs) {
        for (TsPidInfo &pid : program.pids)
            pid.mbitRate = 0;
    }
    return health;
}

void StreamMonitor::keepRecording(std::int64_t nowUs)
{
    m_ring.recordUntil(nowUs + m_options.keepRecordingUs);
}

// Waits until the ring holds `seconds` of payload (or is full), or until `until`.
RecentPayload StreamMonitor::waitForPayload(double seconds, Clock::time_point until)
{
    keepRecording(steadyNowUs());
    const std::size_t full = m_ring.limits().maxBytes - m_ring.limits().blockBytes;
    for (;;) {
        RecentPayload payload = m_ring.snapshot();
        if (payload.spanSecs() >= seconds || payload.size() >= full || Clock::now() + kPollPeriod > until)
            return payload;
        std::this_thread::sleep_for(kPollPeriod);
    }
}

StreamProbe::Result StreamMonitor::probe(std::chrono::milliseconds budget)
{
    const Clock::time_point deadline = Clock::now() + budget;
    const RecentPayload payload = waitForPayload(m_options.probeSecs, Clock::now() + budget * 6 / 10);
    return StreamProbe::probe(payload, deadline);
}

StreamThumbnail::Result StreamMonitor::thumbnail(std::chrono::milliseconds budget, int maxWidth)
{
    const Clock::time_point deadline = Clock::now() + budget;
    RecentPayload payload = waitForPayload(m_options.thumbnailSecs, Clock::now() + budget / 2);
    StreamThumbnail::Result result = StreamThumbnail::capture(payload, deadline, maxWidth);
    // No key frame yet in what was recorded: wait for more while the budget allows.
    while (result.noFrameYet && Clock::now() + budget / 4 < deadline) {
        const std::size_t before = payload.size();
        std::this_thread::sleep_for(budget / 8);
        payload = m_ring.snapshot();
        if (payload.size() == before)
            break;
        result = StreamThumbnail::capture(payload, deadline, maxWidth);
    }
    return result;
}

} // namespace srtdesk
