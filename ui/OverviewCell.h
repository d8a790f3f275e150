// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/HealthLevel.h"

#include <QString>

#include <functional>

namespace srtdesk {

// One cell of the overview that another part fills in (the stream's health from the
// monitoring, the service's alarms from the alarm rules): a short text, the full story for the
// tooltip, and a level that colours it. An empty text shows an empty cell.
struct OverviewCell
{
    QString text;
    QString toolTip;
    HealthLevel level = HealthLevel::Normal;

    bool operator==(const OverviewCell &other) const
    {
        return level == other.level && text == other.text && toolTip == other.toolTip;
    }
    bool operator!=(const OverviewCell &other) const { return !(*this == other); }
};

// Reads the cell of one service (by id). Called on every statistics tick for every row: it
// must be cheap (a lookup in a snapshot, not a computation).
using OverviewCellSource = std::function<OverviewCell(qint64 serviceId)>;

} // namespace srtdesk
