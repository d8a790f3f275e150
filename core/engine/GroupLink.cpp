// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/GroupLink.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/SrtSocketOptions.h"

#include <algorithm>
#include <cstring>

#include <arpa/inet.h>

namespace srtdesk {

namespace {

QString endpointText(const sockaddr_storage &address)
{
    if (address.ss_family != AF_INET)
        return QStringLiteral("?");
    const auto &in = reinterpret_cast<const sockaddr_in &>(address);
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &in.sin_addr, text, sizeof text);
    return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(ntohs(in.sin_port));
}

bool sameEndpoint(const sockaddr_storage &member, const sockaddr_in &endpoint)
{
    if (member.ss_family != AF_INET)
        return false;
    const auto &in = reinterpret_cast<const sockaddr_in &>(member);
    return in.sin_addr.s_addr == endpoint.sin_addr.s_addr && in.sin_port == endpoint.sin_port;
}

bool pending(SRT_SOCKSTATUS state)
{
    return state == SRTS_INIT || state == SRTS_OPENED || state == SRTS_CONNECTING;
}

// The per-path totals that a group's own statistics lack: summed over its members.
void addTotals(SRT_TRACEBSTATS &sum, const SRT_TRACEBSTATS &member)
{
    sum.pktRecvTotal += member.pktRecvTotal;
    sum.pktRcvLossTotal += member.pktRcvLossTotal;
    sum.pktRcvRetrans += member.pktRcvRetrans; // 1.5.1 has no *Total; never cleared
    sum.pktRcvBelated += member.pktRcvBelated;
    sum.pktRcvFilterExtraTotal += member.pktRcvFilterExtraTotal;
    sum.pktRcvFilterSupplyTotal += member.pktRcvFilterSupplyTotal;
    sum.pktRcvFilterLossTotal += member.pktRcvFilterLossTotal;
    sum.byteRecvTotal += member.byteRecvTotal;
    sum.byteRcvLossTotal += member.byteRcvLossTotal;
    sum.pktSentTotal += member.pktSentTotal;
    sum.pktSndLossTotal += member.pktSndLossTotal;
    sum.pktSndDropTotal += member.pktSndDropTotal;
    sum.pktRetransTotal += member.pktRetransTotal;
    sum.pktSndFilterExtraTotal += member.pktSndFilterExtraTotal;
    sum.byteSentTotal += member.byteSentTotal;
    sum.byteSndDropTotal += member.byteSndDropTotal;
    // Unique counters only matter when the group's own cannot be read.
    sum.pktRecvUniqueTotal += member.pktRecvUniqueTotal;
    sum.byteRecvUniqueTotal += member.byteRecvUniqueTotal;
    sum.pktSentUniqueTotal += member.pktSentUniqueTotal;
    sum.byteSentUniqueTotal += member.byteSentUniqueTotal;
    sum.pktRcvDropTotal += member.pktRcvDropTotal;
    sum.byteRcvDropTotal += member.byteRcvDropTotal;
}

} // namespace

GroupLink::GroupLink(const ServiceConfig &config) : m_config(config)
{
    m_endpoints[0].host = config.groupIp1.trimmed();
    m_endpoints[0].weight = std::clamp(config.ip1Weight, 0, 32767);
    m_endpoints[1].host = config.groupIp2.trimmed();
    m_endpoints[1].weight = std::clamp(config.ip2Weight, 0, 32767);
}

bool GroupLink::isCaller() const
{
    return m_config.groupConnect && m_config.mode != SrtMode::Listener;
}

bool GroupLink::prepareListener(SRTSOCKET listener, QString *error) const
{
    if (!m_config.groupConnect)
        return true;
    const int on = 1;
    if (srt_setsockflag(listener, SRTO_GROUPCONNECT, &on, int(sizeof on)) != SRT_ERROR)
        return true;
    if (error)
        *error = tr("libsrt refused SRTO_GROUPCONNECT: %1").arg(SrtSocketOptions::lastErrorText());
    return false;
}

