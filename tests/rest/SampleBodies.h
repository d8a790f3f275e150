// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The original system's sample bodies, copied verbatim from its description
// (shared/seed/original-rest-api.txt).

namespace srtdesk::samples {

inline constexpr char kLogin[] = R"({ "username": "admin", "password": "password" })";

inline constexpr char kAddRx[] = R"({ "ServiceName": "Test_3", "Mode": "caller", "TxIp": "80.84.129.34", "ListenPort": 7005, "UdpOut": "224.10.10.149:5009", "Latency": 700, "SrtBw": 12000, "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "TlpktDrop": 0, "TTL": 24, "FEC": 0, "FecCols": 10, "FecRows": 5, "FecLayOut": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "GroupConnect": 0, "GroupType": "backup", "GroupIp1": "", "GroupIp2": "", "Ip1Weight": 60, "Ip2Weight": 40 })";

inline constexpr char kUpdateRx[] = R"({ "ServiceName": "Test_3", "Mode": "caller", "TxIp": "80.84.129.34", "ListenPort": 7005, "UdpOut": "224.10.10.149:5009", "Latency": 700, "SrtBw": 12000, "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "TlpktDrop": 0, "TTL": 24, "FEC": 0, "FecCols": 10, "FecRows": 5, "FecLayOut": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "GroupConnect": 0, "GroupType": "backup", "GroupIp1": "", "GroupIp2": "", "Ip1Weight": 60, "Ip2Weight": 40 })";

inline constexpr char kGetRx[] = R"([ { "Id": 5, "ServiceName": "Test_3", "Mode": "caller", "TxIp": "80.84.129.34", "ListenPort": 7005, "UdpOut": "224.10.10.149:5009", "Latency": 700, "SrtBw": 12000, "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "TlpktDrop": 0, "TTL": 24, "FEC": 0, "FecCols": 10, "FecRows": 5, "FecLayout": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "GroupConnect": 0, "GroupType": "backup", "GroupIp1": "", "GroupIp2": "", "Ip1Weight": 60, "Ip2Weight": 40, "Status": 1, "ContainerId": "93f1946d9e", "LinkRtt": 33.423, "LinkBandwidth": 102.78, "LinkMaxBandwidth": 12.0, "RecvPackets": 273412, "RecvPacketsUnique": 273412, "RecvPacketsLost": 0, "RecvPacketsDropped": 0, "RecvPacketsRetransmitted": 0, "RecvPacketsBelated": 0, "RecvPacketsFilterExtra": 0, "RecvPacketsFilterSupply": 0, "RecvPacketsFilterLoss": 0, "RecvBytes": 371840320, "RecvBytesUnique": 371840320, "RecvBytesLost": 0, "RecvBytesDropped": 0, "RecvMbitRate": 6.40594, "LineLoss": 0.0, "Connected": 1, "Reconnections": 0 } ])";

inline constexpr char kAddTx[] = R"({ "ServiceName": "TX_2", "Mode": "listener", "RxIp": "", "ListenPort": "9001", "UdpIn": "224.10.10.149:5009", "Latency": "700", "SrtBw": "12000", "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "GroupConnect": 0, "InputBw": 0, "OverHead": 25, "FEC": 0, "FecCols": 0, "FecRows": 0, "FecLayOut": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live" })";

inline constexpr char kUpdateTx[] = R"({ "ServiceName": "TX_2", "Mode": "listener", "RxIp": "", "ListenPort": "9001", "UdpIn": "224.10.10.149:5009", "Latency": "700", "SrtBw": "12000", "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "GroupConnect": 0, "InputBw": 0, "OverHead": 25, "FEC": 0, "FecCols": 0, "FecRows": 0, "FecLayOut": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live" })";

inline constexpr char kGetTx[] = R"([ { "Id": 6, "ServiceName": "TX_2", "Mode": "listener", "RxIp": "", "ListenPort": 9001, "UdpIn": "224.10.10.149:5009", "Latency": 2000, "SrtBw": 12000, "PassPhrase": "", "PbKeyLen": 16, "GroupConnect": 0, "InputBw": 6000, "OverHead": 25, "PacketFilter": 0, "FecCols": 0, "FecRows": 0, "FecLayout": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "Status": 1, "ContainerId": "14ef4d1a59", "LinkRtt": 40.367, "LinkBandwidth": 2094.08, "LinkMaxBandwidth": 12.0, "SendPackets": 4095, "SendPacketsUnique": 3990, "SendPacketsLost": 105, "SendPacketsDropped": 0, "SendPacketsRetransmitted": 105, "SendPacketsFilterExtra": 0, "SendBytes": 5569200, "SendBytesUnique": 5426400, "SendBytesDropped": 0, "SendMbitRate": 6.56343, "LineLoss": 2.5641, "Connected": 1, "Reconnections": 1 } ])";

// The original's own get_one_tx example spells a TX's fields TxIp/UdpOut; clients may send it back.
inline constexpr char kGetOneTxSlip[] = R"({ "Id": 6, "ServiceName": "TX_2", "Mode": "listener", "TxIp": "", "ListenPort": 9001, "UdpOut": "224.10.10.149:5009", "Latency": 2000, "SrtBw": 12000, "PassPhrase": "", "PbKeyLen": 16, "GroupConnect": 0, "InputBw": 6000, "OverHead": 25, "PacketFilter": 0, "FecCols": 0, "FecRows": 0, "FecLayout": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "Status": 0, "ContainerId": "", "LinkRtt": 0.0, "LinkBandwidth": 0.0, "LinkMaxBandwidth": 0.0, "SendPackets": 0, "SendPacketsUnique": 0, "SendPacketsLost": 0, "SendPacketsDropped": 0, "SendPacketsRetransmitted": 0, "SendPacketsFilterExtra": 0, "SendBytes": 0, "SendBytesUnique": 0, "SendBytesDropped": 0, "SendMbitRate": 0.0, "LineLoss": 0.0, "Connected": 0, "Reconnections": 0 })";

} // namespace srtdesk::samples
