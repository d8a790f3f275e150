// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceConfig.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace srtdesk {

// Which services of this instance carry the same stream, from their configurations alone:
// - SRT: a TX and an RX where one calls the other's listener (or both meet in rendezvous) at
//   an address of this machine (127.0.0.0/8, ::1, "localhost" or one of `localAddresses`);
// - UDP: an RX whose UdpOut is a TX's UdpIn (the RX hands the stream on to that TX).
// Linked services form groups; order() lists every service with each group together, in the
// direction the stream flows (TX before the RX it feeds, RX before the TX it hands on to).
class ServicePairing
{
public:
    enum class Via { Srt, Udp };
    struct Link
    {
        qint64 from = 0; // the service the stream leaves
        qint64 to = 0;   // the service it enters
        Via via = Via::Srt;
    };

    // `configs` in any order; ids must be set.
    static ServicePairing of(const QList<ServiceConfig> &configs, const QList<QHostAddress> &localAddresses);

    const QList<Link> &links() const { return m_links; }
    // Every id once: groups in the order of their smallest id, within a group along the stream.
    const QList<qint64> &order() const { return m_order; }
    // The services linked to `id` directly, either way.
    QList<qint64> partnersOf(qint64 id) const;
    // The smallest id of the group `id` belongs to (its own id when it has no partner).
    qint64 groupOf(qint64 id) const { return m_group.value(id, id); }

private:
    void addLinks(const QList<ServiceConfig> &configs, const QList<QHostAddress> &localAddresses);
    void buildGroups(const QList<qint64> &ids);
    void buildOrder(const QList<qint64> &ids);

    QList<Link> m_links;
    QHash<qint64, qint64> m_group;
    QList<qint64> m_order;
};

} // namespace srtdesk
