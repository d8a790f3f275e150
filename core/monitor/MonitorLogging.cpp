// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/MonitorLogging.h"

Q_LOGGING_CATEGORY(lcMonitor, "srtdesk.monitor", QtInfoMsg)
