// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/RelayLink.h"
#include "core/model/LinkStats.h"
#include "core/model/ServiceConfig.h"

#include <chrono>
#include <vector>

namespace srtdesk {

class GroupLink;

// The statistics of a service's links as LinkStats shows them. With one link (every caller,
// rendezvous and RX, and a TX listener with one caller) they are that link's, exactly as
// StatsReader writes them. A TX listener with several callers (issue 14) shows the sums of
// its callers' counters and rates since the first of them connected (callers that left count
// with their last totals, so totals never go back), the worst LinkRtt, the smallest bandwidth
// estimate, and every caller on its own in LinkStats::callers. Shard thread only.
class LinkSampler
{
public:
    using Clock = std::chrono::steady_clock;

    explicit LinkSampler(const ServiceConfig &config) : m_config(config) {}

    // The first link of a run of links: callers that left before do not count any more.
    void restart();
    // A link is about to go: its last totals stay in the sums.
    void departed(const RelayLink &link);
    // Reads every link's statistics from libsrt into its `last`.
    void read(std::vector<RelayLink> &links, GroupLink &group, Clock::time_point now);
    // Writes the links' statistics (as of their last reading) into `stats`.
    void publish(const std::vector<RelayLink> &links, LinkStats &stats) const;

private:
    bool listsCallers() const;
    static void addCounters(LinkStats &sum, const LinkStats &link);

    const ServiceConfig &m_config;
    LinkStats m_departed; // counters of callers that have left, since restart()
    bool m_anyDeparted = false;
};

} // namespace srtdesk
