// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/SharedCallerPorts.h"
#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

namespace srtdesk {

class GroupLink;

// The SRT sockets of a service, made ready for ServiceRelay: every option set (SrtSocketOptions)
// and bound where the service says: a listener on BindIp:ListenPort, a rendezvous on
// BindIp:ListenPort too, a caller with BindIp or SourcePort on that address and port, any other
// caller on its shard's shared port (SharedCallerPorts). On failure SRT_INVALID_SOCK and a
// sentence in `error`; nothing is left open. Private to core/engine.
class SrtSocketFactory
{
    // Same translation context as the sentences had before the engine was split.
    Q_DECLARE_TR_FUNCTIONS(RelayWorker)

public:
    // Listening (backlog 2) with `hook` as its listen callback; `where` gets "ip:port".
    static SRTSOCKET listener(const ServiceConfig &config, const GroupLink &group, srt_listen_callback_fn *hook,
                              void *opaque, QString *where, QString *error);
    // Bound, not connected yet; `lease` holds the shared port when one is used.
    static SRTSOCKET caller(const ServiceConfig &config, SharedCallerPorts &ports, SharedCallerPorts::Lease *lease,
                            QString *error);

    static int payloadSize(SRTSOCKET socket); // SRTO_PAYLOADSIZE, 0 when unknown
    static int localPort(SRTSOCKET socket);   // 0 for a group or when unknown
    static QString addressText(const sockaddr *address); // "ip:port"
};

} // namespace srtdesk
