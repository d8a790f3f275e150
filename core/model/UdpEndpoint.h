// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace srtdesk {

// An "ip:port" UDP address of the original (UdpIn / UdpOut): an IPv4 literal and a port.
struct UdpEndpoint
{
    QString host;      // dotted IPv4, "0.0.0.0" for any
    quint32 ipv4 = 0;  // host byte order
    int port = 0;

    bool isMulticast() const { return (ipv4 >> 28) == 0xE; } // 224.0.0.0/4
    bool isAny() const { return ipv4 == 0; }
    QString toString() const;

    // nullopt unless `text` is exactly "a.b.c.d:port" with every part in range.
    static std::optional<UdpEndpoint> parse(const QString &text);
};

// True for a dotted IPv4 literal such as "80.84.129.34".
bool isIpv4Literal(const QString &text);
// True for an RFC 1123 host name such as "encoder-2.example" (labels of letters, digits, '-').
bool isHostName(const QString &text);

} // namespace srtdesk
