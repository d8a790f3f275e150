// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/UdpEndpoint.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

#include <netinet/in.h>

namespace srtdesk {

// The UDP output of an RX: datagrams to UdpOut with the configured TTL, as
// IP_MULTICAST_TTL for a group and IP_TTL for a unicast destination.
class UdpOutput
{
    Q_DECLARE_TR_FUNCTIONS(UdpOutput)

public:
    UdpOutput() = default;
    ~UdpOutput();
    UdpOutput(const UdpOutput &) = delete;
    UdpOutput &operator=(const UdpOutput &) = delete;

    // `interfaceIp` (may be empty) is the local address whose interface sends multicast.
    bool open(const UdpEndpoint &destination, int ttl, const QString &interfaceIp, QString *error);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    // false when the kernel refused the datagram; errno tells why.
    bool send(const char *data, std::size_t length);
    // `count` datagrams in one sendmmsg(): datagram i is `lengths[i]` bytes at data + i * slotBytes.
    // Returns how many were sent from the first one on (then errno tells why the next was not).
    int sendBatch(const char *data, std::size_t slotBytes, const std::size_t *lengths, int count);

private:
    int m_fd = -1;
    sockaddr_in m_destination{};
};

} // namespace srtdesk
