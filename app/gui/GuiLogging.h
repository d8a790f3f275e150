// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace srtdesk {

// The desktop program's own start and stop (app/gui): "srtdesk.gui".
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace srtdesk
