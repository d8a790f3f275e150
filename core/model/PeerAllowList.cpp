// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/PeerAllowList.h"

#include "core/model/UdpEndpoint.h"

#include <QStringList>

namespace srtdesk {

namespace {

std::optional<QPair<QHostAddress, int>> parseItem(const QString &item)
{
    const int slash = item.indexOf(QLatin1Char('/'));
    const QString addressText = (slash < 0 ? item : item.left(slash)).trimmed();
    if (!isIpLiteral(addressText))
        return std::nullopt;
    const QHostAddress address(addressText);
    const int bits = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    int prefix = bits;
    if (slash >= 0) {
        const QString prefixText = item.mid(slash + 1).trimmed();
        bool ok = false;
        prefix = prefixText.toInt(&ok);
        if (!ok || prefixText.startsWith(QLatin1Char('+')) || prefixText.startsWith(QLatin1Char('-')) || prefix < 0
            || prefix > bits)
            return std::nullopt;
    }
    return qMakePair(address, prefix);
}

QHostAddress unmapped(const QHostAddress &peer)
{
    if (peer.protocol() != QAbstractSocket::IPv6Protocol)
        return peer;
    bool mapped = false;
    const quint32 ipv4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4) : peer;
}

} // namespace

std::optional<PeerAllowList> PeerAllowList::parse(const QString &text, QString *badItem)
{
    PeerAllowList list;
    if (text.trimmed().isEmpty())
        return list;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const auto range = parseItem(item);
        if (!range) {
            if (badItem)
                *badItem = item;
            return std::nullopt;
        }
        list.m_ranges.append(*range);
    }
    return list;
}

PeerAllowList PeerAllowList::nobody()
{
    PeerAllowList list;
    list.m_nobody = true;
    return list;
}

bool PeerAllowList::allows(const QHostAddress &peer) const
{
    if (m_nobody)
        return false;
    if (m_ranges.isEmpty())
        return true;
    const QHostAddress address = unmapped(peer);
    for (const auto &[network, prefix] : m_ranges) {
        if (network.protocol() == address.protocol() && address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

} // namespace srtdesk
