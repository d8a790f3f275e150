// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceStatistics.h"

namespace srtdesk {

namespace {

using S = StatisticType;
using M = MetricType;

// DESIGN.md "Service semantics": counters are totals since the link connected (srt_bistats),
// rates are instantaneous; byte counters include the IPv4, UDP and SRT headers.
QList<StatisticField> makeTable()
{
    return {
        StatisticField("Status", "Status", S::Integer)
            .describedAs("1 while the service runs, 0 when it is stopped.")
            .exportedAs("srtdesk_service_running", M::Gauge)
            .reading([](const ServiceStatus &s) { return StatisticValue(qint64(s.running ? 1 : 0)); }),
        StatisticField("ContainerId", "ContainerId", S::Text)
            .describedAs("The running link's id (10 hex digits); empty while stopped.")
            .reading([](const ServiceStatus &s) { return StatisticValue(s.running ? s.stats.linkId : QString()); }),
        StatisticField("LinkRtt", "LinkRtt", S::Number)
            .in("ms")
            .describedAs("round-trip time of the SRT link.")
            .exportedAs("srtdesk_link_rtt_milliseconds", M::Gauge)
            .stored<&LinkStats::linkRtt>(),
        StatisticField("LinkBandwidth", "LinkBandwidth", S::Number)
            .in("Mbit/s")
            .describedAs("libsrt's estimate of the link bandwidth.")
            .exportedAs("srtdesk_link_bandwidth_mbps", M::Gauge)
            .stored<&LinkStats::linkBandwidth>(),
        StatisticField("LinkMaxBandwidth", "LinkMaxBandwidth", S::Number)
            .in("Mbit/s")
            .describedAs("the maximum bandwidth the user set (the service's SRT bandwidth cap).")
            .exportedAs("srtdesk_link_max_bandwidth_mbps", M::Gauge)
            .stored<&LinkStats::linkMaxBandwidth>(),
        StatisticField("RecvPackets", "SendPackets", S::Integer)
            .in("packets")
            .describedAs("packets since the link connected.")
            .exportedAs("srtdesk_packets_total", M::Counter)
            .stored<&LinkStats::packets>(),
        StatisticField("RecvPacketsUnique", "SendPacketsUnique", S::Integer)
            .in("packets")
            .describedAs("packets without retransmitted copies.")
            .exportedAs("srtdesk_packets_unique_total", M::Counter)
            .stored<&LinkStats::packetsUnique>(),
        StatisticField("RecvPacketsLost", "SendPacketsLost", S::Integer)
            .in("packets")
            .describedAs("packets lost on the way.")
            .exportedAs("srtdesk_packets_lost_total", M::Counter)
            .stored<&LinkStats::packetsLost>(),
        StatisticField("RecvPacketsDropped", "SendPacketsDropped", S::Integer)
            .in("packets")
            .describedAs("packets dropped because they came or would have come too late.")
            .exportedAs("srtdesk_packets_dropped_total", M::Counter)
            .stored<&LinkStats::packetsDropped>(),
        StatisticField("RecvPacketsRetransmitted", "SendPacketsRetransmitted", S::Integer)
            .in("packets")
            .describedAs("retransmitted packets.")
            .exportedAs("srtdesk_packets_retransmitted_total", M::Counter)
            .stored<&LinkStats::packetsRetransmitted>(),
        StatisticField("RecvPacketsBelated", nullptr, S::Integer)
            .in("packets")
            .describedAs("packets that arrived later than expected.")
            .exportedAs("srtdesk_packets_belated_total", M::Counter)
            .stored<&LinkStats::packetsBelated>(),
        StatisticField("RecvPacketsFilterExtra", "SendPacketsFilterExtra", S::Integer)
            .in("packets")
            .describedAs("control packets of the packet filter (FEC).")
            .exportedAs("srtdesk_packets_filter_extra_total", M::Counter)
            .stored<&LinkStats::packetsFilterExtra>(),
        StatisticField("RecvPacketsFilterSupply", nullptr, S::Integer)
            .in("packets")
            .describedAs("lost packets the packet filter recovered.")
            .exportedAs("srtdesk_packets_filter_supply_total", M::Counter)
            .stored<&LinkStats::packetsFilterSupply>(),
        StatisticField("RecvPacketsFilterLoss", nullptr, S::Integer)
            .in("packets")
            .describedAs("lost packets the packet filter could not recover.")
            .exportedAs("srtdesk_packets_filter_loss_total", M::Counter)
            .stored<&LinkStats::packetsFilterLoss>(),
        StatisticField("RecvBytes", "SendBytes", S::Integer)
            .in("bytes")
            .describedAs("bytes since the link connected, IPv4, UDP and SRT headers included.")
            .exportedAs("srtdesk_bytes_total", M::Counter)
            .stored<&LinkStats::bytes>(),
        StatisticField("RecvBytesUnique", "SendBytesUnique", S::Integer)
            .in("bytes")
            .describedAs("bytes without retransmitted copies.")
            .exportedAs("srtdesk_bytes_unique_total", M::Counter)
            .stored<&LinkStats::bytesUnique>(),
        StatisticField("RecvBytesLost", nullptr, S::Integer)
            .in("bytes")
            .describedAs("bytes lost on the way.")
            .exportedAs("srtdesk_bytes_lost_total", M::Counter)
            .stored<&LinkStats::bytesLost>(),
        StatisticField("RecvBytesDropped", "SendBytesDropped", S::Integer)
            .in("bytes")
            .describedAs("bytes dropped because they came or would have come too late.")
            .exportedAs("srtdesk_bytes_dropped_total", M::Counter)
            .stored<&LinkStats::bytesDropped>(),
        StatisticField("RecvMbitRate", "SendMbitRate", S::Number)
            .in("Mbit/s")
            .describedAs("rate of the SRT link.")
            .exportedAs("srtdesk_mbit_rate_mbps", M::Gauge)
            .stored<&LinkStats::mbitRate>(),
        StatisticField("LineLoss", "LineLoss", S::Number)
            .in("%")
            .describedAs("lost packets in % of packets.")
            .exportedAs("srtdesk_line_loss_percent", M::Gauge)
            .stored<&LinkStats::lineLoss>(),
        StatisticField("Connected", "Connected", S::Integer)
            .describedAs("0 disconnected, 1 connected, 2 waiting or connecting.")
            .exportedAs("srtdesk_link_connected", M::Gauge)
            .stored<&LinkStats::state>(),
        StatisticField("Reconnections", "Reconnections", S::Integer)
            .describedAs("links re-established within the current run of the service.")
            .exportedAs("srtdesk_reconnections_total", M::Counter)
            .stored<&LinkStats::reconnections>(),

        // Extensions of SRT Desk, after every field of the original.
        StatisticField("LastError", "LastError", S::Text)
            .extending()
            .describedAs("libsrt's reason for the last failure, until the next link.")
            .stored<&LinkStats::lastError>(),
        StatisticField(nullptr, "OversizedDatagrams", S::Integer)
            .extending()
            .in("datagrams")
            .describedAs("UDP datagrams larger than the SRT payload, not sent.")
            .exportedAs("srtdesk_oversized_datagrams_total", M::Counter)
            .stored<&LinkStats::oversizedDatagrams>(),
        StatisticField(nullptr, "InputMbitRate", S::Number)
            .extending()
            .in("Mbit/s")
            .describedAs("rate of the UDP input over the last statistics interval.")
            .exportedAs("srtdesk_input_mbit_rate_mbps", M::Gauge)
            .stored<&LinkStats::inputMbitRate>(),
        StatisticField("OutputMbitRate", nullptr, S::Number)
            .extending()
            .in("Mbit/s")
            .describedAs("rate of the UDP output over the last statistics interval.")
            .exportedAs("srtdesk_output_mbit_rate_mbps", M::Gauge)
            .stored<&LinkStats::outputMbitRate>(),
    };
}

} // namespace

const QList<StatisticField> &ServiceStatistics::all()
{
    static const QList<StatisticField> table = makeTable();
    return table;
}

QList<const StatisticField *> ServiceStatistics::of(ServiceKind kind)
{
    QList<const StatisticField *> rows;
    for (const StatisticField &field : all()) {
        if (field.appliesTo(kind))
            rows.append(&field);
    }
    return rows;
}

} // namespace srtdesk
