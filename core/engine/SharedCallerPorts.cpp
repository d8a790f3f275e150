// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SharedCallerPorts.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/SocketAddress.h"
#include "core/engine/SrtSocketOptions.h"


namespace srtdesk {

namespace {

bool setIntOption(SRTSOCKET socket, SRT_SOCKOPT option, int value)
{
    return srt_setsockflag(socket, option, &value, int(sizeof value)) != SRT_ERROR;
}

} // namespace

SharedCallerPorts::Lease::~Lease()
{
    reset();
}

SharedCallerPorts::Lease::Lease(Lease &&other) noexcept : m_users(std::move(other.m_users)) {}

SharedCallerPorts::Lease &SharedCallerPorts::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        reset();
        m_users = std::move(other.m_users);
    }
    return *this;
}

void SharedCallerPorts::Lease::reset()
{
    if (m_users)
        --*m_users;
    m_users.reset();
}

SharedCallerPorts::~SharedCallerPorts()
{
    for (auto &[key, port] : m_ports)
        srt_close(port.anchor);
}

SharedCallerPorts::Key SharedCallerPorts::keyOf(SRTSOCKET socket, int family)
{
    Key key;
    key.family = family;
    key.ipv6Only = SrtSocketOptions::intOption(socket, SRTO_IPV6ONLY, -1);
    key.ipTtl = SrtSocketOptions::intOption(socket, SRTO_IPTTL, -1);
    key.ipTos = SrtSocketOptions::intOption(socket, SRTO_IPTOS, -1);
    key.udpSendBuffer = SrtSocketOptions::intOption(socket, SRTO_UDP_SNDBUF, 0);
    key.udpReceiveBuffer = SrtSocketOptions::intOption(socket, SRTO_UDP_RCVBUF, 0);
    return key;
}

bool SharedCallerPorts::open(const Key &key, Port *port, QString *error)
{
    const SRTSOCKET anchor = srt_create_socket();
    bool ok = anchor != SRT_INVALID_SOCK;
    // The anchor is the multiplexer's first socket: its options become the multiplexer's.
    if (ok && key.ipTtl != -1)
        ok = setIntOption(anchor, SRTO_IPTTL, key.ipTtl);
    if (ok && key.ipTos != -1)
        ok = setIntOption(anchor, SRTO_IPTOS, key.ipTos);
    if (ok)
        ok = setIntOption(anchor, SRTO_UDP_SNDBUF, key.udpSendBuffer)
             && setIntOption(anchor, SRTO_UDP_RCVBUF, key.udpReceiveBuffer);
    if (ok && key.family == AF_INET6)
        ok = setIntOption(anchor, SRTO_IPV6ONLY, key.ipv6Only);
    const SocketAddress any = SocketAddress::any(key.family, 0);
    if (ok)
        ok = srt_bind(anchor, any.get(), int(any.length())) != SRT_ERROR;
    sockaddr_storage bound{};
    int length = sizeof bound;
    if (ok)
        ok = srt_getsockname(anchor, reinterpret_cast<sockaddr *>(&bound), &length) != SRT_ERROR;
    if (!ok) {
        if (error)
            *error = tr("Cannot open the shared local port for callers: %1").arg(SrtSocketOptions::lastErrorText());
        if (anchor != SRT_INVALID_SOCK)
            srt_close(anchor);
        return false;
    }
    port->anchor = anchor;
    port->port = SocketAddress(reinterpret_cast<const sockaddr *>(&bound)).port();
    qCInfo(lcEngine).noquote() << "callers share local UDP port" << port->port
                               << (key.family == AF_INET6 ? "(IPv6)" : "(IPv4)");
    return true;
}

bool SharedCallerPorts::bind(SRTSOCKET caller, int family, Lease *lease, QString *error)
{
    if (family == AF_INET6 && !setIntOption(caller, SRTO_IPV6ONLY, 1)) {
        if (error)
            *error = SrtSocketOptions::lastErrorText();
        return false;
    }
    const Key key = keyOf(caller, family);
    auto it = m_ports.find(key);
    if (it == m_ports.end()) {
        Port port;
        if (!open(key, &port, error))
            return false;
        it = m_ports.emplace(key, std::move(port)).first;
    }
    const SocketAddress local = SocketAddress::any(family, it->second.port);
    if (srt_bind(caller, local.get(), int(local.length())) == SRT_ERROR) {
        if (error)
            *error = tr("Cannot bind to the shared local port %1: %2")
                         .arg(it->second.port)
                         .arg(SrtSocketOptions::lastErrorText());
        return false;
    }
    *lease = Lease(it->second.users);
    it->second.idleSince = {};
    return true;
}

void SharedCallerPorts::closeIdle(std::chrono::steady_clock::time_point now)
{
    for (auto it = m_ports.begin(); it != m_ports.end();) {
        Port &port = it->second;
        if (*port.users > 0) {
            port.idleSince = {};
            ++it;
            continue;
        }
        if (port.idleSince == std::chrono::steady_clock::time_point{})
            port.idleSince = now;
        if (now - port.idleSince < std::chrono::milliseconds(kIdleMs)) {
            ++it;
            continue;
        }
        qCInfo(lcEngine).noquote() << "shared local UDP port" << port.port << "closed (unused)";
        srt_close(port.anchor);
        it = m_ports.erase(it);
    }
}

} // namespace srtdesk
