// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace srtdesk {

// How long the history file keeps what: events and alarms for 30 days and at most 100 000
// rows each (an active alarm is never pruned); statistics as 1-second samples for an hour and
// as 1-minute aggregates for 30 days.
struct HistoryRetention
{
    static constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

    qint64 maxAgeMs = 30 * kDayMs;
    int maxRows = 100000;
    qint64 secondSamplesMs = 3600 * 1000LL;
    qint64 minuteSamplesMs = 30 * kDayMs;
};

} // namespace srtdesk
