// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"
#include "core/monitor/PayloadRing.h"
#include "core/monitor/PayloadTap.h"
#include "core/monitor/StreamProbe.h"
#include "core/monitor/StreamThumbnail.h"
#include "core/monitor/TsAnalyzer.h"

#include <chrono>
#include <cstdint>

namespace srtdesk {

// Stream monitoring of one service: what ServiceManager creates per service and hands to the
// engine as std::shared_ptr<PayloadTap>. On the data path it feeds the TS analyser and, while
// someone asked for a probe or thumbnail recently, the payload ring. Other threads read the
// latest health, and probe or capture a thumbnail (each on the calling thread, within a
// time budget; a REST handler runs them on a worker thread).
class StreamMonitor final : public PayloadTap
{
public:
    struct Options
    {
        std::int64_t intervalUs = 1000000;          // statistics interval of the analyser
        PayloadRing::Limits ring;
        std::int64_t keepRecordingUs = 60000000;    // how long the ring records after a request
        double probeSecs = 2.0;                     // payload a probe wants before it starts
        double thumbnailSecs = 2.5;                 // payload a thumbnail wants (a key frame in it)
    };

    StreamMonitor();
    explicit StreamMonitor(const Options &options);

    // Data path (the engine's I/O thread).
    void payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs) override;
    void linkUp(std::int64_t nowUs) override;

    // Any thread. The last interval's health; when no interval ended for 2.5 intervals (the
    // payload stopped), Format "none" and zero rates, with the totals kept.
    StreamHealth health(std::int64_t nowUs) const;
    StreamHealth health() const { return health(steadyNowUs()); }

    // Any thread but the data path; each blocks for at most `budget`.
    StreamProbe::Result probe(std::chrono::milliseconds budget);
    StreamThumbnail::Result thumbnail(std::chrono::milliseconds budget, int maxWidth = StreamThumbnail::kMaxWidth);

    // Makes the ring record until nowUs + keepRecordingUs (probe and thumbnail do it themselves).
    void keepRecording(std::int64_t nowUs);
    RecentPayload recentPayload() const { return m_ring.snapshot(); }

    TsAnalyzer &analyzer() { return m_analyzer; }
    static std::int64_t steadyNowUs();

private:
    using Clock = std::chrono::steady_clock;
    RecentPayload waitForPayload(double seconds, Clock::time_point until);

    const Options m_options;
    TsAnalyzer m_analyzer;
    PayloadRing m_ring;
};

} // namespace srtdesk
