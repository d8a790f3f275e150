// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServicePairing.h"

#include "core/model/UdpEndpoint.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace srtdesk {

namespace {

bool isThisMachine(const QString &host, const QList<QHostAddress> &localAddresses)
{
    const QString trimmed = host.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(trimmed);
    if (address.isNull())
        return false;
    return address.isLoopback() || localAddresses.contains(address);
}

// A listener bound to `bindIp` accepts a call to `calledHost` of this machine.
bool listenerAccepts(const QString &bindIp, const QString &calledHost)
{
    const QString bind = bindIp.trimmed();
    if (bind.isEmpty() || bind == QLatin1String("0.0.0.0"))
        return true;
    return QHostAddress(bind).isEqual(QHostAddress(calledHost.trimmed()), QHostAddress::TolerantConversion);
}

// `caller` (caller or rendezvous) reaches `listener` on this machine.
bool reaches(const ServiceConfig &caller, const ServiceConfig &listener, const QList<QHostAddress> &local)
{
    if (caller.listenPort != listener.listenPort || !isThisMachine(caller.peerIp, local))
        return false;
    if (caller.mode == SrtMode::Caller && listener.mode == SrtMode::Listener)
        return listenerAccepts(listener.bindIp, caller.peerIp);
    return caller.mode == SrtMode::Rendezvous && listener.mode == SrtMode::Rendezvous
        && isThisMachine(listener.peerIp, local);
}

bool srtPair(const ServiceConfig &tx, const ServiceConfig &rx, const QList<QHostAddress> &local)
{
    return reaches(rx, tx, local) || reaches(tx, rx, local);
}

// The RX's UdpOut lands in the TX's UdpIn.
bool udpHandOver(const ServiceConfig &rx, const ServiceConfig &tx, const QList<QHostAddress> &local)
{
    const auto out = UdpEndpoint::parse(rx.udpAddress);
    const auto in = UdpEndpoint::parse(tx.udpAddress);
    if (!out || !in || out->port != in->port)
        return false;
    if (out->ipv4 == in->ipv4)
        return true;
    return in->isAny() && !out->isMulticast() && isThisMachine(out->host, local);
}

} // namespace

ServicePairing ServicePairing::of(const QList<ServiceConfig> &configs, const QList<QHostAddress> &localAddresses)
{
    ServicePairing pairing;
    pairing.addLinks(configs, localAddresses);
    QList<qint64> ids;
    ids.reserve(configs.size());
    for (const ServiceConfig &c : configs)
        ids.append(c.id);
    std::sort(ids.begin(), ids.end());
    pairing.buildGroups(ids);
    pairing.buildOrder(ids);
    return pairing;
}

void ServicePairing::addLinks(const QList<ServiceConfig> &configs, const QList<QHostAddress> &local)
{
    // Pairs are checked by port first: 1 000 services stay far from a million comparisons.
    QHash<int, QList<const ServiceConfig *>> bySrtPort;
    QHash<int, QList<const ServiceConfig *>> byUdpPort;
    for (const ServiceConfig &c : configs) {
        bySrtPort[c.listenPort].append(&c);
        if (const auto udp = UdpEndpoint::parse(c.udpAddress))
            byUdpPort[udp->port].append(&c);
    }
    for (const auto &group : std::as_const(bySrtPort)) {
        for (const ServiceConfig *tx : group) {
            if (!tx->isTx())
                continue;
            for (const ServiceConfig *rx : group) {
                if (rx->isRx() && srtPair(*tx, *rx, local))
                    m_links.append({tx->id, rx->id, Via::Srt});
            }
        }
    }
    for (const auto &group : std::as_const(byUdpPort)) {
        for (const ServiceConfig *rx : group) {
            if (!rx->isRx())
                continue;
            for (const ServiceConfig *tx : group) {
                if (tx->isTx() && udpHandOver(*rx, *tx, local))
                    m_links.append({rx->id, tx->id, Via::Udp});
            }
        }
    }
    std::sort(m_links.begin(), m_links.end(),
              [](const Link &a, const Link &b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
}

QList<qint64> ServicePairing::partnersOf(qint64 id) const
{
    QList<qint64> partners;
    for (const Link &link : m_links) {
        if (link.from == id)
            partners.append(link.to);
        else if (link.to == id)
            partners.append(link.from);
    }
    return partners;
}

void ServicePairing::buildGroups(const QList<qint64> &ids)
{
    // Union-find over the links; a group is named by its smallest id.
    QHash<qint64, qint64> parent;
    for (qint64 id : ids)
        parent.insert(id, id);
    std::function<qint64(qint64)> root = [&](qint64 id) {
        qint64 r = id;
        while (parent.value(r) != r)
            r = parent.value(r);
        while (parent.value(id) != r) { // path compression
            const qint64 next = parent.value(id);
            parent[id] = r;
            id = next;
        }
        return r;
    };
    for (const Link &link : std::as_const(m_links)) {
        const qint64 a = root(link.from);
        const qint64 b = root(link.to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    for (qint64 id : ids)
        m_group.insert(id, root(id));
}

void ServicePairing::buildOrder(const QList<qint64> &ids)
{
    // Within a group: a walk along the stream from the services nothing feeds, by id.
    QHash<qint64, QList<qint64>> downstream;
    QHash<qint64, int> feeders;
    for (const Link &link : std::as_const(m_links)) {
        downstream[link.from].append(link.to);
        ++feeders[link.to];
    }
    QHash<qint64, QList<qint64>> members; // group -> ids ascending
    QList<qint64> groups;
    for (qint64 id : ids) {
        const qint64 group = m_group.value(id);
        if (!members.contains(group))
            groups.append(group);
        members[group].append(id);
    }
    QSet<qint64> placed;
    std::function<void(qint64)> place = [&](qint64 id) {
        if (placed.contains(id))
            return;
        placed.insert(id);
        m_order.append(id);
        for (qint64 next : downstream.value(id))
            place(next);
    };
    for (qint64 group : std::as_const(groups)) {
        const QList<qint64> &inGroup = members.value(group);
        for (qint64 id : inGroup) {
            if (feeders.value(id) == 0)
                place(id);
        }
        for (qint64 id : inGroup) // a loop has no start: its smallest id begins it
            place(id);
    }
}

} // namespace srtdesk
