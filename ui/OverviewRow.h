// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceStatus.h"
#include "ui/OverviewCell.h"
#include "ui/StatsThresholds.h"

#include <QList>
#include <QString>

namespace srtdesk {

// What the overview keeps of one service: its last status, the recent bit rates behind its
// sparkline, the cells other parts supply, and its place among paired services.
struct OverviewRow
{
    ServiceStatus status;
    QList<double> sparkline; // Mbit/s, oldest first
    OverviewCell tsHealth;
    OverviewCell alarms;
    StatsThresholds thresholds; // the service's effective alarm rules, for the colours
    qint64 group = 0;       // ServicePairing::groupOf
    qint64 upstream = 0;    // the service whose stream this one receives, 0: none
    QString upstreamText;   // that in a sentence, empty when none
    int statsIntervalMs = 1000; // how far apart the sparkline's points are
};

} // namespace srtdesk
