// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/AlarmsLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcAlarms, "srtdesk.alarms", QtInfoMsg)

} // namespace srtdesk
