// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    static QByteArray render(const QList<ServiceStatus> &services);
    // A label value with \, " and newlines escaped.
    static QByteArray escapeLabel(const QString &value);
    // A HELP text with \ and newlines escaped.
    static QByteArray escapeHelp(const QString &text);
};

} // namespace srtdesk
