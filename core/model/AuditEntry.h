// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AuditAction.h"

#include <QList>
#include <QString>

namespace srtdesk {

// One field that a change changed, as text. A secret (passphrase, password, webhook secret)
// never appears: its change is written as "changed" (or "removed"), its value nowhere.
struct AuditChange
{
    QString field;
    QString oldValue;
    QString newValue;

    bool operator==(const AuditChange &other) const
    {
        return field == other.field && oldValue == other.oldValue && newValue == other.newValue;
    }
};

// One entry of the audit trail: who did what, when, from where.
struct AuditEntry
{
    static inline const QString kLocalSource = QStringLiteral("local");

    qint64 id = 0;
    qint64 timeMs = 0; // UTC, ms since the epoch
    QString user;      // the API user, or the local user of the window / command line
    QString source;    // the client's address, or kLocalSource for the window and the command line
    AuditAction action = AuditAction::ServiceChanged;
    QString target;    // what was acted on: "rx 3 Studio feed", "user alice", "alarm 12"
    QList<AuditChange> changes;
};

} // namespace srtdesk
