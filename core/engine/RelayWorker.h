// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "core/model/ServiceConfig.h"

#include <functional>
#include <memory>

namespace srtdesk {

class SrtRuntime;

// One running service: a thread that relays UDP -> SRT (TX) or SRT -> UDP (RX), connects
// and reconnects by itself (caller/rendezvous retry with back-off, a listener waits again
// when its peer leaves), and publishes a LinkStats snapshot for other threads to read.
//
// Not a QObject: it never touches objects of other threads. `onStateChange` is called from
// the worker thread whenever the link state or LastError changes; the owner must only post
// from it (e.g. a queued QMetaObject::invokeMethod).
class RelayWorker
{
public:
    using StateCallback = std::function<void()>;

    RelayWorker(const ServiceConfig &config, const SrtRuntime &runtime, StateCallback onStateChange = {});
    ~RelayWorker(); // stops the thread
    RelayWorker(const RelayWorker &) = delete;
    RelayWorker &operator=(const RelayWorker &) = delete;

    void start();
    // Returns within 1 s in every state, connecting included.
    void stop();

    // Thread-safe copy of the latest statistics (refreshed every statsInterval while connected).
    LinkStats snapshot() const;
    const ServiceConfig &config() const;

    // Links the service's earlier workers established in this run: an edit or a restart of a
    // running service replaces its worker, and Reconnections counts on from them rather than
    // from zero (else the end that was edited shows 0 while its peer shows 1). Before start().
    void setEarlierLinks(int links);
    // Links established so far in this run, the earlier workers' included.
    int links() const;

    // How often the worker reads libsrt's statistics; default 1000 ms.
    void setStatsIntervalMs(int msecs);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace srtdesk
