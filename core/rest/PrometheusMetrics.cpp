// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/PrometheusMetrics.h"

#include "core/model/AlarmEnums.h"
#include "core/model/ServiceStatistics.h"

#include <QMap>

#include <cmath>

namespace srtdesk {

namespace {

// The transport stream figures of every service (docs/MONITORING.md), after the link's.
struct StreamMetric
{
    const char *name;
    const char *help;
    bool counter;
    double (*read)(const StreamHealth &health);
};

constexpr StreamMetric kStreamMetrics[] = {
    {"srtdesk_stream_ts_mbit_rate", "MPEG-TS rate over the last statistics interval, Mbit/s (0: no TS).", false,
     [](const StreamHealth &h) { return h.tsMbitRate; }},
    {"srtdesk_stream_sync_losses_total", "TR 101 290 1.1 TS sync losses since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.syncLosses); }},
    {"srtdesk_stream_sync_byte_errors_total", "TR 101 290 1.2 sync byte errors since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.syncByteErrors); }},
    {"srtdesk_stream_pat_errors_total", "TR 101 290 1.3 PAT errors since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.patErrors); }},
    {"srtdesk_stream_cc_errors_total", "TR 101 290 1.4 continuity count errors since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.ccErrors); }},
    {"srtdesk_stream_pmt_errors_total", "TR 101 290 1.5 PMT errors since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.pmtErrors); }},
    {"srtdesk_stream_pid_errors_total", "TR 101 290 1.6 PID errors since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.pidErrors); }},
    {"srtdesk_stream_pcr_repetition_errors_total", "TR 101 290 2.3 PCR repetition errors since the link came up.",
     true, [](const StreamHealth &h) { return double(h.total.pcrRepetitionErrors); }},
    {"srtdesk_stream_pcr_discontinuities_total", "TR 101 290 2.3 PCR discontinuities since the link came up.", true,
     [](const StreamHealth &h) { return double(h.total.pcrDiscontinuities); }},
};

QByteArray labels(const ServiceStatus &s)
{
    return "{id=\"" + QByteArray::number(s.config.id) + "\",kind=\"" + toWire(s.config.kind).toLatin1() + "\",name=\""
        + PrometheusMetrics::escapeLabel(s.config.serviceName) + "\"}";
}

QByteArray number(double value)
{
    // Integers without an exponent or a decimal point; others with enough digits.
    if (value == double(qint64(value)) && std::abs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 12);
}

// Per-caller series of TX listeners (issue 14), labelled by the caller's address.
struct CallerMetric
{
    const char *name;
    const char *type;
    const char *help;
    double (*read)(const CallerStats &);
};

const CallerMetric kCallerMetrics[] = {
    {"srtdesk_caller_rtt_milliseconds", "gauge", "Round-trip time of one caller of a TX listener (Callers[].LinkRtt).",
     [](const CallerStats &c) { return c.linkRtt; }},
    {"srtdesk_caller_send_mbit_rate_mbps", "gauge",
     "Rate sent to one caller of a TX listener over the last interval (Callers[].SendMbitRate).",
     [](const CallerStats &c) { return c.sendMbitRate; }},
    {"srtdesk_caller_packets_lost_total", "counter",
     "Packets one caller of a TX listener reported lost (Callers[].SendPacketsLost).",
     [](const CallerStats &c) { return double(c.sendPacketsLost); }},
    {"srtdesk_caller_packets_retransmitted_total", "counter",
     "Packets sent again to one caller of a TX listener (Callers[].SendPacketsRetransmitted).",
     [](const CallerStats &c) { return double(c.sendPacketsRetransmitted); }},
    {"srtdesk_caller_packets_dropped_total", "counter",
     "Packets dropped as too late for one caller of a TX listener (Callers[].SendPacketsDropped).",
     [](const CallerStats &c) { return double(c.sendPacketsDropped); }},
};

} // namespace

QByteArray PrometheusMetrics::renderCallers(const QList<ServiceStatus> &services)
{
    QByteArray out;
    for (const CallerMetric &metric : kCallerMetrics) {
        const QByteArray name(metric.name);
        out += "# HELP " + name + ' ' + metric.help + '\n';
        out += "# TYPE " + name + ' ' + metric.type + '\n';
        for (const ServiceStatus &s : services) {
            for (const CallerStats &caller : s.stats.callers) {
                out += name + "{id=\"" + QByteArray::number(s.config.id) + "\",kind=\"" + toWire(s.config.kind).toLatin1()
                    + "\",name=\"" + escapeLabel(s.config.serviceName) + "\",peer=\"" + escapeLabel(caller.peer) + "\"} "
                    + number(metric.read(caller)) + '\n';
            }
        }
    }
    return out;
}

QByteArray PrometheusMetrics::escapeHelp(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    return out;
}

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

QByteArray PrometheusMetrics::render(const QList<ServiceStatus> &services, const QString &libsrtVersion)
{
    QByteArray out;
    out += "# HELP srtdesk_info SRT Desk and libsrt versions.\n# TYPE srtdesk_info gauge\n";
    out += "srtdesk_info{version=\"" + escapeLabel(QStringLiteral(SRTDESK_VERSION)) + "\",libsrt=\""
        + escapeLabel(libsrtVersion) + "\"} 1\n";

    int rx = 0;
    int tx = 0;
    for (const ServiceStatus &s : services)
        ++(s.config.isRx() ? rx : tx);
    out += "# HELP srtdesk_services Number of services by kind.\n# TYPE srtdesk_services gauge\n";
    out += "srtdesk_services{kind=\"rx\"} " + QByteArray::number(rx) + '\n';
    out += "srtdesk_services{kind=\"tx\"} " + QByteArray::number(tx) + '\n';

    for (const StatisticField &statistic : ServiceStatistics::all()) {
        if (statistic.metricType == MetricType::None)
            continue;
        const QByteArray name(statistic.metric);
        out += "# HELP " + name + ' ' + escapeHelp(statistic.metricHelp()) + '\n';
        out += "# TYPE " + name + (statistic.metricType == MetricType::Counter ? " counter\n" : " gauge\n");
        for (const ServiceStatus &s : services) {
            if (!statistic.appliesTo(s.config.kind))
                continue;
            out += name + labels(s) + ' ' + number(statistic.number(s)) + '\n';
        }
    }
    out += renderCallers(services);
    for (const StreamMetric &metric : kStreamMetrics) {
        const QByteArray name(metric.name);
        out += "# HELP " + name + ' ' + metric.help + '\n';
        out += "# TYPE " + name + (metric.counter ? " counter\n" : " gauge\n");
        for (const ServiceStatus &s : services)
            out += name + labels(s) + ' ' + number(metric.read(s.stream)) + '\n';
    }
    return out;
}

QByteArray PrometheusMetrics::renderAlarms(const QList<Alarm> &active)
{
    QByteArray out = "# HELP srtdesk_alarm_active An active alarm: 1 while it lasts, labelled with its service, type "
                     "and severity.\n# TYPE srtdesk_alarm_active gauge\n";
    QMap<QString, int> bySeverity{{toWire(AlarmSeverity::Minor), 0},
                                  {toWire(AlarmSeverity::Major), 0},
                                  {toWire(AlarmSeverity::Critical), 0}};
    for (const Alarm &alarm : active) {
        out += "srtdesk_alarm_active{id=\"" + QByteArray::number(alarm.serviceId) + "\",kind=\""
            + toWire(alarm.kind).toLatin1() + "\",name=\"" + escapeLabel(alarm.serviceName) + "\",type=\""
            + toWire(alarm.type).toLatin1() + "\",severity=\"" + toWire(alarm.severity).toLatin1() + "\"} 1\n";
        ++bySeverity[toWire(alarm.severity)];
    }
    out += "# HELP srtdesk_alarms_active Number of active alarms by severity.\n# TYPE srtdesk_alarms_active gauge\n";
    for (auto it = bySeverity.cbegin(); it != bySeverity.cend(); ++it)
        out += "srtdesk_alarms_active{severity=\"" + it.key().toLatin1() + "\"} " + QByteArray::number(it.value()) + '\n';
    return out;
}

} // namespace srtdesk
