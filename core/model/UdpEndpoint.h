// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace srtdesk {

// An "ip:port" UDP address of the original (UdpIn / UdpOut): an IPv4 literal and a port, or
// (issue 14) "[ipv6]:port" with an IPv6 literal in brackets.
struct UdpEndpoint
{
    QString host;      // dotted IPv4 ("0.0.0.0" for any) or IPv6 without brackets ("::" for any)
    quint32 ipv4 = 0;  // host byte order; 0 for IPv6
    QHostAddress address;
    int port = 0;

    bool isIpv6() const { return address.protocol() == QAbstractSocket::IPv6Protocol; }
    bool isMulticast() const { return address.isMulticast(); } // 224.0.0.0/4 or ff00::/8
    bool isAny() const { return isIpv6() ? address == QHostAddress(QHostAddress::AnyIPv6) : ipv4 == 0; }
    QString toString() const; // "1.2.3.4:5000" or "[::1]:5000"

    // nullopt unless `text` is exactly "a.b.c.d:port" or "[ipv6]:port" with every part in range.
    static std::optional<UdpEndpoint> parse(const QString &text);
};

// True for a dotted IPv4 literal such as "80.84.129.34".
bool isIpv4Literal(const QString &text);
// True for an IPv6 literal such as "::1" or "2001:db8::7" (no brackets, no zone).
bool isIpv6Literal(const QString &text);
// True for either.
bool isIpLiteral(const QString &text);
// True for an RFC 1123 host name such as "encoder-2.example" (labels of letters, digits, '-').
bool isHostName(const QString &text);

} // namespace srtdesk
