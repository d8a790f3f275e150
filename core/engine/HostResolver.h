// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

#include <netinet/in.h>

namespace srtdesk {

// Turns a peer (an IPv4 literal or a host name) into an IPv4 socket address without ever
// blocking an I/O shard: a literal (or "" = any address) is answered at once, a host name is
// looked up with getaddrinfo() on a helper thread that calls back when it is done. A slow DNS
// therefore delays only the service that asked, never the other services of its shard.
class HostResolver
{
    Q_DECLARE_TR_FUNCTIONS(HostResolver)

public:
    // `ok` false: `error` is a sentence naming the host.
    using Done = std::function<void(bool ok, const sockaddr_in &address, const QString &error)>;

    // An IPv4 literal or "": fills `address` (port included) and returns true; false for a name.
    static bool fromLiteral(const QString &host, int port, sockaddr_in *address);
    // Looks up a host name; `done` runs on the helper thread, once.
    static void lookUp(const QString &host, int port, Done done);
};

} // namespace srtdesk
