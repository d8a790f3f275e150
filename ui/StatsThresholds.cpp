// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatsThresholds.h"

namespace srtdesk {

namespace {

HealthLevel above(double value, double warning, double critical)
{
    if (value >= critical)
        return HealthLevel::Critical;
    return value >= warning ? HealthLevel::Warning : HealthLevel::Normal;
}

bool live(const LinkStats &stats)
{
    return stats.state == LinkState::Connected;
}

} // namespace

HealthLevel StatsThresholds::loss(const LinkStats &stats) const
{
    return live(stats) ? above(stats.lineLoss, lossWarningPercent, lossCriticalPercent) : HealthLevel::Normal;
}

HealthLevel StatsThresholds::rtt(const LinkStats &stats) const
{
    if (!live(stats) || !stats.rttMeasured)
        return HealthLevel::Normal;
    return above(stats.linkRtt, rttWarningMs, rttCriticalMs);
}

HealthLevel StatsThresholds::rate(const LinkStats &stats) const
{
    return live(stats) && stats.mbitRate < lowRateMbit ? HealthLevel::Warning : HealthLevel::Normal;
}

HealthLevel StatsThresholds::overall(const ServiceStatus &status) const
{
    if (!status.running)
        return HealthLevel::Normal;
    return worse(worse(loss(status.stats), rtt(status.stats)), rate(status.stats));
}

} // namespace srtdesk
