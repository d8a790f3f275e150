// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/RetryBackoff.h"
#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

#include <array>
#include <chrono>
#include <map>
#include <vector>

#include <netinet/in.h>

namespace srtdesk {

// Bonding (libsrt socket groups, ENABLE_BONDING) for RelayWorker. Private to core/engine.
//
// - RX caller with GroupConnect=1: one group of GroupType (backup or broadcast) connects to
//   GroupIp1 and GroupIp2, both on ListenPort, with Ip1Weight and Ip2Weight (in a backup group
//   the higher weight is the preferred path). A path that breaks is connected again in the
//   background while the other one carries the stream.
// - Listener (TX or RX) with GroupConnect=1: SRTO_GROUPCONNECT=1; srt_accept() returns the
//   group, and the caller's further paths join it without another accept.
//
// A group ID is used where RelayWorker uses a socket (send, receive, epoll, close). What differs
// is answered here: its state, its statistics and its reconnection.
//
// Statistics of a group (bistats): libsrt's srt_bistats() on a group gives only the unique and
// dropped counters, so the snapshot is combined:
//   - unique packets/bytes and receive drops: the group's own counters (duplicates across
//     paths counted once);
//   - every other total (packets, lost, retransmitted, filter, bytes): the sum over all
//     members, including the last totals of members that have since left the group, so that
//     totals never go back when a path breaks;
//   - rates: the sum over members; RTT and bandwidth estimate: the active member, i.e. the one
//     carrying the most traffic in the last interval (ties: the higher weight).
class GroupLink
{
    Q_DECLARE_TR_FUNCTIONS(GroupLink)

public:
    using Clock = std::chrono::steady_clock;

    explicit GroupLink(const ServiceConfig &config);

    static bool isGroup(SRTSOCKET socket) { return socket != SRT_INVALID_SOCK && (socket & SRTGROUP_MASK) != 0; }
    // This service connects a group (RX, GroupConnect=1, Mode not listener).
    bool isCaller() const;
    // SRTO_GROUPCONNECT=1 on a listener when GroupConnect=1; true when nothing to do.
    bool prepareListener(SRTSOCKET listener, QString *error) const;
    // From the listen callback: the incoming connection is a path of a group (the listener
    // lets it join even while it already has its peer).
    bool isGroupMember(SRTSOCKET incoming) const;

    // Whether this configuration can connect a group; false with a sentence in `error`.
    bool checkCaller(QString *error) const;
    // GroupIp1 and GroupIp2: resolved by the caller (off the I/O shard) before connect().
    std::array<QString, 2> hosts() const { return {m_endpoints[0].host, m_endpoints[1].host}; }
    // Creates the group and starts connecting both paths (at `endpoints`, leaving from `local`
    // when not null) without blocking. On failure SRT_INVALID_SOCK and a sentence in `error`.
    SRTSOCKET connect(const std::array<sockaddr_in, 2> &endpoints, const sockaddr_in *local, QString *error);
    // "127.0.0.1:4200 + 127.0.0.2:4200"
    QString peerText() const;

    // srt_getsockstate() for a socket or a group: a group is CONNECTED while one member is,
    // CONNECTING while a member is still connecting, BROKEN with no usable member left, and
    // NONEXIST once closed.
    SRT_SOCKSTATUS state(SRTSOCKET socket);
    // srt_getrejectreason() for a socket or a group (a group: the last member's reason seen).
    int rejectReason(SRTSOCKET socket) const;
    // srt_bistats(socket, perf, 0, 1) for a socket or a group (see above). false on error.
    bool bistats(SRTSOCKET socket, SRT_TRACEBSTATS *perf);

    // A new link is up: statistics start from zero.
    void linkUp(SRTSOCKET socket);
    // While the group is up: logs paths that come and go, and (caller) connects a broken
    // path again with back-off. Cheap to call often: it looks at most every 100 ms unless `now`.
    void maintain(SRTSOCKET socket, bool now = false);

private:
    struct Endpoint
    {
        QString host;
        int weight = 0;
        sockaddr_in address{};
        bool resolved = false;
        RetryBackoff backoff;
        Clock::time_point nextAttempt;
    };
    struct Member
    {
        SRT_TRACEBSTATS last{};
        QString peer;
        bool connected = false;
    };
    static constexpr std::size_t kMaxMembers = 8;

    int readMembers(SRTSOCKET group, std::array<SRT_SOCKGROUPDATA, kMaxMembers> &members) const;
    bool connectEndpoint(SRTSOCKET group, Endpoint &endpoint, QString *error);
    void forgetMember(SRTSOCKET id);

    const ServiceConfig &m_config;
    std::array<Endpoint, 2> m_endpoints;
    std::map<SRTSOCKET, Member> m_members; // members seen in this link
    SRT_TRACEBSTATS m_departed{};          // totals of members that have left the group
    SRTSOCKET m_active = SRT_INVALID_SOCK; // member carrying the traffic at the last sample
    int m_lastRejectReason = SRT_REJ_UNKNOWN;
    Clock::time_point m_nextMaintain;
};

} // namespace srtdesk
