// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

#include <chrono>
#include <map>
#include <memory>
#include <tuple>

namespace srtdesk {

// The local ports that an I/O shard's callers share (issue 13: "callers without BindIp or
// SourcePort bind to one shared local port per shard"). libsrt reuses a multiplexer, i.e. one
// UDP socket with one sending and one receiving thread, for every SRT socket bound to the same
// wildcard address and port whose multiplexer options match (CUDTUnited::updateMux in 1.5.1:
// same address family and IPV6ONLY, same SRTO_IPTTL, SRTO_IPTOS, SRTO_UDP_SNDBUF and
// SRTO_UDP_RCVBUF, SRTO_REUSEADDR on). Callers are grouped by exactly those options, one port
// per group.
//
// Each port is held open by an anchor: an SRT socket bound to it and never connected, so that
// the multiplexer (and the port) lives as long as the group is in use even when every caller
// is between two attempts; a port unused for kIdleMs is given back. Shard thread only.
class SharedCallerPorts
{
    Q_DECLARE_TR_FUNCTIONS(SharedCallerPorts)

public:
    static constexpr int kIdleMs = 10000;

    // Keeps a port in use while it exists.
    class Lease
    {
    public:
        Lease() = default;
        ~Lease();
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        bool isValid() const { return m_users != nullptr; }
        void reset();

    private:
        friend class SharedCallerPorts;
        explicit Lease(std::shared_ptr<int> users) : m_users(std::move(users)) { ++*m_users; }
        std::shared_ptr<int> m_users;
    };

    SharedCallerPorts() = default;
    ~SharedCallerPorts(); // closes every anchor
    SharedCallerPorts(const SharedCallerPorts &) = delete;
    SharedCallerPorts &operator=(const SharedCallerPorts &) = delete;

    // Binds `caller` (every option already set) to its group's shared port, opening the port
    // on first use. On failure false and a sentence in `error`.
    bool bind(SRTSOCKET caller, Lease *lease, QString *error);
    // Gives back ports nobody used for kIdleMs.
    void closeIdle(std::chrono::steady_clock::time_point now);
    int portCount() const { return int(m_ports.size()); }

private:
    // The multiplexer options of updateMux, as libsrt reports them for a socket.
    struct Key
    {
        int family = AF_INET;
        int ipv6Only = -1;
        int ipTtl = -1;
        int ipTos = -1;
        int udpSendBuffer = 0;
        int udpReceiveBuffer = 0;
        bool operator<(const Key &other) const
        {
            return std::tie(family, ipv6Only, ipTtl, ipTos, udpSendBuffer, udpReceiveBuffer)
                   < std::tie(other.family, other.ipv6Only, other.ipTtl, other.ipTos, other.udpSendBuffer,
                              other.udpReceiveBuffer);
        }
    };
    struct Port
    {
        SRTSOCKET anchor = SRT_INVALID_SOCK;
        int port = 0;
        std::shared_ptr<int> users = std::make_shared<int>(0);
        std::chrono::steady_clock::time_point idleSince;
    };

    static Key keyOf(SRTSOCKET socket);
    bool open(const Key &key, Port *port, QString *error);

    std::map<Key, Port> m_ports;
};

} // namespace srtdesk
