// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// How a value looks against the rules: as expected, worth a look, or an alarm.
enum class HealthLevel { Normal, Warning, Critical };

inline HealthLevel worse(HealthLevel a, HealthLevel b)
{
    return int(a) >= int(b) ? a : b;
}

} // namespace srtdesk
