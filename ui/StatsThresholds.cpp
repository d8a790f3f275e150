// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatsThresholds.h"

namespace srtdesk {

namespace {

bool live(const LinkStats &stats)
{
    return stats.state == LinkState::Connected;
}

StatsThresholds::Limit limitOf(const AlarmRule &rule)
{
    StatsThresholds::Limit limit;
    limit.on = rule.enabled;
    limit.value = rule.threshold;
    limit.level = rule.severity == AlarmSeverity::Minor ? HealthLevel::Warning : HealthLevel::Critical;
    return limit;
}

HealthLevel atOrAbove(const StatsThresholds::Limit &limit, double value)
{
    return limit.on && value >= limit.value ? limit.level : HealthLevel::Normal;
}

bool sameLimit(const StatsThresholds::Limit &a, const StatsThresholds::Limit &b)
{
    return a.on == b.on && a.value == b.value && a.level == b.level;
}

} // namespace

StatsThresholds::StatsThresholds()
{
    take(AlarmRules::defaults());
}

StatsThresholds StatsThresholds::fromRules(const AlarmRules &rules)
{
    StatsThresholds thresholds;
    thresholds.take(rules);
    return thresholds;
}

void StatsThresholds::take(const AlarmRules &rules)
{
    loss = limitOf(rules.rule(AlarmType::Loss));
    rtt = limitOf(rules.rule(AlarmType::Rtt));
    lowRate = limitOf(rules.rule(AlarmType::LowBitrate));
    highRate = limitOf(rules.rule(AlarmType::HighBitrate));
}

HealthLevel StatsThresholds::lossLevel(const LinkStats &stats) const
{
    return live(stats) ? atOrAbove(loss, stats.lineLoss) : HealthLevel::Normal;
}

HealthLevel StatsThresholds::rttLevel(const LinkStats &stats) const
{
    if (!live(stats) || !stats.rttMeasured) // libsrt's start value is no measurement
        return HealthLevel::Normal;
    return atOrAbove(rtt, stats.linkRtt);
}

HealthLevel StatsThresholds::rateLevel(const LinkStats &stats) const
{
    if (!live(stats))
        return HealthLevel::Normal;
    if (lowRate.on && stats.mbitRate < lowRate.value)
        return lowRate.level;
    return atOrAbove(highRate, stats.mbitRate);
}

HealthLevel StatsThresholds::overall(const ServiceStatus &status) const
{
    if (!status.running)
        return HealthLevel::Normal;
    return worse(worse(lossLevel(status.stats), rttLevel(status.stats)), rateLevel(status.stats));
}

bool StatsThresholds::operator==(const StatsThresholds &other) const
{
    return sameLimit(loss, other.loss) && sameLimit(rtt, other.rtt) && sameLimit(lowRate, other.lowRate)
        && sameLimit(highRate, other.highRate);
}

} // namespace srtdesk
