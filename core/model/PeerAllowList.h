// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace srtdesk {

// AllowedPeers of a TX listener (issue 14): comma-separated IPv4 or IPv6 addresses and CIDR
// ranges ("127.0.0.2/32, 10.0.0.0/8, ::1/128, 2001:db8::/32"). Empty allows every caller. An
// IPv4 caller that reaches a dual-stack listener as an IPv4-mapped IPv6 address
// (::ffff:a.b.c.d) is judged by its IPv4 address.
class PeerAllowList
{
public:
    PeerAllowList() = default;

    // nullopt when an item is neither an address nor a range; `badItem` gets the first one.
    static std::optional<PeerAllowList> parse(const QString &text, QString *badItem = nullptr);

    // A list that allows no caller at all.
    static PeerAllowList nobody();

    bool allowsEveryone() const { return m_ranges.isEmpty() && !m_nobody; }
    bool allows(const QHostAddress &peer) const;

private:
    QList<QPair<QHostAddress, int>> m_ranges; // network, prefix length
    bool m_nobody = false;
};

} // namespace srtdesk
