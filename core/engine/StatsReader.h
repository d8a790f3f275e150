// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/RateMeter.h"
#include "core/model/LinkStats.h"
#include "core/model/ServiceConfig.h"

#include <srt/srt.h>

#include <chrono>

namespace srtdesk {

class GroupLink;

// The statistics of one SRT link as LinkStats shows them (docs/ARCHITECTURE.md, "Service semantics"):
// libsrt's totals since the link came up, and rates that are the rate over the last
// statistics interval, computed from the change of the byte totals, so that a link whose
// input stopped shows 0 one interval later (libsrt's own mbps*Rate fields are averages that
// decay slowly). Also the link's encryption as libsrt's key material state. Private to
// core/engine; shard thread only.
class StatsReader
{
public:
    using Clock = std::chrono::steady_clock;

    struct Sample
    {
        SRT_TRACEBSTATS perf{};
        double mbitRate = 0;
        EncryptionState encryption = EncryptionState::Off;
        int keyBytes = 0;
        bool rttMeasured = false;
    };

    explicit StatsReader(const ServiceConfig &config) : m_config(&config) {}

    // A new link: its totals start from zero now.
    void restart(Clock::time_point now);
    // Reads the link (a socket or a bonding group); false when libsrt cannot.
    bool read(SRTSOCKET link, GroupLink &group, Clock::time_point now, Sample *sample);
    // Writes a sample into the published statistics (RX: receive side, TX: send side).
    void apply(const Sample &sample, LinkStats &stats) const;

    static EncryptionState encryptionOf(SRTSOCKET socket, int *keyBytes);

private:
    void noteRttMeasurement(const SRT_TRACEBSTATS &perf);

    const ServiceConfig *m_config; // a pointer: links are kept in a vector
    RateMeter m_rate;
    bool m_rttMeasured = false;
};

} // namespace srtdesk
