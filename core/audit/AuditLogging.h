// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace srtdesk {

// The audit trail: who changed what (the action and its target; the changed values only in
// the history file, never a secret anywhere).
Q_DECLARE_LOGGING_CATEGORY(lcAudit)

} // namespace srtdesk
