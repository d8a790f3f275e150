// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/HostResolver.h"

#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

namespace srtdesk {

bool HostResolver::fromLiteral(const QString &host, int port, sockaddr_in *address)
{
    std::memset(address, 0, sizeof *address);
    address->sin_family = AF_INET;
    address->sin_port = htons(quint16(port));
    const QByteArray name = host.trimmed().toUtf8();
    if (name.isEmpty()) {
        address->sin_addr.s_addr = htonl(INADDR_ANY);
        return true;
    }
    return inet_pton(AF_INET, name.constData(), &address->sin_addr) == 1;
}

void HostResolver::lookUp(const QString &host, int port, Done done)
{
    // Detached: a lookup that outlives its service (stopped meanwhile) finishes harmlessly;
    // whoever receives `done` checks whether the answer is still wanted.
    const QByteArray name = host.trimmed().toUtf8();
    std::thread([name, host, port, done = std::move(done)] {
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo *found = nullptr;
        int status = getaddrinfo(name.constData(), nullptr, &hints, &found);
        sockaddr_in address{};
        if (status == 0 && found)
            std::memcpy(&address, found->ai_addr, sizeof address);
        else if (status == 0)
            status = EAI_NONAME;
        if (found)
            freeaddrinfo(found);
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port));
        if (status != 0) {
            done(false, address,
                 tr("Cannot resolve host name %1: %2.").arg(host, QString::fromLocal8Bit(gai_strerror(status))));
            return;
        }
        done(true, address, QString());
    }).detach();
}

} // namespace srtdesk
