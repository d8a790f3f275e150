// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/tools/UdpSequenceSender.h"

#include "tests/tools/UdpSequencePacket.h"

#include <chrono>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srtdesk::testtools {

UdpSequenceSender::UdpSequenceSender(const Options &options) : m_options(options) {}

UdpSequenceSender::~UdpSequenceSender()
{
    stop();
}

bool UdpSequenceSender::start(QString *error)
{
    stop();
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in destination{};
    destination.sin_family = AF_INET;
    destination.sin_port = htons(quint16(m_options.port));
    if (m_fd < 0 || inet_pton(AF_INET, m_options.host.toLatin1().constData(), &destination.sin_addr) != 1
        || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&destination), sizeof destination) < 0
        || m_options.datagramBytes < int(UdpSequencePacket::kHeaderBytes) || m_options.datagramBytes > 65507) {
        if (error)
            *error = QStringLiteral("cannot send to %1:%2: %3")
                         .arg(m_options.host)
                         .arg(m_options.port)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    }
    const int sendBuffer = 4 * 1024 * 1024;
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
    m_stop = false;
    m_finished = false;
    m_sent = 0;
    m_errors = 0;
    m_thread = std::thread([this] { run(); });
    return true;
}

void UdpSequenceSender::stop()
{
    m_stop = true;
    wait();
}

void UdpSequenceSender::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void UdpSequenceSender::run()
{
    using Clock = std::chrono::steady_clock;
    const std::size_t size = std::size_t(m_options.datagramBytes);
    std::vector<char> datagram(size);
    const double bitsPerDatagram = double(size) * 8.0;
    const auto interval = std::chrono::nanoseconds(
        qint64(m_options.mbps > 0 ? bitsPerDatagram * 1000.0 / m_options.mbps : 0.0));
    const auto begin = Clock::now();
    const auto end = m_options.durationMs >= 0 ? begin + std::chrono::milliseconds(m_options.durationMs)
                                               : Clock::time_point::max();
    qint64 n = 0;
    while (!m_stop.load()) {
        if (m_options.count >= 0 && n >= m_options.count)
            break;
        const auto due = begin + interval * n;
        if (due >= end)
            break;
        const auto now = Clock::now();
        if (due > now + std::chrono::microseconds(100))
            std::this_thread::sleep_until(due);
        UdpSequencePacket::fill(datagram.data(), size, m_options.firstSequence + std::uint64_t(n));
        if (::send(m_fd, datagram.data(), size, 0) < 0)
            ++m_errors;
        ++n;
        m_sent = n;
    }
    m_finished = true;
}

} // namespace srtdesk::testtools
