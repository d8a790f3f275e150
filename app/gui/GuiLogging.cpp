// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/GuiLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcGui, "srtdesk.gui")

} // namespace srtdesk
