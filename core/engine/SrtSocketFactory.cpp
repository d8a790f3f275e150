// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SrtSocketFactory.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/GroupLink.h"
#include "core/engine/SrtSocketOptions.h"

namespace srtdesk {

namespace {

bool setIntOption(SRTSOCKET socket, SRT_SOCKOPT option, int value)
{
    return srt_setsockflag(socket, option, &value, int(sizeof value)) != SRT_ERROR;
}

} // namespace

QString SrtSocketFactory::addressText(const sockaddr *address)
{
    return SocketAddress::textOf(address);
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
    if (srt_getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) == SRT_ERROR)
        return 0;
    return SocketAddress(reinterpret_cast<const sockaddr *>(&address)).port();
}

SRTSOCKET SrtSocketFactory::bindListener(const ServiceConfig &config, const GroupLink &group,
                                         srt_listen_callback_fn *hook, void *opaque, const SocketAddress &local,
                                         QString *why)
{
    const SRTSOCKET socket = srt_create_socket();
    if (socket == SRT_INVALID_SOCK) {
        *why = SrtSocketOptions::lastErrorText();
        return SRT_INVALID_SOCK;
    }
    bool ok = SrtSocketOptions::apply(socket, config, why) && group.prepareListener(socket, why);
    // A wildcard IPv6 listener is dual-stack: IPv4 callers arrive as ::ffff:a.b.c.d.
    if (ok && local.family() == AF_INET6 && local.isWildcard() && !setIntOption(socket, SRTO_IPV6ONLY, 0)) {
        *why = SrtSocketOptions::lastErrorText();
        ok = false;
    }
    if (ok && (srt_listen_callback(socket, hook, opaque) == SRT_ERROR
               || srt_bind(socket, local.get(), int(local.length())) == SRT_ERROR || srt_listen(socket, 2) == SRT_ERROR)) {
        *why = SrtSocketOptions::lastErrorText();
        ok = false;
    }
    if (ok)
        return socket;
    srt_close(socket);
    return SRT_INVALID_SOCK;
}

SRTSOCKET SrtSocketFactory::listener(const ServiceConfig &config, const GroupLink &group,
                                     srt_listen_callback_fn *hook, void *opaque, QString *where, QString *error)
{
    const bool anyAddress = config.bindIp.trimmed().isEmpty();
    SocketAddress local;
    if (!SocketAddress::fromLiteral(config.bindIp, config.listenPort, &local, AF_INET6)) {
        *error = tr("BindIp must be an IPv4 or IPv6 address of this machine, or empty.");
        return SRT_INVALID_SOCK;
    }
    *where = local.text();
    QString why;
    SRTSOCKET socket = bindListener(config, group, hook, opaque, local, &why);
    if (socket == SRT_INVALID_SOCK && anyAddress) {
        // A host (or network namespace) without IPv6: IPv4 callers only.
        qCInfo(lcEngine).noquote() << "service" << config.serviceName << "cannot listen on" << *where << "(" << why
                                   << "); listening on IPv4 only";
        local = SocketAddress::any(AF_INET, config.listenPort);
        *where = local.text();
        socket = bindListener(config, group, hook, opaque, local, &why);
    }
    if (socket == SRT_INVALID_SOCK)
        *error = tr("Cannot listen on %1: %2").arg(*where, why);
    return socket;
}

SRTSOCKET SrtSocketFactory::caller(const ServiceConfig &config, int family, SharedCallerPorts &ports,
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
        return ports.bind(socket, family, lease, error) ? socket : fail(); // one multiplexer per family
    // Rendezvous: both ends own ListenPort. A caller with BindIp or SourcePort has its own port.
    SocketAddress local;
    if (!SocketAddress::fromLiteral(config.bindIp, rendezvous ? config.listenPort : config.sourcePort, &local, family)) {
        *error = tr("BindIp must be an IPv4 or IPv6 address of this machine, or empty.");
        return fail();
    }
    if (local.family() != family) {
        *error = family == AF_INET6 ? tr("BindIp %1 is an IPv4 address; the peer has an IPv6 address.").arg(config.bindIp)
                                    : tr("BindIp %1 is an IPv6 address; the peer has an IPv4 address.").arg(config.bindIp);
        return fail();
    }
    if (local.family() == AF_INET6 && local.isWildcard() && !setIntOption(socket, SRTO_IPV6ONLY, 1)) {
        *error = SrtSocketOptions::lastErrorText();
        return fail();
    }
    if (srt_bind(socket, local.get(), int(local.length())) == SRT_ERROR) {
        *error = tr("Cannot bind %1: %2").arg(local.text(), SrtSocketOptions::lastErrorText());
        return fail();
    }
    return socket;
}

} // namespace srtdesk
