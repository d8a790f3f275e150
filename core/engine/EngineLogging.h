// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace srtdesk {

// The engine's own messages (links up/down, rejections, socket problems).
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
// libsrt's log, routed by SrtRuntime.
Q_DECLARE_LOGGING_CATEGORY(lcLibsrt)

} // namespace srtdesk
