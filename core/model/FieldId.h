// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// The parameters of a service, one per member of ServiceConfig that the original API carries
// (plus SRT Desk's extensions). Code that needs a particular field names it by this id and
// reads everything else about it (JSON names, bounds, label) from ServiceFields.
enum class FieldId {
    ServiceName,
    Mode,
    PeerIp,     // RX: TxIp, TX: RxIp
    ListenPort,
    UdpAddress, // RX: UdpOut, TX: UdpIn
    Latency,
    SrtBw,
    PassPhrase,
    PbKeyLen,
    TlpktDrop,
    Ttl,
    InputBw,
    OverHead,
    Fec,
    FecCols,
    FecRows,
    FecLayout,
    FecArq,
    Congestion,
    TransType,
    GroupConnect,
    GroupType,
    GroupIp1,
    GroupIp2,
    Ip1Weight,
    Ip2Weight,
    BindIp,
    SourcePort,
};

} // namespace srtdesk
