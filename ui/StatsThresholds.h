// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/ServiceStatus.h"
#include "ui/HealthLevel.h"

namespace srtdesk {

// Where a link's statistics turn amber or red, taken from the alarm rules (a service's
// effective rules: the global ones with its overrides), never from numbers of the window's
// own: a value at or beyond a rule's threshold takes the rule's severity (minor: warning,
// major and critical: alarm colour); a rule that is off colours nothing. The overview, the
// tiles and the sparklines read them from here.
struct StatsThresholds
{
    struct Limit
    {
        bool on = false;
        double value = 0;
        HealthLevel level = HealthLevel::Critical;
    };

    // The default rules' (AlarmRules::defaults()).
    StatsThresholds();
    static StatsThresholds fromRules(const AlarmRules &rules);

    // Loss: the loss rule's percentage, against the link's loss since it came up (LineLoss).
    Limit loss;
    Limit rtt;      // ms
    Limit lowRate;  // Mbit/s: a connected link carrying less
    Limit highRate; // Mbit/s: a connected link carrying more

    HealthLevel lossLevel(const LinkStats &stats) const;
    HealthLevel rttLevel(const LinkStats &stats) const;
    HealthLevel rateLevel(const LinkStats &stats) const;
    // The worst of the above, for a running and connected service; Normal otherwise.
    HealthLevel overall(const ServiceStatus &status) const;

    bool operator==(const StatsThresholds &other) const;
    bool operator!=(const StatsThresholds &other) const { return !(*this == other); }

private:
    void take(const AlarmRules &rules);
};

} // namespace srtdesk