bool GroupLink::isGroupMember(SRTSOCKET incoming) const
{
    if (!m_config.groupConnect)
        return false;
    int type = SRT_GTYPE_UNDEFINED;
    int length = sizeof type;
    return srt_getsockflag(incoming, SRTO_GROUPTYPE, &type, &length) != SRT_ERROR && type != SRT_GTYPE_UNDEFINED;
}

bool GroupLink::checkCaller(QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_config.isRx())
        return fail(tr("GroupConnect on a TX works with Mode listener only: the TX accepts the group that an RX "
                       "connects over GroupIp1 and GroupIp2."));
    if (m_config.mode == SrtMode::Rendezvous)
        return fail(tr("GroupConnect does not work with Mode rendezvous (libsrt groups connect as a caller): use "
                       "caller."));
    if (m_config.transType != TransType::Live || m_config.congestion != Congestion::Live)
        return fail(tr("GroupConnect works only with TransType live and Congestion live."));
    return true;
}

SRTSOCKET GroupLink::connect(const std::array<sockaddr_in, 2> &endpoints, const sockaddr_in *local, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return SRT_INVALID_SOCK;
    };
    if (!checkCaller(error))
        return SRT_INVALID_SOCK;
    for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
        m_endpoints[i].address = endpoints[i];
        m_endpoints[i].resolved = true;
        m_endpoints[i].backoff.reset();
    }

    const SRTSOCKET group =
        srt_create_group(m_config.groupType == GroupType::Broadcast ? SRT_GTYPE_BROADCAST : SRT_GTYPE_BACKUP);
    if (group == SRT_INVALID_SOCK)
        return fail(tr("Cannot create the bonding group: %1").arg(SrtSocketOptions::lastErrorText()));
    QString optionError;
    if (!SrtSocketOptions::apply(group, m_config, &optionError)) {
        srt_close(group);
        return fail(optionError);
    }
    m_members.clear();
    m_lastRejectReason = SRT_REJ_UNKNOWN;

    // Both paths at once: srt_connect_group() is non-blocking here (SRTO_RCVSYN off), each
    // path connects in the background and the group is up as soon as one is.
    std::array<SRT_SOCKGROUPCONFIG, 2> paths{};
    for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
        paths[i] = srt_prepare_endpoint(nullptr, reinterpret_cast<const sockaddr *>(&m_endpoints[i].address),
                                        int(sizeof(sockaddr_in)));
        paths[i].weight = uint16_t(m_endpoints[i].weight);
        m_endpoints[i].nextAttempt = Clock::now() + std::chrono::milliseconds(m_endpoints[i].backoff.nextDelayMs());
    }
    if (local) {
        for (auto &path : paths)
            std::memcpy(&path.srcaddr, local, sizeof *local);
    }
    if (srt_connect_group(group, paths.data(), int(paths.size())) == SRT_ERROR) {
        const QString why = SrtSocketOptions::lastErrorText();
        srt_close(group);
        return fail(tr("Connection to %1 failed: %2").arg(peerText(), why));
    }
    return group;
}

bool GroupLink::connectEndpoint(SRTSOCKET group, Endpoint &endpoint, QString *error)
{
    SRT_SOCKGROUPCONFIG path =
        srt_prepare_endpoint(nullptr, reinterpret_cast<const sockaddr *>(&endpoint.address), int(sizeof(sockaddr_in)));
    path.weight = uint16_t(endpoint.weight);
    if (srt_connect_group(group, &path, 1) != SRT_ERROR)
        return true;
    if (error)
        *error = SrtSocketOptions::lastErrorText();
    return false;
}

QString GroupLink::peerText() const
{
    return m_endpoints[0].host + QLatin1Char(':') + QString::number(m_config.listenPort) + QStringLiteral(" + ")
           + m_endpoints[1].host + QLatin1Char(':') + QString::number(m_config.listenPort);
}

