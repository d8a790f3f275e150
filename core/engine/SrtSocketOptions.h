// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QString>

#include <srt/srt.h>

namespace srtdesk {

// How a ServiceConfig becomes libsrt socket options (DESIGN.md "Service semantics"), and
// how libsrt's errors become sentences. Private to core/engine.
class SrtSocketOptions
{
    Q_DECLARE_TR_FUNCTIONS(SrtSocketOptions)

public:
    // Caller and rendezvous give up a connection attempt after this long (rendezvous: ×10 in libsrt).
    static constexpr int kConnectTimeoutMs = 3000;
    // A listener refuses a second caller with this code (the peer reads it as its reject reason).
    static constexpr int kRejectBusy = 1409; // SRT_REJX_CONFLICT
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
    // The last libsrt error of this thread.
    static QString lastErrorText();
};

} // namespace srtdesk
