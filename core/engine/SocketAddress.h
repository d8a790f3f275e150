// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <sys/socket.h>

namespace srtdesk {

// An IPv4 or IPv6 socket address (issue 14: IPv6 throughout) as libsrt and the kernel take it.
// Private to core/engine.
class SocketAddress
{
public:
    SocketAddress();
    explicit SocketAddress(const sockaddr *address); // AF_INET or AF_INET6; anything else: invalid

    // An IPv4 or IPv6 literal with `port`; "" is the wildcard address of `emptyFamily`.
    // false for anything else (a host name).
    static bool fromLiteral(const QString &host, int port, SocketAddress *address, int emptyFamily = AF_INET);
    static SocketAddress any(int family, int port);
    static SocketAddress of(const QHostAddress &host, int port);

    bool isValid() const { return family() == AF_INET || family() == AF_INET6; }
    int family() const { return m_storage.ss_family; }
    socklen_t length() const;
    const sockaddr *get() const { return reinterpret_cast<const sockaddr *>(&m_storage); }
    sockaddr *get() { return reinterpret_cast<sockaddr *>(&m_storage); }
    const sockaddr_storage &storage() const { return m_storage; }
    int port() const;
    void setPort(int port);
    bool isWildcard() const;
    // The host; an IPv4-mapped IPv6 address (an IPv4 caller of a dual-stack listener) as IPv4.
    QHostAddress host() const;
    // "127.0.0.1:4000", "[::1]:4000"; mapped addresses as IPv4.
    QString text() const;
    static QString textOf(const sockaddr *address) { return SocketAddress(address).text(); }
    bool operator==(const SocketAddress &other) const; // same host and port

private:
    sockaddr_storage m_storage;
};

} // namespace srtdesk
