// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/UdpInput.h"

#include "core/engine/EngineLogging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srtdesk {

namespace {
QString errnoText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}
} // namespace

UdpInput::~UdpInput()
{
    close();
}

bool UdpInput::open(const UdpEndpoint &endpoint, const QString &interfaceIp, QString *error)
{
    close();
    const auto fail = [&](const char *what) {
        const int code = errno;
        if (error)
            *error = tr("Cannot receive UDP on %1: %2 (%3).").arg(endpoint.toString(), tr(what), errnoText(code));
        close();
        return false;
    };

    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(QT_TR_NOOP("no socket"));

    if (endpoint.isMulticast()) {
        const int on = 1;
        if (::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) < 0)
            return fail(QT_TR_NOOP("SO_REUSEADDR refused"));
    }

    // As root SO_RCVBUFFORCE passes net.core.rmem_max; otherwise the kernel caps SO_RCVBUF.
    int wanted = kReceiveBufferBytes;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &wanted, sizeof wanted) < 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &wanted, sizeof wanted);
    int actual = 0;
    socklen_t length = sizeof actual;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &actual, &length) == 0)
        m_receiveBufferBytes = actual / 2; // Linux reports twice the usable size
    if (m_receiveBufferBytes < kReceiveBufferBytes / 2) {
        qCInfo(lcEngine).noquote() << "UDP receive buffer of" << endpoint.toString() << "is"
                                   << m_receiveBufferBytes << "bytes; raise net.core.rmem_max for more";
    }

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(endpoint.port));
    address.sin_addr.s_addr = htonl(endpoint.ipv4); // the group for multicast, the ip or 0.0.0.0 otherwise
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0)
        return fail(QT_TR_NOOP("cannot bind the port"));

    if (endpoint.isMulticast()) {
        ip_mreq membership{};
        membership.imr_multiaddr.s_addr = htonl(endpoint.ipv4);
        membership.imr_interface.s_addr = htonl(INADDR_ANY);
        if (!interfaceIp.isEmpty())
            inet_pton(AF_INET, interfaceIp.toLatin1().constData(), &membership.imr_interface);
        if (::setsockopt(m_fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &membership, sizeof membership) < 0)
            return fail(QT_TR_NOOP("cannot join the multicast group"));
    }
    return true;
}

void UdpInput::close()
{
    if (m_fd >= 0)
        ::close(m_fd); // leaving the socket also leaves its multicast group
    m_fd = -1;
    m_receiveBufferBytes = 0;
}

long UdpInput::read(char *buffer, std::size_t capacity)
{
    if (m_fd < 0)
        return -1;
    for (;;) {
        const ssize_t received = ::recv(m_fd, buffer, capacity, MSG_TRUNC);
        if (received >= 0)
            return long(received);
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        return -1;
    }
}

int UdpInput::readBatch(char *data, std::size_t slotBytes, std::size_t *lengths, int count)
{
    constexpr int kMax = 64;
    if (m_fd < 0)
        return -1;
    iovec parts[kMax];
    mmsghdr messages[kMax];
    const int n = std::min(kMax, count);
    for (int i = 0; i < n; ++i) {
        parts[i].iov_base = data + std::size_t(i) * slotBytes;
        parts[i].iov_len = slotBytes;
        messages[i] = {};
        messages[i].msg_hdr.msg_iov = &parts[i];
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    for (;;) {
        // MSG_TRUNC: msg_len is the datagram's real length, so a cut one is recognised.
        const int received = ::recvmmsg(m_fd, messages, unsigned(n), MSG_TRUNC, nullptr);
        if (received >= 0) {
            for (int i = 0; i < received; ++i) {
                lengths[i] = messages[i].msg_len;
                if ((messages[i].msg_hdr.msg_flags & MSG_TRUNC) && lengths[i] <= slotBytes)
                    lengths[i] = slotBytes + 1;
            }
            return received;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        return -1;
    }
}

} // namespace srtdesk
