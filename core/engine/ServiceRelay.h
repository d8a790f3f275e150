// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/DataPump.h"
#include "core/engine/GroupLink.h"
#include "core/engine/LinkSampler.h"
#include "core/engine/PeerLookup.h"
#include "core/engine/RateMeter.h"
#include "core/engine/RelayLink.h"
#include "core/engine/RetryBackoff.h"
#include "core/engine/SharedCallerPorts.h"
#include "core/engine/UdpInput.h"
#include "core/engine/UdpOutput.h"

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace srtdesk {

class IoShard;
class RelayState;
class SrtRuntime;

// One running service on its I/O shard: the connection state machine. It opens the UDP side
// (retried with back-off while it fails), then the SRT side: a listener that waits for its
// caller (again when the caller leaves), or a caller/rendezvous that connects and reconnects
// with back-off; host names are looked up off the shard. Data moves in DataPump, statistics
// are read by StatsReader; what other threads see is published in RelayState.
//
// The links of a service are a list: a TX listener accepts up to MaxCallers callers (issue 14)
// and hands each input read to every one of them (DataPump); ListenGate refuses the others.
//
// Every member function runs on the shard's thread.
class ServiceRelay
{
    // Same translation context as the sentences had before the engine was split.
    Q_DECLARE_TR_FUNCTIONS(RelayWorker)

public:
    using Clock = std::chrono::steady_clock;

    ServiceRelay(std::shared_ptr<RelayState> state, IoShard &shard, const SrtRuntime &runtime);
    ~ServiceRelay();
    ServiceRelay(const ServiceRelay &) = delete;
    ServiceRelay &operator=(const ServiceRelay &) = delete;

    void begin(Clock::time_point now);
    void end(); // closes everything; the service shows Disconnected
    void onSrtEvent(SRTSOCKET socket, bool readable, bool writable);
    void onUdpReadable();
    void tick(Clock::time_point now);
    Clock::time_point nextTick() const { return m_nextTick; }
    int latencyMs() const;
    // Disconnects the caller at `peer` ("ip:port" as LinkStats::callers shows it); false when
    // no link has that peer.
    bool kick(const QString &peer);

private:
    const ServiceConfig &config() const;
    void openUdp(Clock::time_point now);
    void openListener();
    void startConnect(Clock::time_point now);
    void connectSocket(const SocketAddress &peer, Clock::time_point now);
    void connectGroup(const PeerLookup::Addresses &endpoints, Clock::time_point now);
    void acceptPending();
    void checkConnecting(Clock::time_point now);
    void checkLinks();
    void connectFailed(const QString &message);
    void retrySrtLater();
    void linkUp(SRTSOCKET socket, const QString &peer, const QString &streamId = QString());
    void resetLinkStats();
    void linkDown(std::size_t index, const QString &why);
    void relayFromSrt(std::size_t index);
    void relayFromUdp();
    void sample(Clock::time_point now);
    void closeSocket(SRTSOCKET &socket);
    void releaseCallerPortIfUnused();
    void scheduleNextTick(Clock::time_point now); // never later than it is
    void rescheduleTick(Clock::time_point now);   // from scratch
    void watchLink(SRTSOCKET socket);
    std::optional<std::size_t> linkIndex(SRTSOCKET socket) const;

    const std::shared_ptr<RelayState> m_state;
    IoShard &m_shard;
    const SrtRuntime &m_runtime;
    DataPump m_pump;
    GroupLink m_group;
    UdpInput m_udpIn;
    UdpOutput m_udpOut;

    bool m_begun = false;
    bool m_idle = false; // nothing can run (bonding unavailable): only stop() helps
    bool m_udpReady = false;
    bool m_udpErrorShown = false;
    RetryBackoff m_udpBackoff;
    RetryBackoff m_srtBackoff;
    Clock::time_point m_nextUdpAttempt;
    Clock::time_point m_nextSrtAttempt;
    Clock::time_point m_nextStats;
    Clock::time_point m_nextTick;

    SRTSOCKET m_listener = SRT_INVALID_SOCK;
    SRTSOCKET m_connecting = SRT_INVALID_SOCK;
    Clock::time_point m_connectStarted;
    QString m_connectPeer;
    SharedCallerPorts::Lease m_callerPort;
    std::vector<RelayLink> m_links;
    LinkSampler m_sampler;
    std::vector<SRTSOCKET> m_sinks; // TX: the links' sockets, for DataPump
    int m_connectAttempts = 0;
    QString m_lastLoggedFailure;
    RateMeter m_udpRate;
    PeerLookup m_lookup; // last: its pending answers are dropped before anything else goes
};

} // namespace srtdesk
