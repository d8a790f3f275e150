// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "ui/OverviewCell.h"

#include <QHash>
#include <QList>

namespace srtdesk {

// The overview's Alarms column: a snapshot of the active alarms by service, taken when they
// change, so that the model's per-tick read of every row is a lookup. One alarm reads as its
// name ("No input"), more as a count; the tooltip has each message; the level is the worst
// severity's (minor: warning, major and critical: alarm colour).
class OverviewAlarmCells
{
public:
    void update(const QList<Alarm> &active);
    OverviewCell cell(qint64 serviceId) const { return m_cells.value(serviceId); }
    // The level of the service's active ts_errors/ts_sync alarms (the Stream column's colour).
    HealthLevel streamLevel(qint64 serviceId) const { return m_streamLevels.value(serviceId, HealthLevel::Normal); }

private:
    QHash<qint64, OverviewCell> m_cells;
    QHash<qint64, HealthLevel> m_streamLevels;
};

} // namespace srtdesk
