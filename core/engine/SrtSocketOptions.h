// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

namespace srtdesk {

// How a ServiceConfig becomes libsrt socket options (docs/ARCHITECTURE.md, "Service semantics"), and
// how libsrt's errors become sentences. Private to core/engine.
class SrtSocketOptions
{
    Q_DECLARE_TR_FUNCTIONS(SrtSocketOptions)

public:
    // Caller and rendezvous give up a connection attempt after this long (rendezvous: ×10 in libsrt).
    static constexpr int kConnectTimeoutMs = 3000;
    // A listener refuses a second caller with this code (the peer reads it as its reject reason).
    // Reject reasons of a listener, read by the caller with srt_getrejectreason()
    // (docs/ARCHITECTURE.md): SRT_REJC_PREDEFINED + an HTTP-like code.
    static constexpr int kRejectBusy = 1409;      // SRT_REJX_CONFLICT: MaxCallers 1 and it has its peer
    static constexpr int kRejectFull = 1402;      // SRT_REJX_OVERLOAD: MaxCallers > 1 callers already
    static constexpr int kRejectForbidden = 1403; // SRT_REJX_FORBIDDEN: the caller is not in AllowedPeers
    // SRTO_FC: libsrt's default receiver buffer (SRTO_RCVBUF, 8192 packets), see apply().
    static constexpr int kFlightWindowPackets = 8192;
    // SRTO_FC and SRTO_RCVBUF of a TX: libsrt's minimum (32 packets), see apply().
    static constexpr int kSenderReceivePackets = 32;

    // Every option that must be set before bind/connect, SRTO_TRANSTYPE first. Non-blocking
    // socket, linger off (so that closing never waits). false with a sentence in `error`
    // when libsrt refuses one.
    static bool apply(SRTSOCKET socket, const ServiceConfig &config, QString *error);

    // "fec,cols:10,rows:5,layout:staircase,arq:always"; empty when FEC is off.
    static QString packetFilter(const ServiceConfig &config);

    // libsrt's reject reason as a short phrase ("incorrect passphrase", "timed out: ...").
    static QString rejectReasonText(int reason);
    // An int option of a socket; `fallback` when libsrt cannot say.
    static int intOption(SRTSOCKET socket, SRT_SOCKOPT option, int fallback);
    // The last libsrt error of this thread.
    static QString lastErrorText();
};

} // namespace srtdesk
