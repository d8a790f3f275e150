// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/ServiceStatus.h"

#include <QByteArray>
#include <QList>

namespace srtdesk {

// Every statistic of every service in the Prometheus text exposition format (0.0.4), each
// sample labelled with the service's id, kind ("rx"/"tx") and name. The metrics are the
// statistics table's (ServiceStatistics) that have a Prometheus name.
class PrometheusMetrics
{
public:
    static inline const QByteArray kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // `libsrtVersion` labels srtdesk_info (ServiceManager::libsrtVersion()).
    static QByteArray render(const QList<ServiceStatus> &services, const QString &libsrtVersion);
    // srtdesk_alarm_active (one series per active alarm) and srtdesk_alarms_active by severity.
    static QByteArray renderAlarms(const QList<Alarm> &active);
    // A label value with \, " and newlines escaped.
    static QByteArray escapeLabel(const QString &value);
    // A HELP text with \ and newlines escaped.
    static QByteArray escapeHelp(const QString &text);

private:
    // TX listeners' callers: one series per caller, labelled peer="ip:port".
    static QByteArray renderCallers(const QList<ServiceStatus> &services);
};

} // namespace srtdesk
