// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/SharedCallerPorts.h"

#include <srt/srt.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <unordered_map>
#include <vector>

namespace srtdesk {

class ServiceRelay;
class ShardMailbox;

// One I/O thread of the engine. It owns one srt_epoll that holds the SRT sockets and the UDP
// system sockets of every service assigned to it, and runs all of them: connection state
// machines, data pumps and statistics. Nothing a service does may block it: no DNS (see
// HostResolver), no blocking libsrt call, no lock held by another thread for longer than a
// copy. Other threads talk to it only through its mailbox (post()).
//
// libsrt 1.5.1's epoll notices system sockets and its own events by polling: a waiter checks,
// then sleeps on libsrt's global event (signalled by each ACK, delivery, connection, close) for
// at most 10 ms. So a UDP datagram or a command is picked up within 10 ms at worst, as in
// srt-live-transmit, which waits the same way.
class IoShard
{
public:
    using Clock = std::chrono::steady_clock;
    using Command = std::function<void()>;

    explicit IoShard(int index);
    ~IoShard(); // stops the thread; services still on it are closed
    IoShard(const IoShard &) = delete;
    IoShard &operator=(const IoShard &) = delete;

    int index() const { return m_index; }
    // Services assigned (for the engine's choice of the least loaded shard).
    std::atomic<int> &load() { return m_load; }

    // Any thread. false when the shard no longer takes commands.
    bool post(Command command);
    std::weak_ptr<ShardMailbox> mailbox() const { return m_mailbox; }

    // --- shard thread only ---
    void addService(std::shared_ptr<ServiceRelay> service);
    void removeService(ServiceRelay *service); // closes it first
    void watchSrt(SRTSOCKET socket, int events, ServiceRelay *service);
    void unwatchSrt(SRTSOCKET socket);
    void watchUdp(int fd, ServiceRelay *service);
    void unwatchUdp(int fd);
    SharedCallerPorts &callerPorts() { return m_callerPorts; }
    // A service relayed this many datagrams in this wake-up (see pace()).
    void noteRelayed(int datagrams) { m_largestBatch = std::max(m_largestBatch, datagrams); }

private:
    void run();
    int timeoutMs(Clock::time_point now) const;
    void runDueTicks(Clock::time_point now);
    void wait(int timeoutMs);
    bool waitWithoutSrt(int timeoutMs);
    void dispatch(int srtRead, int srtWrite, int sysRead);
    void runCommands();
    bool pace(); // true: poll now, the pause is over
    void boundPause();

    const int m_index;
    std::atomic<int> m_load{0};
    std::shared_ptr<ShardMailbox> m_mailbox;
    std::atomic<bool> m_stopping{false};
    int m_eid = -1;
    std::thread m_thread;

    // Shard thread only.
    std::vector<std::shared_ptr<ServiceRelay>> m_services;
    std::unordered_map<SRTSOCKET, ServiceRelay *> m_srtSockets;
    std::unordered_map<int, ServiceRelay *> m_udpSockets;
    std::vector<SRTSOCKET> m_readReady;
    std::vector<SRTSOCKET> m_writeReady;
    std::vector<SYSSOCKET> m_sysReady;
    SharedCallerPorts m_callerPorts;
    Clock::time_point m_nextHousekeeping;
    int m_largestBatch = 0;         // in the current wake-up, by one service
    Clock::time_point m_relayedAt;  // start of the last wake-up that relayed data
    Clock::duration m_pause;        // between two wake-ups that relay data
    Clock::duration m_maxPause;
};

} // namespace srtdesk
