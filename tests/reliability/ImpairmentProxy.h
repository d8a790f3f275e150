// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImpairmentProfile.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace srtdesk::test {

// A UDP relay between two SRT peers that impairs the traffic: seeded random loss, burst
// loss, delay, jitter, reordering, duplication and blackouts. The kernel's netem is not
// available on the test machines; this is how network faults are made here.
//
// The "client" side is whoever sends to listenPort first (an SRT caller); everything it
// sends goes to the upstream address (the SRT listener) and the answers come back to it.
class ImpairmentProxy
{
public:
    enum Direction { ClientToUpstream = 0, UpstreamToClient = 1 };

    struct Counters
    {
        std::uint64_t received = 0;
        std::uint64_t forwarded = 0;
        std::uint64_t lost = 0;
        std::uint64_t duplicated = 0;
        std::uint64_t reordered = 0;
        std::uint64_t blackedOut = 0;
    };

    ImpairmentProxy(int listenPort, std::string upstreamHost, int upstreamPort, std::uint32_t seed);
    ~ImpairmentProxy();
    ImpairmentProxy(const ImpairmentProxy &) = delete;
    ImpairmentProxy &operator=(const ImpairmentProxy &) = delete;

    // Set before start() or at any time while running.
    void setProfile(Direction direction, const ImpairmentProfile &profile);
    void setProfile(const ImpairmentProfile &bothDirections);
    // The loopback address the client side listens on (default 127.0.0.1); set before start().
    // Two proxies on one port and two addresses make two paths to one peer (bonding tests).
    void setListenHost(const std::string &ipv4);
    // While on, every datagram in both directions is dropped (a cut cable).
    void setBlackout(bool on);
    // A blackout window relative to start(): from startMs for durationMs.
    void scheduleBlackout(int startMs, int durationMs);

    bool start(std::string *error = nullptr);
    void stop();

    Counters counters(Direction direction) const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace srtdesk::test
