// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/AuditEntry.h"
#include "core/model/ServiceConfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace srtdesk {

class HistoryStore;

// The node's audit trail: every accepted change (services, alarms, rules, webhooks, users) and
// every login attempt, with its time, user, source address and what changed (old → new per
// field; a secret only as "changed"). Kept in the history file's `audit` table with the same
// retention as events; writing is batched by the history writer, reading includes what still
// waits to be written.
//
// The REST API records as the token's user and the client's address. The window records its
// own changes as the local user: Actor::local() (the account running the process, source
// "local"), e.g. after ServiceManager::update() succeeded:
//     audit.recordService(AuditAction::ServiceChanged, AuditTrail::Actor::local(), before, after);
// and shows query() with its filters. Lives in the owner thread.
class AuditTrail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrail)

public:
    // Who made a change, and from where.
    struct Actor
    {
        QString user;
        QString source; // the client's address, or AuditEntry::kLocalSource
        // The account this process runs as, on this computer (the window, the command line).
        static Actor local();
    };

    explicit AuditTrail(HistoryStore &history, QObject *parent = nullptr);
    ~AuditTrail() override;

    // Records `entry` (its id and, when 0, its time are set here) and returns it as recorded.
    AuditEntry record(AuditEntry entry);
    AuditEntry record(const Actor &actor, AuditAction action, const QString &target,
                      const QList<AuditChange> &changes = {});

    // A service added (before empty), changed, deleted (after empty), started, stopped or
    // restarted (before and after the same): the fields that changed come from the field table.
    AuditEntry recordService(AuditAction action, const Actor &actor, const std::optional<ServiceConfig> &before,
                             const std::optional<ServiceConfig> &after, const QList<AuditChange> &moreChanges = {});
    // A listener's caller disconnected by hand. No route does this yet; the one that will calls
    // this after the engine dropped the caller.
    AuditEntry recordCallerKicked(const Actor &actor, const ServiceConfig &service, const QString &callerAddress);

    // From `sinceMs` on, oldest first, at most `limit`; sinceMs < 0: the latest `limit`.
    // `user` empty: every user's.
    QList<AuditEntry> query(qint64 sinceMs, const QString &user, int limit) const;

    // "rx 3 Studio feed": how entries name a service.
    static QString serviceTarget(const ServiceConfig &config);

signals:
    void recorded(const srtdesk::AuditEntry &entry);

private:
    HistoryStore &m_history;
    qint64 m_lastId = 0;
};

} // namespace srtdesk
