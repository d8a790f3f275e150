// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SrtSocketFactory.h"

#include "core/engine/GroupLink.h"
#include "core/engine/HostResolver.h"
#include "core/engine/SrtSocketOptions.h"

#include <arpa/inet.h>

namespace srtdesk {

QString SrtSocketFactory::addressText(const sockaddr *address)
{
    if (!address || address->sa_family != AF_INET)
        return QStringLiteral("?");
    const auto *in = reinterpret_cast<const sockaddr_in *>(address);
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(ntohs(in->sin_port));
}

int SrtSocketFactory::payloadSize(SRTSOCKET socket)
{
    int payload = 0;
    int length = sizeof payload;
    return srt_getsockflag(socket, SRTO_PAYLOADSIZE, &payload, &length) == SRT_ERROR ? 0 : payload;
}

int SrtSocketFactory::localPort(SRTSOCKET socket)
{
    if (GroupLink::isGroup(socket))
        return 0;
    sockaddr_storage address{};
    int length = sizeof address;
    if (srt_getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) == SRT_ERROR
        || address.ss_family != AF_INET)
        return 0;
    return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
}

SRTSOCKET SrtSocketFactory::listener(const ServiceConfig &config, const GroupLink &group,
                                     srt_listen_callback_fn *hook, void *opaque, QString *where, QString *error)
{
    sockaddr_in local{};
    if (!HostResolver::fromLiteral(config.bindIp, config.listenPort, &local)) {
        *error = tr("BindIp must be an IPv4 address of this machine, or empty.");
        return SRT_INVALID_SOCK;
    }
    *where = addressText(reinterpret_cast<const sockaddr *>(&local));
    const SRTSOCKET socket = srt_create_socket();
    QString why;
    bool ok = socket != SRT_INVALID_SOCK && SrtSocketOptions::apply(socket, config, &why)
              && group.prepareListener(socket, &why);
    if (ok && (srt_listen_callback(socket, hook, opaque) == SRT_ERROR
               || srt_bind(socket, reinterpret_cast<const sockaddr *>(&local), sizeof local) == SRT_ERROR
               || srt_listen(socket, 2) == SRT_ERROR)) {
        why = SrtSocketOptions::lastErrorText();
        ok = false;
    }
    if (ok)
        return socket;
    if (socket == SRT_INVALID_SOCK)
        why = SrtSocketOptions::lastErrorText();
    else
        srt_close(socket);
    *error = tr("Cannot listen on %1: %2").arg(*where, why);
    return SRT_INVALID_SOCK;
}

SRTSOCKET SrtSocketFactory::caller(const ServiceConfig &config, SharedCallerPorts &ports,
                                   SharedCallerPorts::Lease *lease, QString *error)
{
    const SRTSOCKET socket = srt_create_socket();
    if (socket == SRT_INVALID_SOCK) {
        *error = SrtSocketOptions::lastErrorText();
        return SRT_INVALID_SOCK;
    }
    const auto fail = [&] {
        srt_close(socket);
        return SRT_INVALID_SOCK;
    };
    if (!SrtSocketOptions::apply(socket, config, error))
        return fail();
    const bool rendezvous = config.mode == SrtMode::Rendezvous;
    if (!rendezvous && config.bindIp.isEmpty() && config.sourcePort == 0)
        return ports.bind(socket, lease, error) ? socket : fail(); // one multiplexer for all
    // Rendezvous: both ends own ListenPort. A caller with BindIp or SourcePort has its own port.
    sockaddr_in local{};
    if (!HostResolver::fromLiteral(config.bindIp, rendezvous ? config.listenPort : config.sourcePort, &local)) {
        *error = tr("BindIp must be an IPv4 address of this machine, or empty.");
        return fail();
    }
    if (srt_bind(socket, reinterpret_cast<const sockaddr *>(&local), sizeof local) == SRT_ERROR) {
        *error = tr("Cannot bind %1: %2")
                     .arg(addressText(reinterpret_cast<const sockaddr *>(&local)), SrtSocketOptions::lastErrorText());
        return fail();
    }
    return socket;
}

} // namespace srtdesk
