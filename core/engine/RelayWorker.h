// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "core/model/ServiceConfig.h"

#include <functional>
#include <future>
#include <memory>

namespace srtdesk {

class IoShard;
class PayloadTap;
class RelayEngine;
class RelayState;
class ServiceRelay;

// The handle of one service: starts it on one of the engine's I/O threads, stops it, and
// reads the statistics that its relay publishes. The relay UDP -> SRT (TX) or SRT -> UDP (RX)
// connects and reconnects by itself (caller/rendezvous retry with back-off, a listener waits
// again when its peer leaves); see ServiceRelay.
//
// Not a QObject, and not thread-affine: `onStateChange` is called whenever the link state or
// LastError changes, from the I/O thread (and once from start(), which publishes Waiting); the
// owner must only post from it (e.g. a queued QMetaObject::invokeMethod). `tap` (may be null)
// sees every relayed payload.
class RelayWorker
{
public:
    using StateCallback = std::function<void()>;

    RelayWorker(const ServiceConfig &config, RelayEngine &engine, StateCallback onStateChange = {},
                std::shared_ptr<PayloadTap> tap = {});
    ~RelayWorker(); // stops it
    RelayWorker(const RelayWorker &) = delete;
    RelayWorker &operator=(const RelayWorker &) = delete;

    void start();
    // Returns once the relay is closed (one pass of its I/O thread, a few ms), in every state.
    void stop();
    // Starts stopping without waiting: stop() then only waits. Lets an owner stop many
    // services in the time of one.
    void requestStop();

    // TX listener: disconnects the caller at `peer` ("ip:port" as LinkStats::callers shows
    // it). Returns once its I/O thread has done it (one pass, a few ms); false when the
    // service is not running or no caller has that address.
    bool kick(const QString &peer);

    // Thread-safe copy of the latest statistics (refreshed every statsInterval while running).
    LinkStats snapshot() const;
    const ServiceConfig &config() const;
    // Links the service's earlier relays established in this run: an edit or a restart of a
    // running service replaces its worker, and Reconnections counts on from them rather than
    // from zero (else the end that was edited shows 0 while its peer shows 1). Before start().
    void setEarlierLinks(int links);
    // Links established so far in this run, the earlier relays' included.
    int links() const;
    // How often the relay reads libsrt's statistics; default 1000 ms.
    void setStatsIntervalMs(int msecs);
    // The I/O thread running it; -1 while stopped.
    int ioThread() const;

private:
    void resetStats(bool running);

    RelayEngine &m_engine;
    const std::shared_ptr<RelayState> m_state;
    std::shared_ptr<ServiceRelay> m_relay; // owned by its shard while running
    IoShard *m_shard = nullptr;
    std::future<void> m_stopped; // valid while a stop is under way
    int m_earlierLinks = 0;      // setEarlierLinks: where each start() counts links from
};

} // namespace srtdesk
