#include "core/rest/PrometheusMetrics.h"

#include "core/engine/SrtRuntime.h"

#include <cmath>
#include <functional>

namespace srtdesk {

namespace {

struct Metric
{
    const char *name;
    const char *type; // gauge or counter
    const char *help;
    bool rx;          // reported for RX services
    bool tx;          // reported for TX services
    std::function<double(const ServiceStatus &)> value;
};

QByteArray number(double value)
{
    // Integers without an exponent or a decimal point; others with enough digits.
    if (value == double(qint64(value)) && std::abs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 12);
}

const QList<Metric> &metrics()
{
    static const QList<Metric> list = {
        {"srtdesk_service_running", "gauge", "1 while the service runs (Status).", true, true,
         [](const ServiceStatus &s) { return s.running ? 1.0 : 0.0; }},
        {"srtdesk_link_connected", "gauge", "Connected: 0 disconnected, 1 connected, 2 waiting or connecting.", true,
         true, [](const ServiceStatus &s) { return double(int(s.stats.state)); }},
        {"srtdesk_link_rtt_milliseconds", "gauge", "LinkRtt: round-trip time of the SRT link.", true, true,
         [](const ServiceStatus &s) { return s.stats.linkRtt; }},
        {"srtdesk_link_bandwidth_mbps", "gauge", "LinkBandwidth: libsrt's estimate of the link bandwidth.", true, true,
         [](const ServiceStatus &s) { return s.stats.linkBandwidth; }},
        {"srtdesk_link_max_bandwidth_mbps", "gauge", "LinkMaxBandwidth: the SrtBw cap.", true, true,
         [](const ServiceStatus &s) { return s.stats.linkMaxBandwidth; }},
        {"srtdesk_packets_total", "counter", "RecvPackets (rx) / SendPackets (tx) since the link connected.", true,
         true, [](const ServiceStatus &s) { return double(s.stats.packets); }},
        {"srtdesk_packets_unique_total", "counter", "RecvPacketsUnique / SendPacketsUnique.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.packetsUnique); }},
        {"srtdesk_packets_lost_total", "counter", "RecvPacketsLost / SendPacketsLost.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.packetsLost); }},
        {"srtdesk_packets_dropped_total", "counter", "RecvPacketsDropped / SendPacketsDropped.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.packetsDropped); }},
        {"srtdesk_packets_retransmitted_total", "counter", "RecvPacketsRetransmitted / SendPacketsRetransmitted.", true,
         true, [](const ServiceStatus &s) { return double(s.stats.packetsRetransmitted); }},
        {"srtdesk_packets_belated_total", "counter", "RecvPacketsBelated.", true, false,
         [](const ServiceStatus &s) { return double(s.stats.packetsBelated); }},
        {"srtdesk_packets_filter_extra_total", "counter", "RecvPacketsFilterExtra / SendPacketsFilterExtra.", true,
         true, [](const ServiceStatus &s) { return double(s.stats.packetsFilterExtra); }},
        {"srtdesk_packets_filter_supply_total", "counter", "RecvPacketsFilterSupply.", true, false,
         [](const ServiceStatus &s) { return double(s.stats.packetsFilterSupply); }},
        {"srtdesk_packets_filter_loss_total", "counter", "RecvPacketsFilterLoss.", true, false,
         [](const ServiceStatus &s) { return double(s.stats.packetsFilterLoss); }},
        {"srtdesk_bytes_total", "counter", "RecvBytes / SendBytes (headers included).", true, true,
         [](const ServiceStatus &s) { return double(s.stats.bytes); }},
        {"srtdesk_bytes_unique_total", "counter", "RecvBytesUnique / SendBytesUnique.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.bytesUnique); }},
        {"srtdesk_bytes_lost_total", "counter", "RecvBytesLost.", true, false,
         [](const ServiceStatus &s) { return double(s.stats.bytesLost); }},
        {"srtdesk_bytes_dropped_total", "counter", "RecvBytesDropped / SendBytesDropped.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.bytesDropped); }},
        {"srtdesk_mbit_rate_mbps", "gauge", "RecvMbitRate / SendMbitRate.", true, true,
         [](const ServiceStatus &s) { return s.stats.mbitRate; }},
        {"srtdesk_line_loss_percent", "gauge", "LineLoss: lost packets in % of packets.", true, true,
         [](const ServiceStatus &s) { return s.stats.lineLoss; }},
        {"srtdesk_reconnections_total", "counter", "Reconnections within the current run of the service.", true, true,
         [](const ServiceStatus &s) { return double(s.stats.reconnections); }},
        {"srtdesk_oversized_datagrams_total", "counter", "OversizedDatagrams: UDP datagrams too large for SRT.", false,
         true, [](const ServiceStatus &s) { return double(s.stats.oversizedDatagrams); }},
    };
    return list;
}

} // namespace

QByteArray PrometheusMetrics::escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray PrometheusMetrics::render(const QList<ServiceStatus> &services)
{
    QByteArray out;
    out += "# HELP srtdesk_info SRT Desk and libsrt versions.\n# TYPE srtdesk_info gauge\n";
    out += "srtdesk_info{version=\"" + escapeLabel(QStringLiteral(SRTDESK_VERSION)) + "\",libsrt=\""
        + escapeLabel(SrtRuntime::libraryVersion()) + "\"} 1\n";

    int rx = 0;
    int tx = 0;
    for (const ServiceStatus &s : services)
        ++(s.config.isRx() ? rx : tx);
    out += "# HELP srtdesk_services Number of services by kind.\n# TYPE srtdesk_services gauge\n";
    out += "srtdesk_services{kind=\"rx\"} " + QByteArray::number(rx) + '\n';
    out += "srtdesk_services{kind=\"tx\"} " + QByteArray::number(tx) + '\n';

    for (const Metric &metric : metrics()) {
        out += QByteArray("# HELP ") + metric.name + ' ' + metric.help + '\n';
        out += QByteArray("# TYPE ") + metric.name + ' ' + metric.type + '\n';
        for (const ServiceStatus &s : services) {
            if (s.config.isRx() ? !metric.rx : !metric.tx)
                continue;
            out += QByteArray(metric.name) + "{id=\"" + QByteArray::number(s.config.id) + "\",kind=\""
                + toWire(s.config.kind).toLatin1() + "\",name=\"" + escapeLabel(s.config.serviceName) + "\"} "
                + number(metric.value(s)) + '\n';
        }
    }
    return out;
}

} // namespace srtdesk