int GroupLink::readMembers(SRTSOCKET group, std::array<SRT_SOCKGROUPDATA, kMaxMembers> &members) const
{
    std::size_t size = members.size();
    const int count = srt_group_data(group, members.data(), &size);
    if (count == SRT_ERROR)
        return -1;
    return std::min<int>(count, int(members.size()));
}

SRT_SOCKSTATUS GroupLink::state(SRTSOCKET socket)
{
    if (!isGroup(socket))
        return srt_getsockstate(socket);
    std::array<SRT_SOCKGROUPDATA, kMaxMembers> members{};
    const int count = readMembers(socket, members);
    if (count < 0)
        return SRTS_NONEXIST;
    bool connecting = false;
    for (int i = 0; i < count; ++i) {
        const SRT_SOCKSTATUS member = srt_getsockstate(members[i].id);
        if (member == SRTS_CONNECTED)
            return SRTS_CONNECTED;
        connecting = connecting || pending(member);
        // A member that failed leaves the group soon: keep the reason while it can be read.
        const int reason = srt_getrejectreason(members[i].id);
        if (reason > SRT_REJ_UNKNOWN)
            m_lastRejectReason = reason;
    }
    return connecting ? SRTS_CONNECTING : SRTS_BROKEN;
}

int GroupLink::rejectReason(SRTSOCKET socket) const
{
    if (!isGroup(socket))
        return srt_getrejectreason(socket);
    return m_lastRejectReason == SRT_REJ_UNKNOWN ? int(SRT_REJ_TIMEOUT) : m_lastRejectReason;
}

void GroupLink::linkUp(SRTSOCKET socket)
{
    m_members.clear();
    m_departed = SRT_TRACEBSTATS{};
    m_active = SRT_INVALID_SOCK;
    m_lastRejectReason = SRT_REJ_UNKNOWN;
    if (isGroup(socket))
        maintain(socket, true);
}

void GroupLink::forgetMember(SRTSOCKET id)
{
    const auto it = m_members.find(id);
    if (it == m_members.end())
        return;
    addTotals(m_departed, it->second.last);
    if (it->second.connected)
        qCWarning(lcEngine).noquote() << "service" << m_config.serviceName << "bonding: path" << it->second.peer
                                      << "lost";
    if (m_active == id)
        m_active = SRT_INVALID_SOCK;
    m_members.erase(it);
}

void GroupLink::maintain(SRTSOCKET socket, bool now)
{
    if (!isGroup(socket))
        return;
    const auto time = Clock::now();
    if (!now && time < m_nextMaintain)
        return;
    m_nextMaintain = time + std::chrono::milliseconds(100);
    std::array<SRT_SOCKGROUPDATA, kMaxMembers> members{};
    const int count = readMembers(socket, members);
    if (count < 0)
        return;

    // Paths that joined, connected or left since the last look.
    std::vector<SRTSOCKET> present;
    for (int i = 0; i < count; ++i) {
        const SRT_SOCKGROUPDATA &data = members[i];
        const bool connected = srt_getsockstate(data.id) == SRTS_CONNECTED;
        present.push_back(data.id);
        Member &member = m_members[data.id];
        if (member.peer.isEmpty())
            member.peer = endpointText(data.peeraddr);
        if (connected && !member.connected) {
            qCInfo(lcEngine).noquote() << "service" << m_config.serviceName << "bonding: path" << member.peer
                                       << "connected, weight" << data.weight;
        }
        member.connected = member.connected || connected;
    }
    for (auto it = m_members.begin(); it != m_members.end();) {
        const SRTSOCKET id = it->first;
        ++it;
        if (std::find(present.begin(), present.end(), id) == present.end())
            forgetMember(id);
    }

    if (!isCaller())
        return; // the caller owns the paths; a listener's group gets them back from it
    for (Endpoint &endpoint : m_endpoints) {
        if (!endpoint.resolved)
            continue;
        const bool inGroup = std::any_of(members.begin(), members.begin() + count, [&](const SRT_SOCKGROUPDATA &m) {
            return sameEndpoint(m.peeraddr, endpoint.address);
        });
        if (inGroup) {
            const bool up = std::any_of(members.begin(), members.begin() + count, [&](const SRT_SOCKGROUPDATA &m) {
                return sameEndpoint(m.peeraddr, endpoint.address) && srt_getsockstate(m.id) == SRTS_CONNECTED;
            });
            if (up)
                endpoint.backoff.reset();
            continue;
        }
        if (time < endpoint.nextAttempt)
            continue;
        endpoint.nextAttempt = time + std::chrono::milliseconds(endpoint.backoff.nextDelayMs());
        QString error;
        if (!connectEndpoint(socket, endpoint, &error))
            qCDebug(lcEngine).noquote() << "service" << m_config.serviceName << "bonding: reconnecting path"
                                        << endpoint.host << "failed:" << error;
    }
}

