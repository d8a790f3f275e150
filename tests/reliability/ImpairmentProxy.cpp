// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImpairmentProxy.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>
#include <queue>
#include <random>
#include <thread>
#include <vector>

namespace srtdesk::test {

namespace {

using Clock = std::chrono::steady_clock;

struct Pending
{
    Clock::time_point due;
    std::uint64_t order = 0; // FIFO among datagrams due at the same instant
    int direction = 0;
    std::vector<char> data;
    bool operator>(const Pending &other) const
    {
        return due != other.due ? due > other.due : order > other.order;
    }
};

} // namespace

class ImpairmentProxy::Impl
{
public:
    Impl(int listenPort, std::string upstreamHost, int upstreamPort, std::uint32_t seed)
        : m_listenPort(listenPort), m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort), m_rng(seed)
    {
    }

    ~Impl() { stop(); }

    bool start(std::string *error)
    {
        m_clientSocket = bindUdp(m_listenAddress, m_listenPort, error);
        m_upstreamSocket = m_clientSocket >= 0 ? bindUdp(htonl(INADDR_LOOPBACK), 0, error) : -1;
        if (m_upstreamSocket < 0)
            return closeAll(), false;
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo *result = nullptr;
        if (getaddrinfo(m_upstreamHost.c_str(), std::to_string(m_upstreamPort).c_str(), &hints, &result) != 0) {
            if (error)
                *error = "cannot resolve " + m_upstreamHost;
            return closeAll(), false;
        }
        std::memcpy(&m_upstream, result->ai_addr, sizeof(sockaddr_in));
        freeaddrinfo(result);
        m_started = Clock::now();
        m_running = true;
        m_thread = std::thread([this] { run(); });
        return true;
    }

    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
        closeAll();
    }

    void setProfile(int direction, const ImpairmentProfile &profile)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_profiles[direction] = profile;
    }

    void setBlackout(bool on) { m_blackout = on; }

    void setListenHost(const std::string &ipv4) { inet_pton(AF_INET, ipv4.c_str(), &m_listenAddress); }

    void scheduleBlackout(int startMs, int durationMs)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_windows.push_back({startMs, startMs + durationMs});
    }

    Counters counters(int direction) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_counters[direction];
    }

