// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsUdpFeeder.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace tsfixtures {

TsUdpFeeder::TsUdpFeeder(QByteArray ts, int port, int bitRate) : m_ts(std::move(ts)), m_port(port), m_bitRate(bitRate)
{}

TsUdpFeeder::~TsUdpFeeder()
{
    stop();
}

void TsUdpFeeder::start()
{
    m_thread = std::thread([this] { run(); });
}

void TsUdpFeeder::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void TsUdpFeeder::run()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(m_port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    constexpr int kDatagram = 7 * 188;
    const auto begin = std::chrono::steady_clock::now();
    for (qsizetype offset = 0; offset + kDatagram <= m_ts.size() && !m_stop; offset += kDatagram) {
        // Each datagram leaves when its last byte would at the stream's bit rate.
        const auto due = begin + std::chrono::microseconds((offset + kDatagram) * 8 * 1000000LL / m_bitRate);
        std::this_thread::sleep_until(due);
        ::sendto(fd, m_ts.constData() + offset, kDatagram, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
        m_sent += kDatagram;
    }
    ::close(fd);
    m_finished = true;
}

} // namespace tsfixtures
