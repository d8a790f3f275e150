// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "core/model/PeerAllowList.h"
#include "core/model/ServiceConfig.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace srtdesk {

class PayloadTap;

// What one service shares between its handle (RelayWorker, on the owner's thread) and its
// relay on an I/O shard: the configuration, the tap, and the statistics the relay publishes
// for other threads. The relay writes under the lock, readers copy under it; nothing else is
// shared, so a shard never waits on a reader for longer than one copy.
class RelayState
{
public:
    using Callback = std::function<void()>;

    RelayState(const ServiceConfig &config, Callback callback, std::shared_ptr<PayloadTap> tap);
    RelayState(const RelayState &) = delete;
    RelayState &operator=(const RelayState &) = delete;

    const ServiceConfig &config() const { return m_config; }
    PayloadTap *tap() const { return m_tap.get(); }
    int statsIntervalMs() const { return m_statsIntervalMs.load(std::memory_order_relaxed); }
    void setStatsIntervalMs(int msecs) { m_statsIntervalMs = msecs; }

    LinkStats snapshot() const;
    // Runs `change(LinkStats &)` on the published statistics under the lock.
    template <typename Change>
    void update(Change &&change)
    {
        std::lock_guard lock(m_mutex);
        change(m_stats);
    }
    // Publishes the link state and, when given, LastError; notifies when either changed.
    void changeState(LinkState state, const std::optional<QString> &lastError = std::nullopt);
    // Calls the callback.
    void notify() const;

    // Callers refused while the listener is full are turned away from libsrt's thread
    // (SrtSocketOptions' listen callback); how many links the listener holds now.
    std::atomic<int> &acceptedLinks() { return m_acceptedLinks; }
    int acceptedLinkCount() const { return m_acceptedLinks.load(); }
    // A listener's callers at most (MaxCallers, at least 1) and who may call (AllowedPeers).
    int maxCallers() const { return m_maxCallers; }
    const PeerAllowList &allowedPeers() const { return m_allowedPeers; }
    // Links established in this run of the service, earlier relays' included: an edit or a
    // restart of a running service replaces its relay, and Reconnections counts on from them.
    std::atomic<int> &linksEstablished() { return m_linksEstablished; }

private:
    const ServiceConfig m_config;
    const std::shared_ptr<PayloadTap> m_tap;
    const Callback m_callback;
    const int m_maxCallers;
    const PeerAllowList m_allowedPeers;
    std::atomic<int> m_statsIntervalMs{1000};
    std::atomic<int> m_acceptedLinks{0};
    std::atomic<int> m_linksEstablished{0};
    mutable std::mutex m_mutex;
    LinkStats m_stats; // guarded by m_mutex
};

} // namespace srtdesk
