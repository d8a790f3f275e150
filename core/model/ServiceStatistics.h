// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StatisticField.h"

#include <QList>

namespace srtdesk {

// The table of statistics: what the original's GET shape reports after a service's
// configuration (Status, ContainerId, the link's counters and rates, Connected,
// Reconnections), in its order, then SRT Desk's extensions. The serializer, the Prometheus
// output and the OpenAPI document are driven by it; the engine fills LinkStats.
// See docs/ARCHITECTURE.md, "Field tables".
class ServiceStatistics
{
public:
    static const QList<StatisticField> &all();
    // The statistics a service of `kind` reports, in the order the GET shape writes them.
    static QList<const StatisticField *> of(ServiceKind kind);
};

} // namespace srtdesk