bool GroupLink::bistats(SRTSOCKET socket, SRT_TRACEBSTATS *perf)
{
    if (!isGroup(socket))
        return srt_bistats(socket, perf, 0, 1) != SRT_ERROR;

    maintain(socket, true); // members that left keep their last totals in m_departed
    SRT_TRACEBSTATS sum = m_departed;
    const SRT_TRACEBSTATS *active = nullptr;
    SRTSOCKET activeId = SRT_INVALID_SOCK;
    double activeRate = -1;
    int activeWeight = -1;
    std::array<SRT_SOCKGROUPDATA, kMaxMembers> members{};
    const int count = readMembers(socket, members);
    if (count < 0)
        return false;
    for (int i = 0; i < count; ++i) {
        const auto it = m_members.find(members[i].id);
        if (it == m_members.end())
            continue;
        SRT_TRACEBSTATS memberPerf{};
        if (srt_bistats(members[i].id, &memberPerf, 0, 1) != SRT_ERROR)
            it->second.last = memberPerf;
        const SRT_TRACEBSTATS &last = it->second.last;
        addTotals(sum, last);
        sum.mbpsRecvRate += last.mbpsRecvRate;
        sum.mbpsSendRate += last.mbpsSendRate;
        const double rate = m_config.isRx() ? last.mbpsRecvRate : last.mbpsSendRate;
        if (rate > activeRate || (rate == activeRate && members[i].weight > activeWeight)) {
            active = &last;
            activeId = members[i].id;
            activeRate = rate;
            activeWeight = members[i].weight;
        }
    }
    if (active) {
        sum.msRTT = active->msRTT;
        sum.mbpsBandwidth = active->mbpsBandwidth;
        if (activeId != m_active && activeRate > 0) {
            if (m_active != SRT_INVALID_SOCK)
                qCInfo(lcEngine).noquote() << "service" << m_config.serviceName << "bonding: traffic now over path"
                                           << m_members[activeId].peer;
            m_active = activeId;
        }
    }

    // The group's own counters: unique data (each packet once, whatever path it took) and drops.
    SRT_TRACEBSTATS group{};
    if (srt_bistats(socket, &group, 0, 1) != SRT_ERROR) {
        sum.pktRecvUniqueTotal = group.pktRecvUniqueTotal;
        sum.byteRecvUniqueTotal = group.byteRecvUniqueTotal;
        sum.pktSentUniqueTotal = group.pktSentUniqueTotal;
        sum.byteSentUniqueTotal = group.byteSentUniqueTotal;
        sum.pktRcvDropTotal = group.pktRcvDropTotal;
        sum.byteRcvDropTotal = group.byteRcvDropTotal;
    }
    *perf = sum;
    return true;
}

} // namespace srtdesk
