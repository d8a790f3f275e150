// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/EngineLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcEngine, "srtdesk.engine")
Q_LOGGING_CATEGORY(lcLibsrt, "srtdesk.libsrt", QtWarningMsg)

} // namespace srtdesk
