// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace srtdesk {

// The database: opening, schema migrations, failed writes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace srtdesk
