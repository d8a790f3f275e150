// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace srtdesk {

// The seam between the data path (core/engine) and stream monitoring (core/monitor): every
// payload a running service relays, in order, on the engine's I/O thread that relays it.
// For a TX that is each datagram as read from the UDP input (before SRT); for an RX each
// message as written to the UDP output. See docs/ARCHITECTURE.md, "Data path tap".
//
// Implementations run inside the relay loop, so they must be cheap and must never block:
// no I/O, no waiting on a lock another thread may hold for long, no allocation per call in
// the steady state. They publish what they found for other threads themselves.
class PayloadTap
{
public:
    virtual ~PayloadTap() = default;

    // One datagram. `nowUs` is std::chrono::steady_clock time in microseconds, taken once
    // per batch by the engine (several datagrams of one wake-up may share it).
    virtual void payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs) = 0;

    // The service's link came up (RX: first message after connect; TX: an SRT peer
    // connected). Counters "since the link came up" start again from here.
    virtual void linkUp(std::int64_t nowUs) = 0;
};

} // namespace srtdesk
