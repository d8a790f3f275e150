// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <QString>

namespace srtdesk {

// Every parameter of one RX or TX service of the original API. Each member but kind and id is
// a field of the field table (ServiceFields), which has its names, default, bounds and label:
// a new member needs its row there (equality and defaults come from the table too). A
// configuration made by defaults(kind) has every field at the table's default; a plain
// ServiceConfig{} has zeros.
//
// One struct serves both kinds: RX reads `peerIp` as TxIp and `udpAddress` as UdpOut,
// TX reads them as RxIp and UdpIn. Fields of the other kind keep their defaults and
// are neither validated nor serialized for it.
struct ServiceConfig
{
    ServiceKind kind = ServiceKind::Rx;
    qint64 id = 0; // 0 until the store assigns one

    // General / connection
    QString serviceName;
    SrtMode mode = SrtMode::Caller;
    QString peerIp;       // RX: TxIp, TX: RxIp
    int listenPort = 0;
    QString udpAddress;   // RX: UdpOut, TX: UdpIn ("ip:port")
    int latency = 0;      // ms
    QString bindIp;       // extension: local IPv4 to bind (multi-homed hosts); "" = any
    int sourcePort = 0;   // extension, callers: local UDP port to leave from; 0 = the engine's shared port

    // Bandwidth
    qint64 srtBw = 0;     // kbps, 0 = relative to input + overhead
    qint64 inputBw = 0;   // TX only, kbps
    int overHead = 0;     // TX only, %

    // Encryption
    QString passPhrase;
    int pbKeyLen = 0;

    // RX output
    bool tlpktDrop = false; // RX only
    int ttl = 0;            // RX only

    // FEC packet filter (experimental)
    bool fec = false;
    int fecCols = 0;
    int fecRows = 0;
    FecLayout fecLayout = FecLayout::Staircase;
    FecArq fecArq = FecArq::Always;

    Congestion congestion = Congestion::Live;
    TransType transType = TransType::Live;

    // Bonding (experimental)
    bool groupConnect = false;
    GroupType groupType = GroupType::Backup; // RX only
    QString groupIp1;                        // RX only
    QString groupIp2;                        // RX only
    int ip1Weight = 0;                       // RX only
    int ip2Weight = 0;                       // RX only

    bool isRx() const { return kind == ServiceKind::Rx; }
    bool isTx() const { return kind == ServiceKind::Tx; }
    bool usesPeerIp() const { return mode != SrtMode::Listener; }
    bool operator==(const ServiceConfig &other) const;
    bool operator!=(const ServiceConfig &other) const { return !(*this == other); }

    // Every field at the field table's default for `kind`.
    static ServiceConfig defaults(ServiceKind kind);
};

} // namespace srtdesk
