// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/PeerLookup.h"

#include "core/engine/HostResolver.h"
#include "core/engine/ShardMailbox.h"

namespace srtdesk {

struct PeerLookup::Pending
{
    PeerLookup *owner = nullptr;
    Addresses addresses;
    std::size_t unanswered = 0;
    Done done;
};

PeerLookup::~PeerLookup()
{
    cancel();
}

void PeerLookup::cancel()
{
    if (m_pending)
        m_pending->owner = nullptr;
    m_pending.reset();
}

void PeerLookup::start(const std::vector<QString> &hosts, int port, std::weak_ptr<ShardMailbox> mailbox, Done done)
{
    cancel();
    Addresses addresses(hosts.size(), sockaddr_in{});
    std::vector<std::size_t> names;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        if (!HostResolver::fromLiteral(hosts[i], port, &addresses[i]))
            names.push_back(i);
    }
    if (names.empty()) {
        done(true, addresses, QString());
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->owner = this;
    pending->addresses = std::move(addresses);
    pending->unanswered = names.size();
    pending->done = std::move(done);
    m_pending = pending;
    const std::weak_ptr<Pending> weak = pending;
    for (const std::size_t index : names) {
        HostResolver::lookUp(hosts[index], port,
                             [weak, mailbox, index](bool ok, const sockaddr_in &address, const QString &error) {
                                 // Helper thread: hand the answer to the shard.
                                 if (const auto box = mailbox.lock()) {
                                     box->post([weak, index, ok, address, error] {
                                         const auto pending = weak.lock();
                                         if (pending && pending->owner)
                                             pending->owner->answer(pending, index, ok, address, error);
                                     });
                                 }
                             });
    }
}

void PeerLookup::answer(const std::shared_ptr<Pending> &pending, std::size_t index, bool ok,
                        const sockaddr_in &address, const QString &error)
{
    if (pending != m_pending)
        return;
    if (!ok) {
        const Done done = std::move(pending->done);
        cancel();
        done(false, {}, error);
        return;
    }
    pending->addresses[index] = address;
    if (--pending->unanswered > 0)
        return;
    const Done done = std::move(pending->done);
    const Addresses addresses = pending->addresses;
    cancel();
    done(true, addresses, QString());
}

} // namespace srtdesk
