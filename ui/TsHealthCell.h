// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"
#include "ui/OverviewCell.h"

#include <QCoreApplication>

namespace srtdesk {

// The overview's Stream column from a service's StreamHealth: "TS OK", priority 1 errors of
// the last interval, "Not TS", or nothing without a stream. Its colour is the severity of the
// service's active ts_errors/ts_sync alarm (the alarm rules), amber for errors below the
// rule's threshold.
class TsHealthCell
{
    Q_DECLARE_TR_FUNCTIONS(srtdesk::OverviewModel)

public:
    static OverviewCell of(const StreamHealth &health, HealthLevel alarmLevel);
};

} // namespace srtdesk
