// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/UdpOutput.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srtdesk {

UdpOutput::~UdpOutput()
{
    close();
}

bool UdpOutput::open(const UdpEndpoint &destination, int ttl, const QString &interfaceIp, QString *error)
{
    close();
    const auto fail = [&](const char *what) {
        const int code = errno;
        if (error) {
            *error = tr("Cannot send UDP to %1: %2 (%3).")
                         .arg(destination.toString(), tr(what),
                              QString::fromLocal8Bit(std::strerror(code)));
        }
        close();
        return false;
    };

    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(QT_TR_NOOP("no socket"));
    const int sendBuffer = 4 * 1024 * 1024;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUFFORCE, &sendBuffer, sizeof sendBuffer) < 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);

    if (destination.isMulticast()) {
        const unsigned char multicastTtl = static_cast<unsigned char>(ttl);
        if (::setsockopt(m_fd, IPPROTO_IP, IP_MULTICAST_TTL, &multicastTtl, sizeof multicastTtl) < 0)
            return fail(QT_TR_NOOP("IP_MULTICAST_TTL refused"));
        if (!interfaceIp.isEmpty()) {
            in_addr interface{};
            if (inet_pton(AF_INET, interfaceIp.toLatin1().constData(), &interface) == 1
                && ::setsockopt(m_fd, IPPROTO_IP, IP_MULTICAST_IF, &interface, sizeof interface) < 0) {
                return fail(QT_TR_NOOP("IP_MULTICAST_IF refused"));
            }
        }
    } else if (::setsockopt(m_fd, IPPROTO_IP, IP_TTL, &ttl, sizeof ttl) < 0) {
        return fail(QT_TR_NOOP("IP_TTL refused"));
    }

    std::memset(&m_destination, 0, sizeof m_destination);
    m_destination.sin_family = AF_INET;
    m_destination.sin_port = htons(quint16(destination.port));
    m_destination.sin_addr.s_addr = htonl(destination.ipv4);
    return true;
}

void UdpOutput::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

int UdpOutput::sendBatch(const char *data, std::size_t slotBytes, const std::size_t *lengths, int count)
{
    constexpr int kMax = 64;
    if (m_fd < 0)
        return 0;
    int done = 0;
    while (done < count) {
        iovec parts[kMax];
        mmsghdr messages[kMax];
        const int n = std::min(kMax, count - done);
        for (int i = 0; i < n; ++i) {
            parts[i].iov_base = const_cast<char *>(data + std::size_t(done + i) * slotBytes);
            parts[i].iov_len = lengths[done + i];
            messages[i] = {};
            messages[i].msg_hdr.msg_name = &m_destination;
            messages[i].msg_hdr.msg_namelen = sizeof m_destination;
            messages[i].msg_hdr.msg_iov = &parts[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        const int sent = ::sendmmsg(m_fd, messages, unsigned(n), 0);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return done;
        done += sent;
        if (sent < n)
            return done;
    }
    return done;
}

bool UdpOutput::send(const char *data, std::size_t length)
{
    if (m_fd < 0)
        return false;
    for (;;) {
        const ssize_t sent = ::sendto(m_fd, data, length, 0, reinterpret_cast<const sockaddr *>(&m_destination),
                                      sizeof m_destination);
        if (sent >= 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

} // namespace srtdesk
