// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/HostResolver.h"

#include <thread>

#include <netdb.h>
#include <sys/socket.h>

namespace srtdesk {

bool HostResolver::fromLiteral(const QString &host, int port, SocketAddress *address)
{
    return SocketAddress::fromLiteral(host, port, address, AF_INET);
}

void HostResolver::lookUp(const QString &host, int port, Done done)
{
    // Detached: a lookup that outlives its service (stopped meanwhile) finishes harmlessly;
    // whoever receives `done` checks whether the answer is still wanted.
    const QByteArray name = host.trimmed().toUtf8();
    std::thread([name, host, port, done = std::move(done)] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo *found = nullptr;
        int status = getaddrinfo(name.constData(), nullptr, &hints, &found);
        // An IPv4 address when the name has one (what SRT Desk always did), else an IPv6 one.
        SocketAddress address;
        for (const addrinfo *entry = found; status == 0 && entry; entry = entry->ai_next) {
            if (entry->ai_family == AF_INET || (entry->ai_family == AF_INET6 && !address.isValid()))
                address = SocketAddress(entry->ai_addr);
            if (address.family() == AF_INET)
                break;
        }
        if (status == 0 && !address.isValid())
            status = EAI_NONAME;
        if (found)
            freeaddrinfo(found);
        address.setPort(port);
        if (status != 0) {
            done(false, address,
                 tr("Cannot resolve host name %1: %2.").arg(host, QString::fromLocal8Bit(gai_strerror(status))));
            return;
        }
        done(true, address, QString());
    }).detach();
}

} // namespace srtdesk
