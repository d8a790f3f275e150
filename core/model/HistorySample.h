// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"

namespace srtdesk {

// One point of a service's statistics history on disk: a 1-second sample, or a 1-minute
// aggregate of them (then rates and RTT are averages, the extremes are kept beside them, and
// counters are sums over the minute).
struct HistorySample
{
    qint64 serviceId = 0;
    qint64 timeMs = 0; // UTC ms since the epoch: the sample's time, or the minute's start
    int samples = 1;   // how many 1-second samples it sums up
    double rttMs = 0;
    double rttMaxMs = 0;
    double mbitRate = 0; // the link's send (TX) or receive (RX) rate
    double mbitRateMin = 0;
    double mbitRateMax = 0;
    double inputMbitRate = 0;
    double tsMbitRate = 0;
    qint64 packets = 0;
    qint64 lost = 0;
    qint64 dropped = 0;
    qint64 retransmitted = 0;
    TsErrorCounters tsErrors; // during the sample (or the minute)
};

} // namespace srtdesk
