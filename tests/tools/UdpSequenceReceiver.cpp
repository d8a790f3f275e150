// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/tools/UdpSequenceReceiver.h"

#include "tests/tools/UdpSequencePacket.h"

#include <algorithm>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srtdesk::testtools {

UdpSequenceReceiver::~UdpSequenceReceiver()
{
    stop();
}

bool UdpSequenceReceiver::start(const QString &ip, int port, QString *error, const QString &interfaceIp)
{
    stop();
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = htons(quint16(port));
    const auto fail = [&](const char *what) {
        if (error)
            *error = QStringLiteral("cannot receive on %1:%2: %3: %4")
                         .arg(ip)
                         .arg(port)
                         .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    };
    if (inet_pton(AF_INET, ip.toLatin1().constData(), &local.sin_addr) != 1)
        return fail("bad address");
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail("socket");
    const bool multicast = (ntohl(local.sin_addr.s_addr) >> 28) == 0xE;
    if (multicast) {
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    }
    const int receiveBuffer = 8 * 1024 * 1024;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBuffer, sizeof receiveBuffer) < 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    timeval timeout{0, 50 * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) < 0)
        return fail("bind");
    if (multicast) {
        ip_mreq membership{};
        membership.imr_multiaddr = local.sin_addr;
        membership.imr_interface.s_addr = htonl(INADDR_ANY);
        if (!interfaceIp.isEmpty())
            inet_pton(AF_INET, interfaceIp.toLatin1().constData(), &membership.imr_interface);
        if (::setsockopt(m_fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &membership, sizeof membership) < 0)
            return fail("join");
    }
    reset(m_firstSequence);
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void UdpSequenceReceiver::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void UdpSequenceReceiver::reset(std::uint64_t firstSequence)
{
    std::lock_guard lock(m_mutex);
    m_counts = Counts{};
    m_firstSequence = firstSequence;
    m_seen.clear();
}

UdpSequenceReceiver::Counts UdpSequenceReceiver::counts() const
{
    std::lock_guard lock(m_mutex);
    Counts counts = m_counts;
    if (counts.highest >= std::int64_t(m_firstSequence))
        counts.missing = (counts.highest - std::int64_t(m_firstSequence) + 1) - counts.unique;
    return counts;
}

qint64 UdpSequenceReceiver::missingIn(std::uint64_t begin, std::uint64_t end, std::vector<std::uint64_t> *first,
                                      std::size_t keep) const
{
    std::lock_guard lock(m_mutex);
    qint64 missing = 0;
    for (std::uint64_t sequence = std::max(begin, m_firstSequence); sequence < end; ++sequence) {
        const std::size_t index = std::size_t(sequence - m_firstSequence);
        if (index < m_seen.size() && m_seen[index])
            continue;
        ++missing;
        if (first && first->size() < keep)
            first->push_back(sequence);
    }
    return missing;
}

void UdpSequenceReceiver::run()
{
    std::vector<char> buffer(65536);
    while (!m_stop.load()) {
        const ssize_t length = ::recv(m_fd, buffer.data(), buffer.size(), 0);
        if (length < 0)
            continue; // timeout (to look at m_stop) or EINTR
        account(buffer.data(), std::size_t(length));
    }
}

void UdpSequenceReceiver::account(const char *data, std::size_t length)
{
    std::uint64_t sequence = 0;
    const auto check = UdpSequencePacket::verify(data, length, &sequence);
    std::lock_guard lock(m_mutex);
    ++m_counts.received;
    m_counts.bytes += qint64(length);
    if (check != UdpSequencePacket::Check::Ok || sequence < m_firstSequence
        || sequence - m_firstSequence > (std::uint64_t(1) << 31)) {
        ++m_counts.corrupted;
        return;
    }
    const std::size_t index = std::size_t(sequence - m_firstSequence);
    if (index >= m_seen.size())
        m_seen.resize(std::max(index + 1, m_seen.size() * 2), false);
    if (m_seen[index]) {
        ++m_counts.duplicates;
        return;
    }
    m_seen[index] = true;
    ++m_counts.unique;
    if (std::int64_t(sequence) < m_counts.highest)
        ++m_counts.outOfOrder;
    else
        m_counts.highest = std::int64_t(sequence);
}

} // namespace srtdesk::testtools
