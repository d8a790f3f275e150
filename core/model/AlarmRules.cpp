// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AlarmRules.h"

namespace srtdesk {

bool AlarmRule::operator==(const AlarmRule &other) const
{
    return enabled == other.enabled && threshold == other.threshold && raiseAfterSecs == other.raiseAfterSecs
        && clearAfterSecs == other.clearAfterSecs && windowSecs == other.windowSecs && severity == other.severity;
}

AlarmRules AlarmRules::defaults()
{
    AlarmRules r;
    // The statistics tick sees a stopped input one to two intervals late: 2 s of hold-off
    // keeps "no input" within 5 s of the input stopping at the default 1 s interval.
    r.rule(AlarmType::LinkDown) = {true, 0, 5, 2, 0, AlarmSeverity::Critical};
    r.rule(AlarmType::NoInput) = {true, 0, 2, 2, 0, AlarmSeverity::Critical};
    r.rule(AlarmType::LowBitrate) = {false, 1.0, 5, 5, 0, AlarmSeverity::Major};
    r.rule(AlarmType::HighBitrate) = {false, 100.0, 5, 5, 0, AlarmSeverity::Minor};
    r.rule(AlarmType::Loss) = {true, 2.0, 0, 10, 10, AlarmSeverity::Major};
    r.rule(AlarmType::Rtt) = {true, 500.0, 10, 10, 0, AlarmSeverity::Minor};
    r.rule(AlarmType::TsErrors) = {true, 10.0, 0, 10, 0, AlarmSeverity::Major};
    r.rule(AlarmType::TsSync) = {true, 0, 1, 5, 0, AlarmSeverity::Critical};
    return r;
}

bool AlarmRules::hasThreshold(AlarmType type)
{
    return type != AlarmType::LinkDown && type != AlarmType::NoInput && type != AlarmType::TsSync;
}

bool AlarmRules::hasWindow(AlarmType type)
{
    return type == AlarmType::Loss;
}

AlarmRules::ThresholdRange AlarmRules::thresholdRange(AlarmType type)
{
    switch (type) {
    case AlarmType::LowBitrate:
    case AlarmType::HighBitrate:
        return {0, 100000, true, false}; // Mbit/s
    case AlarmType::Loss:
        return {0, 100, true, false}; // %
    case AlarmType::Rtt:
        return {1, 60000, false, false}; // ms
    case AlarmType::TsErrors:
        return {0, 1000000, false, true}; // errors per minute
    default:
        return {0, 0, false, false};
    }
}

bool AlarmRuleOverride::isEmpty() const
{
    return !enabled && !threshold && !raiseAfterSecs && !clearAfterSecs && !windowSecs && !severity;
}

void AlarmRuleOverride::applyTo(AlarmRule &rule) const
{
    rule.enabled = enabled.value_or(rule.enabled);
    rule.threshold = threshold.value_or(rule.threshold);
    rule.raiseAfterSecs = raiseAfterSecs.value_or(rule.raiseAfterSecs);
    rule.clearAfterSecs = clearAfterSecs.value_or(rule.clearAfterSecs);
    rule.windowSecs = windowSecs.value_or(rule.windowSecs);
    rule.severity = severity.value_or(rule.severity);
}

bool AlarmRuleOverride::operator==(const AlarmRuleOverride &other) const
{
    return enabled == other.enabled && threshold == other.threshold && raiseAfterSecs == other.raiseAfterSecs
        && clearAfterSecs == other.clearAfterSecs && windowSecs == other.windowSecs && severity == other.severity;
}

bool AlarmOverrides::isEmpty() const
{
    for (const AlarmRuleOverride &rule : rules) {
        if (!rule.isEmpty())
            return false;
    }
    return true;
}

AlarmRules AlarmOverrides::applyTo(const AlarmRules &global) const
{
    AlarmRules effective = global;
    for (std::size_t i = 0; i < rules.size(); ++i)
        rules[i].applyTo(effective.rules[i]);
    return effective;
}

} // namespace srtdesk
