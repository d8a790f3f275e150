// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SocketAddress.h"

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace srtdesk {

SocketAddress::SocketAddress()
{
    std::memset(&m_storage, 0, sizeof m_storage);
}

SocketAddress::SocketAddress(const sockaddr *address) : SocketAddress()
{
    if (address && address->sa_family == AF_INET)
        std::memcpy(&m_storage, address, sizeof(sockaddr_in));
    else if (address && address->sa_family == AF_INET6)
        std::memcpy(&m_storage, address, sizeof(sockaddr_in6));
}

SocketAddress SocketAddress::any(int family, int port)
{
    SocketAddress address;
    address.m_storage.ss_family = sa_family_t(family == AF_INET6 ? AF_INET6 : AF_INET);
    if (address.family() == AF_INET6)
        reinterpret_cast<sockaddr_in6 &>(address.m_storage).sin6_addr = in6addr_any;
    else
        reinterpret_cast<sockaddr_in &>(address.m_storage).sin_addr.s_addr = htonl(INADDR_ANY);
    address.setPort(port);
    return address;
}

SocketAddress SocketAddress::of(const QHostAddress &host, int port)
{
    SocketAddress address;
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto &in6 = reinterpret_cast<sockaddr_in6 &>(address.m_storage);
        in6.sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&in6.sin6_addr, bytes.c, 16);
    } else if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto &in = reinterpret_cast<sockaddr_in &>(address.m_storage);
        in.sin_family = AF_INET;
        in.sin_addr.s_addr = htonl(host.toIPv4Address());
    } else {
        return address;
    }
    address.setPort(port);
    return address;
}

bool SocketAddress::fromLiteral(const QString &host, int port, SocketAddress *address, int emptyFamily)
{
    const QByteArray name = host.trimmed().toUtf8();
    if (name.isEmpty()) {
        *address = any(emptyFamily, port);
        return true;
    }
    SocketAddress result;
    auto &in = reinterpret_cast<sockaddr_in &>(result.m_storage);
    auto &in6 = reinterpret_cast<sockaddr_in6 &>(result.m_storage);
    if (inet_pton(AF_INET, name.constData(), &in.sin_addr) == 1) {
        in.sin_family = AF_INET;
    } else if (inet_pton(AF_INET6, name.constData(), &in6.sin6_addr) == 1) {
        in6.sin6_family = AF_INET6;
    } else {
        return false;
    }
    result.setPort(port);
    *address = result;
    return true;
}

socklen_t SocketAddress::length() const
{
    return family() == AF_INET6 ? socklen_t(sizeof(sockaddr_in6)) : socklen_t(sizeof(sockaddr_in));
}

int SocketAddress::port() const
{
    if (family() == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(m_storage).sin6_port);
    if (family() == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(m_storage).sin_port);
    return 0;
}

void SocketAddress::setPort(int port)
{
    if (family() == AF_INET6)
        reinterpret_cast<sockaddr_in6 &>(m_storage).sin6_port = htons(quint16(port));
    else if (family() == AF_INET)
        reinterpret_cast<sockaddr_in &>(m_storage).sin_port = htons(quint16(port));
}

bool SocketAddress::isWildcard() const
{
    if (family() == AF_INET6)
        return IN6_IS_ADDR_UNSPECIFIED(&reinterpret_cast<const sockaddr_in6 &>(m_storage).sin6_addr);
    return family() == AF_INET && reinterpret_cast<const sockaddr_in &>(m_storage).sin_addr.s_addr == 0;
}

QHostAddress SocketAddress::host() const
{
    if (!isValid())
        return {};
    QHostAddress address(get());
    bool mapped = false;
    const quint32 ipv4 = address.protocol() == QAbstractSocket::IPv6Protocol ? address.toIPv4Address(&mapped) : 0;
    if (mapped)
        return QHostAddress(ipv4);
    address.setScopeId(QString());
    return address;
}

QString SocketAddress::text() const
{
    if (!isValid())
        return QStringLiteral("?");
    const QHostAddress address = host();
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                              : address.toString();
    return shown + QLatin1Char(':') + QString::number(port());
}

bool SocketAddress::operator==(const SocketAddress &other) const
{
    return port() == other.port() && host() == other.host();
}

} // namespace srtdesk
