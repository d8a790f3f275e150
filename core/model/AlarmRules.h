// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmEnums.h"

#include <array>
#include <optional>

namespace srtdesk {

// One alarm rule. The condition must hold raiseAfterSecs before the alarm is raised and be
// gone clearAfterSecs before it clears: the two hold-off times damp flapping.
struct AlarmRule
{
    bool enabled = true;
    // low_bitrate/high_bitrate: Mbit/s; loss: % of packets; rtt: ms; ts_errors: priority 1
    // errors per minute. Unused by link_down, no_input and ts_sync.
    double threshold = 0;
    int raiseAfterSecs = 0;
    int clearAfterSecs = 0;
    int windowSecs = 0; // loss only: the window the percentage is taken over
    AlarmSeverity severity = AlarmSeverity::Major;

    bool operator==(const AlarmRule &other) const;
    bool operator!=(const AlarmRule &other) const { return !(*this == other); }
};

// The rule of every alarm type: the global set, or a service's effective set.
struct AlarmRules
{
    std::array<AlarmRule, kAllAlarmTypes.size()> rules;

    // Defaults an operator can live with: link down and no input are critical and come within
    // seconds (no input within 5 s of the input stopping); bit-rate bounds are off until a
    // service says what it carries.
    static AlarmRules defaults();

    const AlarmRule &rule(AlarmType type) const { return rules[std::size_t(indexOf(type))]; }
    AlarmRule &rule(AlarmType type) { return rules[std::size_t(indexOf(type))]; }

    static bool hasThreshold(AlarmType type);
    static bool hasWindow(AlarmType type);

    // What a threshold may be (the REST API and the window's rule editors check against it).
    struct ThresholdRange
    {
        double low;  // exclusive when lowExclusive
        double high; // inclusive
        bool lowExclusive;
        bool integer;
    };
    // Unused types ({0, 0}) have no threshold.
    static ThresholdRange thresholdRange(AlarmType type);

    bool operator==(const AlarmRules &other) const { return rules == other.rules; }
    bool operator!=(const AlarmRules &other) const { return !(*this == other); }
};

// A service's changes to one rule: only what it sets differs from the global rule.
struct AlarmRuleOverride
{
    std::optional<bool> enabled;
    std::optional<double> threshold;
    std::optional<int> raiseAfterSecs;
    std::optional<int> clearAfterSecs;
    std::optional<int> windowSecs;
    std::optional<AlarmSeverity> severity;

    bool isEmpty() const;
    void applyTo(AlarmRule &rule) const;
    bool operator==(const AlarmRuleOverride &other) const;
};

// The "Alarms" object of a service: its overrides of the global rules, kept as given, so
// that a later change of a global rule still reaches every service that did not override it.
struct AlarmOverrides
{
    std::array<AlarmRuleOverride, kAllAlarmTypes.size()> rules;

    const AlarmRuleOverride &rule(AlarmType type) const { return rules[std::size_t(indexOf(type))]; }
    AlarmRuleOverride &rule(AlarmType type) { return rules[std::size_t(indexOf(type))]; }
    bool isEmpty() const;
    AlarmRules applyTo(const AlarmRules &global) const;
    bool operator==(const AlarmOverrides &other) const { return rules == other.rules; }
    bool operator!=(const AlarmOverrides &other) const { return !(*this == other); }
};

} // namespace srtdesk
