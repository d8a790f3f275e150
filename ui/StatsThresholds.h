// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceStatus.h"
#include "ui/HealthLevel.h"

namespace srtdesk {

// The levels at which a link's statistics are coloured as a warning or an alarm, in one place:
// the overview, the tiles and the tables read them from here, never from numbers of their own.
// Defaults until the alarm rules (core/alarms) supply the operator's own: whoever owns those
// builds a StatsThresholds from them and hands it to the views (OverviewModel::setThresholds).
struct StatsThresholds
{
    // Packets lost, % of packets since the link came up (LineLoss).
    double lossWarningPercent = 0.5;
    double lossCriticalPercent = 2.0;
    // Round-trip time, ms. SRT needs a latency of several RTTs; a long RTT eats into it.
    double rttWarningMs = 150;
    double rttCriticalMs = 400;
    // A connected link carrying less than this, Mbit/s, has (almost) no stream: a feed stopped.
    double lowRateMbit = 0.05;

    HealthLevel loss(const LinkStats &stats) const;
    HealthLevel rtt(const LinkStats &stats) const;
    HealthLevel rate(const LinkStats &stats) const;
    // The worst of the above, for a running and connected service; Normal otherwise.
    HealthLevel overall(const ServiceStatus &status) const;
};

} // namespace srtdesk
