// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include <netinet/in.h>

namespace srtdesk {

class ShardMailbox;

// The addresses a connection attempt needs (a peer, or the two paths of a bonding group),
// found without blocking the I/O shard: literals at once, host names by HostResolver on helper
// threads whose answers come back through the shard's mailbox. An answer that arrives after
// cancel(), a newer start() or the lookup's destruction is dropped. Shard thread only.
class PeerLookup
{
public:
    using Addresses = std::vector<sockaddr_in>;
    // `ok` false: `error` names the host that failed.
    using Done = std::function<void(bool ok, const Addresses &addresses, const QString &error)>;

    PeerLookup() = default;
    ~PeerLookup();
    PeerLookup(const PeerLookup &) = delete;
    PeerLookup &operator=(const PeerLookup &) = delete;

    // Calls `done` once: right away when every host is a literal, else later on the shard.
    void start(const std::vector<QString> &hosts, int port, std::weak_ptr<ShardMailbox> mailbox, Done done);
    void cancel();
    bool isPending() const { return m_pending != nullptr; }

private:
    struct Pending;
    void answer(const std::shared_ptr<Pending> &pending, std::size_t index, bool ok, const sockaddr_in &address,
                const QString &error);

    std::shared_ptr<Pending> m_pending; // the callbacks hold it weakly
};

} // namespace srtdesk
