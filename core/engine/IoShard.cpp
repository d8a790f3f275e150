// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/IoShard.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/ServiceRelay.h"
#include "core/engine/ShardMailbox.h"

#include <algorithm>

#include <poll.h>
#include <pthread.h>

namespace srtdesk {

namespace {

using std::chrono::milliseconds;

// Longest single wait: bounds how late a shard notices a due timer it was not woken for.
constexpr int kMaxWaitMs = 100;
constexpr auto kHousekeepingEvery = milliseconds(1000);
// Wake-up pacing. libsrt wakes an epoll waiter for every event of any socket in the process
// (each ACK, each packet a receiver may deliver): followed blindly, a shard would relay one
// datagram per wake-up, and every libsrt thread behind it (the sender woken by srt_sendmsg2,
// the receiver's TSBPD thread woken by each read) would work per packet too, which is where
// most of the CPU went (issue 13's profile; docs/PERFORMANCE.md). So after a wake-up that
// relayed data the shard pauses, then polls, and what came meanwhile leaves as one batch per
// service. The pause adapts: it grows (kPauseStep per wake-up) while the busiest service of
// the shard relays fewer than kTargetBatch datagrams a wake-up, and shrinks at once when one
// relays more, so that a fast stream leaves in batches small enough for the UDP receive
// buffers of whoever reads it. It stays below a sixth of the smallest SRT latency on the shard
// (latency absorbs it: TX datagrams wait at most one pause before they are stamped and sent,
// RX messages at most one pause after libsrt releases them) and below kMaxPause, which keeps
// the jitter of a UDP output within what a srt-live-transmit process shows at low rates.
constexpr int kTargetBatch = 64;
constexpr auto kMinPause = std::chrono::microseconds(1000);
constexpr auto kMaxPause = std::chrono::microseconds(20000);
constexpr int kLatencyShare = 6;
constexpr auto kPauseStep = std::chrono::microseconds(500);

} // namespace

IoShard::IoShard(int index)
    : m_index(index), m_mailbox(std::make_shared<ShardMailbox>()), m_pause(kMinPause), m_maxPause(kMaxPause)
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

bool IoShard::pace()
{
    if (m_largestBatch == 0)
        return false; // the last wake-up relayed nothing: wait for the next event at once
    if (m_largestBatch > kTargetBatch)
        m_pause = std::max<Clock::duration>(kMinPause, m_pause * kTargetBatch / m_largestBatch);
    else if (m_largestBatch < kTargetBatch / 2)
        m_pause = std::min<Clock::duration>(m_maxPause, m_pause + kPauseStep);
    m_largestBatch = 0;
    // The pause holds data back, never commands: a start or stop posted meanwhile runs at once
    // (a listener then opens before the caller that follows it in the same daemon sends its
    // first handshake, which libsrt would repeat only after 250 ms).
    const auto until = m_relayedAt + m_pause;
    pollfd mailbox{m_mailbox->fd(), POLLIN, 0};
    for (auto now = Clock::now(); now < until; now = Clock::now()) {
        const auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(until - now);
        const timespec timeout{time_t(left.count() / 1000000000), long(left.count() % 1000000000)};
        if (::ppoll(&mailbox, 1, &timeout, nullptr) > 0)
            runCommands();
    }
    return true;
}

void IoShard::wait(int timeoutMs)
{
    // While data flows the shard polls after each pause instead of waiting in libsrt's epoll,
    // where every event of every socket in the process would wake it again in between.
    const bool poll = pace();
    // libsrt copies at most this many ready sockets of each kind.
    m_readReady.resize(std::max<std::size_t>(1, m_srtSockets.size()));
    m_writeReady.resize(m_readReady.size());
    m_sysReady.resize(m_udpSockets.size() + 1);
    if (poll)
        timeoutMs = 0;
    else if (m_srtSockets.empty() && waitWithoutSrt(timeoutMs))
        return;
    int readCount = int(m_readReady.size());
    int writeCount = int(m_writeReady.size());
    int sysCount = int(m_sysReady.size());
    const int ready = srt_epoll_wait(m_eid, m_readReady.data(), &readCount, m_writeReady.data(), &writeCount,
                                     timeoutMs, m_sysReady.data(), &sysCount, nullptr, nullptr);
    if (ready < 0) {
        if (srt_getlasterror(nullptr) != SRT_ETIMEOUT && timeoutMs > 0) {
            qCWarning(lcEngine).noquote() << "I/O thread" << m_index << "epoll:" << srt_getlasterror_str();
            std::this_thread::sleep_for(milliseconds(timeoutMs)); // never spin on an epoll error
        }
        return;
    }
    dispatch(readCount, writeCount, sysCount);
}

bool IoShard::waitWithoutSrt(int timeoutMs)
{
    // No SRT socket to watch (no service, or only ones retrying): libsrt's epoll would notice
    // a command only at its next 10 ms poll, so wait on the system sockets directly and take a
    // command the moment it is posted (see pace()).
    std::vector<pollfd> fds;
    fds.reserve(m_udpSockets.size() + 1);
    fds.push_back({m_mailbox->fd(), POLLIN, 0});
    for (const auto &[fd, service] : m_udpSockets)
        fds.push_back({fd, POLLIN, 0});
    const int ready = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
    if (ready < 0)
        return false; // EINTR: go round again through libsrt's wait
    int count = 0;
    for (const pollfd &fd : fds) {
        if (fd.revents & (POLLIN | POLLERR | POLLHUP))
            m_sysReady[std::size_t(count++)] = fd.fd;
    }
    dispatch(0, 0, count);
    return true;
}

void IoShard::dispatch(int srtRead, int srtWrite, int sysRead)
{
    const auto began = Clock::now();
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
    if (m_largestBatch > 0)
        m_relayedAt = began;
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
    boundPause();
}

void IoShard::boundPause()
{
    Clock::duration bound = kMaxPause;
    for (const auto &service : m_services)
        bound = std::min<Clock::duration>(bound, milliseconds(service->latencyMs()) / kLatencyShare);
    m_maxPause = std::max<Clock::duration>(kMinPause, bound);
    m_pause = std::min(m_pause, m_maxPause);
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
    boundPause();
}

void IoShard::watchSrt(SRTSOCKET socket, int events, ServiceRelay *service)
{
    srt_epoll_add_usock(m_eid, socket, &events);
    m_srtSockets[socket] = service;
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
