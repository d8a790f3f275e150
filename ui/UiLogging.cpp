// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UiLogging.h"

namespace srtdesk {
Q_LOGGING_CATEGORY(lcUi, "srtdesk.ui")
} // namespace srtdesk