private:
    struct Window
    {
        int fromMs;
        int toMs;
    };

    static int bindUdp(std::uint32_t networkAddress, int port, std::string *error)
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = networkAddress;
        address.sin_port = htons(std::uint16_t(port));
        const int size = 8 * 1024 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeof size);
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            if (error)
                *error = "cannot bind UDP port " + std::to_string(port) + ": " + std::strerror(errno);
            if (fd >= 0)
                ::close(fd);
            return -1;
        }
        return fd;
    }

    void closeAll()
    {
        for (int *fd : {&m_clientSocket, &m_upstreamSocket}) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
    }

    bool blackedOut(Clock::time_point now)
    {
        if (m_blackout)
            return true;
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_started).count();
        for (const Window &w : m_windows) {
            if (elapsed >= w.fromMs && elapsed < w.toMs)
                return true;
        }
        return false;
    }

    double chance() { return std::uniform_real_distribution<double>(0, 100)(m_rng); }

    // Decides the fate of one datagram: dropped, or queued once or twice with its delay.
    void admit(int direction, const char *data, std::size_t size, Clock::time_point now)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const ImpairmentProfile &p = m_profiles[direction];
        Counters &c = m_counters[direction];
        ++c.received;
        if (blackedOut(now)) {
            ++c.blackedOut;
            return;
        }
        if (m_burstLeft[direction] > 0) {
            --m_burstLeft[direction];
            ++c.lost;
            return;
        }
        if (p.burstLength > 0 && p.burstStartPercent > 0 && chance() < p.burstStartPercent) {
            m_burstLeft[direction] = p.burstLength - 1;
            ++c.lost;
            return;
        }
        if (p.lossPercent > 0 && chance() < p.lossPercent) {
            ++c.lost;
            return;
        }
        const int copies = (p.duplicatePercent > 0 && chance() < p.duplicatePercent) ? 2 : 1;
        c.duplicated += copies - 1;
        for (int i = 0; i < copies; ++i) {
            int delay = p.delayMs;
            if (p.jitterMs > 0)
                delay += std::uniform_int_distribution<int>(0, p.jitterMs)(m_rng);
            if (p.reorderPercent > 0 && chance() < p.reorderPercent) {
                delay += p.reorderDelayMs;
                ++c.reordered;
            }
            m_queue.push({now + std::chrono::milliseconds(delay), m_order++, direction,
                          std::vector<char>(data, data + size)});
        }
    }

    void sendDue(Clock::time_point now)
    {
        std::vector<Pending> due;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            while (!m_queue.empty() && m_queue.top().due <= now) {
                due.push_back(m_queue.top());
                m_queue.pop();
            }
        }
        for (const Pending &p : due) {
            bool sent = false;
            if (p.direction == ClientToUpstream) {
                sent = ::sendto(m_upstreamSocket, p.data.data(), p.data.size(), 0,
                                reinterpret_cast<const sockaddr *>(&m_upstream), sizeof m_upstream) >= 0;
            } else if (m_haveClient) {
                sent = ::sendto(m_clientSocket, p.data.data(), p.data.size(), 0,
                                reinterpret_cast<const sockaddr *>(&m_client), sizeof m_client) >= 0;
            }
            if (sent) {
                std::lock_guard<std::mutex> lock(m_mutex);
                ++m_counters[p.direction].forwarded;
            }
        }
    }

    // Exact to the microsecond: a wait rounded down to whole milliseconds made the thread spin
    // through the last millisecond before every due datagram, a core's worth of CPU for twenty
    // proxies, which then delayed everything else under test (docs/RELIABILITY.md).
    timespec untilNextDue(Clock::time_point now)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        long long wait = 20000;
        if (!m_queue.empty())
            wait = std::clamp<long long>(
                std::chrono::duration_cast<std::chrono::microseconds>(m_queue.top().due - now).count(), 0, 20000);
        return timespec{time_t(wait / 1000000), long(wait % 1000000) * 1000};
    }

    void run()
    {
        std::vector<char> buffer(65536);
        while (m_running) {
            pollfd fds[2] = {{m_clientSocket, POLLIN, 0}, {m_upstreamSocket, POLLIN, 0}};
            const timespec timeout = untilNextDue(Clock::now());
            ::ppoll(fds, 2, &timeout, nullptr);
            const auto now = Clock::now();
            if (fds[0].revents & POLLIN)
                readAll(m_clientSocket, ClientToUpstream, buffer, now);
            if (fds[1].revents & POLLIN)
                readAll(m_upstreamSocket, UpstreamToClient, buffer, now);
            sendDue(Clock::now());
        }
    }

    void readAll(int fd, int direction, std::vector<char> &buffer, Clock::time_point now)
    {
        for (int i = 0; i < 256; ++i) {
            sockaddr_in from{};
            socklen_t length = sizeof from;
            const ssize_t n = ::recvfrom(fd, buffer.data(), buffer.size(), MSG_DONTWAIT,
                                         reinterpret_cast<sockaddr *>(&from), &length);
            if (n < 0)
                return;
            if (direction == ClientToUpstream) {
                m_client = from;
                m_haveClient = true;
            }
            admit(direction, buffer.data(), std::size_t(n), now);
        }
    }

    const int m_listenPort;
    std::uint32_t m_listenAddress = htonl(INADDR_LOOPBACK);
    const std::string m_upstreamHost;
    const int m_upstreamPort;
    int m_clientSocket = -1;
    int m_upstreamSocket = -1;
    sockaddr_in m_upstream{};
    sockaddr_in m_client{};
    bool m_haveClient = false;
    std::mt19937 m_rng;
    Clock::time_point m_started;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_blackout{false};
    std::thread m_thread;

    mutable std::mutex m_mutex;
    ImpairmentProfile m_profiles[2];
    Counters m_counters[2];
    int m_burstLeft[2] = {0, 0};
    std::vector<Window> m_windows;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_queue;
    std::uint64_t m_order = 0;
};

ImpairmentProxy::ImpairmentProxy(int listenPort, std::string upstreamHost, int upstreamPort, std::uint32_t seed)
    : m_impl(std::make_unique<Impl>(listenPort, std::move(upstreamHost), upstreamPort, seed))
{
}

ImpairmentProxy::~ImpairmentProxy() = default;

void ImpairmentProxy::setProfile(Direction direction, const ImpairmentProfile &profile)
{
    m_impl->setProfile(direction, profile);
}

void ImpairmentProxy::setProfile(const ImpairmentProfile &bothDirections)
{
    m_impl->setProfile(ClientToUpstream, bothDirections);
    m_impl->setProfile(UpstreamToClient, bothDirections);
}

void ImpairmentProxy::setListenHost(const std::string &ipv4)
{
    m_impl->setListenHost(ipv4);
}

void ImpairmentProxy::setBlackout(bool on)
{
    m_impl->setBlackout(on);
}

void ImpairmentProxy::scheduleBlackout(int startMs, int durationMs)
{
    m_impl->scheduleBlackout(startMs, durationMs);
}

bool ImpairmentProxy::start(std::string *error)
{
    return m_impl->start(error);
}

void ImpairmentProxy::stop()
{
    m_impl->stop();
}

ImpairmentProxy::Counters ImpairmentProxy::counters(Direction direction) const
{
    return m_impl->counters(direction);
}

} // namespace srtdesk::test
