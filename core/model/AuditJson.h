// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AuditEntry.h"
#include "core/model/OrderedJson.h"

#include <QString>

#include <optional>

namespace srtdesk {

// Audit entries in GET /v1/audit: {"Id", "Time", "User", "Source", "Action", "Target",
// "Changes": [{"Field", "Old", "New"}]}; and their changes as the compact JSON the history
// file keeps in one column.
class AuditJson
{
public:
    static OrderedJson entry(const AuditEntry &entry);
    static QString changesToStored(const QList<AuditChange> &changes);
    // nullopt when the text is not a list of changes.
    static std::optional<QList<AuditChange>> changesFromStored(const QString &text);
};

} // namespace srtdesk
