// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcAudit, "srtdesk.audit", QtInfoMsg)

} // namespace srtdesk
