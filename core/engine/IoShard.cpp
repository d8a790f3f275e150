// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/IoShard.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/ServiceRelay.h"
#include "core/engine/ShardMailbox.h"

#include <algorithm>

#include <pthread.h>

namespace srtdesk {

namespace {

using std::chrono::milliseconds;

// Longest single wait: bounds how late a shard notices a due timer it was not woken for.
constexpr int kMaxWaitMs = 100;
constexpr auto kHousekeepingEvery = milliseconds(1000);
// After a wake-up that relayed data, the next one comes no sooner than this when data arrives
// faster than one datagram per this: the shard then handles a batch per wake-up instead of one
// datagram (and so does libsrt's sending thread behind srt_sendmsg2). Adds at most this much
// latency and jitter; a slower stream never waits.
constexpr auto kCoalesce = std::chrono::microseconds(1000);

} // namespace

IoShard::IoShard(int index) : m_index(index), m_mailbox(std::make_shared<ShardMailbox>())
{
    m_eid = srt_epoll_create();
    srt_epoll_set(m_eid, SRT_EPOLL_ENABLE_EMPTY);
    const int events = SRT_EPOLL_IN;
    srt_epoll_add_ssock(m_eid, m_mailbox->fd(), &events);
    m_thread = std::thread([this] { run(); });
    // Named here, not in run(): the name is there as soon as the constructor returns.
    const std::string name = "srtdesk-io" + std::to_string(m_index);
    pthread_setname_np(m_thread.native_handle(), name.c_str());
}

IoShard::~IoShard()
{
    m_stopping = true;
    m_mailbox->post([] {}); // wakes the wait
    m_mailbox->close();
    if (m_thread.joinable())
        m_thread.join();
}

bool IoShard::post(Command command)
{
    return m_mailbox->post(std::move(command));
}

void IoShard::run()
{
    while (!m_stopping.load()) {
        const auto now = Clock::now();
        runDueTicks(now);
        wait(timeoutMs(now));
    }
    runCommands(); // a stop still queued completes
    for (const auto &service : m_services)
        service->end();
    m_services.clear();
    srt_epoll_release(m_eid);
    m_eid = -1;
}

int IoShard::timeoutMs(Clock::time_point now) const
{
    Clock::time_point next = now + milliseconds(kMaxWaitMs);
    for (const auto &service : m_services)
        next = std::min(next, service->nextTick());
    const auto ms = std::chrono::duration_cast<milliseconds>(next - now).count();
    return int(std::clamp<long long>(ms, 1, kMaxWaitMs));
}

void IoShard::runDueTicks(Clock::time_point now)
{
    // A service may remove itself from nothing here: removal only comes through commands.
    for (std::size_t i = 0; i < m_services.size(); ++i) {
        if (now >= m_services[i]->nextTick())
            m_services[i]->tick(now);
    }
    if (now >= m_nextHousekeeping) {
        m_callerPorts.closeIdle(now);
        m_nextHousekeeping = now + kHousekeepingEvery;
    }
}

void IoShard::coalesce()
{
    if (!m_relayed)
        return;
    m_relayed = false;
    const bool fast = m_relayedAt - m_previousRelayedAt < kCoalesce;
    const auto until = m_relayedAt + kCoalesce;
    if (fast && Clock::now() < until)
        std::this_thread::sleep_until(until);
}

void IoShard::wait(int timeoutMs)
{
    coalesce();
    // libsrt copies at most this many ready sockets of each kind.
    m_readReady.resize(std::max<std::size_t>(1, m_srtSockets.size()));
    m_writeReady.resize(m_readReady.size());
    m_sysReady.resize(m_udpSockets.size() + 1);
    int readCount = int(m_readReady.size());
    int writeCount = int(m_writeReady.size());
    int sysCount = int(m_sysReady.size());
    const int ready = srt_epoll_wait(m_eid, m_readReady.data(), &readCount, m_writeReady.data(), &writeCount,
                                     timeoutMs, m_sysReady.data(), &sysCount, nullptr, nullptr);
    if (ready < 0) {
        if (srt_getlasterror(nullptr) != SRT_ETIMEOUT) {
            qCWarning(lcEngine).noquote() << "I/O thread" << m_index << "epoll:" << srt_getlasterror_str();
            std::this_thread::sleep_for(milliseconds(timeoutMs)); // never spin on an epoll error
        }
        return;
    }
    dispatch(readCount, writeCount, sysCount);
}

void IoShard::dispatch(int srtRead, int srtWrite, int sysRead)
{
    // Commands first: a service they remove has unwatched its sockets, so the lookups below
    // no longer find it.
    const int mailboxFd = m_mailbox->fd();
    if (std::find(m_sysReady.begin(), m_sysReady.begin() + sysRead, mailboxFd) != m_sysReady.begin() + sysRead)
        runCommands();
    for (int i = 0; i < sysRead; ++i) {
        const auto it = m_udpSockets.find(m_sysReady[std::size_t(i)]);
        if (it != m_udpSockets.end())
            it->second->onUdpReadable();
    }
    // libsrt hands both lists in ascending order: merge them, one call per socket.
    int r = 0;
    int w = 0;
    while (r < srtRead || w < srtWrite) {
        SRTSOCKET socket;
        bool readable = false;
        bool writable = false;
        if (w >= srtWrite || (r < srtRead && m_readReady[std::size_t(r)] < m_writeReady[std::size_t(w)])) {
            socket = m_readReady[std::size_t(r++)];
            readable = true;
        } else if (r >= srtRead || m_writeReady[std::size_t(w)] < m_readReady[std::size_t(r)]) {
            socket = m_writeReady[std::size_t(w++)];
            writable = true;
        } else {
            socket = m_readReady[std::size_t(r++)];
            ++w;
            readable = writable = true;
        }
        const auto it = m_srtSockets.find(socket);
        if (it != m_srtSockets.end())
            it->second->onSrtEvent(socket, readable, writable);
    }
    if (m_relayed) {
        m_previousRelayedAt = m_relayedAt;
        m_relayedAt = Clock::now();
    }
}

void IoShard::runCommands()
{
    for (Command &command : m_mailbox->take())
        command();
}

void IoShard::addService(std::shared_ptr<ServiceRelay> service)
{
    m_services.push_back(service);
    service->begin(Clock::now());
}

void IoShard::removeService(ServiceRelay *service)
{
    const auto it = std::find_if(m_services.begin(), m_services.end(),
                                 [service](const auto &candidate) { return candidate.get() == service; });
    if (it == m_services.end())
        return;
    (*it)->end();
    m_services.erase(it);
    --m_load;
}

void IoShard::watchSrt(SRTSOCKET socket, int events, ServiceRelay *service)
{
    srt_epoll_add_usock(m_eid, socket, &events);
    m_srtSockets[socket] = service;
}

void IoShard::rewatchSrt(SRTSOCKET socket, int events)
{
    srt_epoll_update_usock(m_eid, socket, &events);
}

void IoShard::unwatchSrt(SRTSOCKET socket)
{
    if (m_srtSockets.erase(socket) > 0)
        srt_epoll_remove_usock(m_eid, socket); // may already be gone if libsrt collected it
}

void IoShard::watchUdp(int fd, ServiceRelay *service)
{
    const int events = SRT_EPOLL_IN;
    srt_epoll_add_ssock(m_eid, fd, &events);
    m_udpSockets[fd] = service;
}

void IoShard::unwatchUdp(int fd)
{
    if (m_udpSockets.erase(fd) > 0)
        srt_epoll_remove_ssock(m_eid, fd);
}

} // namespace srtdesk
