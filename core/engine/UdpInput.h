// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/UdpEndpoint.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace srtdesk {

// The UDP input of a TX: a non-blocking socket bound to UdpIn. A multicast group is
// joined (bound to the group's port with SO_REUSEADDR so several programs can listen);
// the receive buffer is made large, since input loss under bursts is the classic fault.
class UdpInput
{
    Q_DECLARE_TR_FUNCTIONS(UdpInput)

public:
    static constexpr int kReceiveBufferBytes = 8 * 1024 * 1024;

    UdpInput() = default;
    ~UdpInput();
    UdpInput(const UdpInput &) = delete;
    UdpInput &operator=(const UdpInput &) = delete;

    // `interfaceIp` (may be empty) is the local address whose interface joins a multicast group.
    bool open(const UdpEndpoint &endpoint, const QString &interfaceIp, QString *error);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    int receiveBufferBytes() const { return m_receiveBufferBytes; }

    // One datagram into `buffer`. Returns its real length (which may exceed `capacity`: then
    // it was cut), 0 when nothing is waiting, -1 on an error.
    long read(char *buffer, std::size_t capacity);
    // Up to `count` datagrams in one recvmmsg(): datagram i into data + i * slotBytes, its real
    // length in lengths[i] (above slotBytes: it was cut). Returns how many, 0 when nothing is
    // waiting, -1 on an error.
    int readBatch(char *data, std::size_t slotBytes, std::size_t *lengths, int count);

private:
    int m_fd = -1;
    int m_receiveBufferBytes = 0;
};

} // namespace srtdesk
