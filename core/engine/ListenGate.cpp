// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ListenGate.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/RelayState.h"
#include "core/engine/SocketAddress.h"
#include "core/engine/SrtSocketOptions.h"

#include <srt/access_control.h>

namespace srtdesk {

static_assert(SrtSocketOptions::kRejectBusy == SRT_REJX_CONFLICT, "busy-listener code");
static_assert(SrtSocketOptions::kRejectFull == SRT_REJX_OVERLOAD, "full-listener code");
static_assert(SrtSocketOptions::kRejectForbidden == SRT_REJX_FORBIDDEN, "forbidden-caller code");

namespace {

bool joinsGroup(SRTSOCKET socket)
{
    int type = SRT_GTYPE_UNDEFINED;
    int length = sizeof type;
    return srt_getsockflag(socket, SRTO_GROUPTYPE, &type, &length) != SRT_ERROR && type != SRT_GTYPE_UNDEFINED;
}

int refuse(SRTSOCKET socket, const RelayState &state, const SocketAddress &peer, int reason, const char *why)
{
    qCWarning(lcEngine).noquote() << "service" << state.config().serviceName << "refused caller" << peer.text()
                                  << why << "(reject reason" << reason << ")";
    srt_setrejectreason(socket, reason);
    return -1;
}

} // namespace

int ListenGate::admit(void *opaque, SRTSOCKET socket, int /*handshakeVersion*/, const sockaddr *peer,
                      const char * /*streamId*/)
{
    // libsrt's receiving thread: only RelayState's constant parts, its atomics and libsrt here.
    const auto *state = static_cast<RelayState *>(opaque);
    const SocketAddress address(peer);
    if (!state->allowedPeers().allows(address.host()))
        return refuse(socket, *state, address, SrtSocketOptions::kRejectForbidden, "(not in AllowedPeers)");
    if (state->acceptedLinkCount() < state->maxCallers())
        return 0;
    if (state->config().groupConnect && joinsGroup(socket))
        return 0; // a further path of a group joins it
    if (state->maxCallers() == 1)
        return refuse(socket, *state, address, SrtSocketOptions::kRejectBusy, "(it already has a peer)");
    return refuse(socket, *state, address, SrtSocketOptions::kRejectFull, "(MaxCallers reached)");
}

} // namespace srtdesk
