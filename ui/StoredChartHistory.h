// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/HistorySample.h"
#include "core/model/StatsSample.h"

#include <QList>

namespace srtdesk {

class HistoryStore;

// The charts' samples from the history file (history.sqlite), so that the last day is there
// after a restart: 1-second samples within the last hour, 1-minute averages beyond, with the
// minutes not folded yet taken from the 1-second samples. A stored RTT of 0 is a sample
// without a measured RTT (the history keeps 0 for "no link" and "not measured yet") and has
// no RTT point.
class StoredChartHistory
{
public:
    StoredChartHistory() = delete;

    static QList<StatsSample> read(HistoryStore &history, bool isRx, qint64 serviceId, qint64 fromMs, qint64 toMs);
    static StatsSample toChart(const HistorySample &stored, bool isRx);
};

} // namespace srtdesk
