// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/PrometheusMetrics.h"

#include "core/engine/SrtRuntime.h"
#include "core/model/ServiceStatistics.h"

#include <cmath>

namespace srtdesk {

namespace {

QByteArray number(double value)
{
    // Integers without an exponent or a decimal point; others with enough digits.
    if (value == double(qint64(value)) && std::abs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 12);
}

} // namespace

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

    for (const StatisticField &statistic : ServiceStatistics::all()) {
        if (statistic.metricType == MetricType::None)
            continue;
        const QByteArray name(statistic.metric);
        out += "# HELP " + name + ' ' + escapeHelp(statistic.metricHelp()) + '\n';
        out += "# TYPE " + name + (statistic.metricType == MetricType::Counter ? " counter\n" : " gauge\n");
        for (const ServiceStatus &s : services) {
            if (!statistic.appliesTo(s.config.kind))
                continue;
            out += name + "{id=\"" + QByteArray::number(s.config.id) + "\",kind=\"" + toWire(s.config.kind).toLatin1()
                + "\",name=\"" + escapeLabel(s.config.serviceName) + "\"} " + number(statistic.number(s)) + '\n';
        }
    }
    return out;
}

} // namespace srtdesk
