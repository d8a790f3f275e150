// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace srtdesk {

// Alarms raised and cleared, the event log, webhook deliveries.
Q_DECLARE_LOGGING_CATEGORY(lcAlarms)

} // namespace srtdesk
