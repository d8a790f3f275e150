// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <srt/srt.h>

namespace srtdesk {

// The listen callback of every listener (srt_listen_callback): decides, on libsrt's receiving
// thread and before the handshake completes, whether a caller may connect, and tells a refused
// caller why with a reject reason it reads with srt_getrejectreason():
//   1403 (SRT_REJX_FORBIDDEN) its address is not in AllowedPeers;
//   1409 (SRT_REJX_CONFLICT)  MaxCallers is 1 and the listener has its peer (the original's);
//   1402 (SRT_REJX_OVERLOAD)  MaxCallers > 1 callers are connected already.
// A further path of a bonding group joins its group without counting. `opaque` is the
// service's RelayState. Private to core/engine.
class ListenGate
{
public:
    static int admit(void *opaque, SRTSOCKET socket, int handshakeVersion, const sockaddr *peer, const char *streamId);
};

} // namespace srtdesk
