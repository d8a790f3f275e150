// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/AuditEntry.h"
#include "core/model/ServiceConfig.h"
#include "core/model/UserRole.h"
#include "core/model/Webhook.h"

#include <QList>

#include <optional>

namespace srtdesk {

// What a change changed, field by field (old → new), for the audit trail. Service fields come
// from the field table (ServiceFields), so a new field is audited without a line here.
// Secrets never appear: a passphrase, password or webhook secret that changed is written as
// "changed" ("removed" when it was cleared), with no old value.
class AuditChanges
{
public:
    static inline const QString kChanged = QStringLiteral("changed");
    static inline const QString kRemoved = QStringLiteral("removed");
    static inline const QString kAdded = QStringLiteral("added");

    // nullopt before: an added service (every field it has, old values empty); nullopt after:
    // a deleted one. Fields that kept their value are left out.
    static QList<AuditChange> service(const std::optional<ServiceConfig> &before,
                                      const std::optional<ServiceConfig> &after);
    // A service's "Alarms" overrides, as one field of compact JSON on each side.
    static QList<AuditChange> alarmOverrides(const AlarmOverrides &before, const AlarmOverrides &after);
    // "rtt.Threshold": "200" → "250".
    static QList<AuditChange> rules(const AlarmRules &before, const AlarmRules &after);
    // One change per receiver added, removed, or whose secret changed, named by its Url as
    // logs show it (without user info).
    static QList<AuditChange> webhooks(const QList<Webhook> &before, const QList<Webhook> &after);
    // A user's role and whether the password changed (its value is never seen here).
    static QList<AuditChange> user(std::optional<UserRole> roleBefore, std::optional<UserRole> roleAfter,
                                   bool passwordChanged);
};

} // namespace srtdesk
