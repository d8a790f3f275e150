// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditTrail.h"

#include "core/audit/AuditLogging.h"
#include "core/model/AuditChanges.h"
#include "core/store/HistoryStore.h"

#include <QDateTime>

#include <pwd.h>
#include <unistd.h>

namespace srtdesk {

AuditTrail::Actor AuditTrail::Actor::local()
{
    QString name;
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        name = QString::fromLocal8Bit(entry->pw_name);
    if (name.isEmpty())
        name = QString::fromLocal8Bit(qgetenv("USER"));
    if (name.isEmpty())
        name = QStringLiteral("uid-%1").arg(::geteuid());
    return {name, AuditEntry::kLocalSource};
}

AuditTrail::AuditTrail(HistoryStore &history, QObject *parent)
    : QObject(parent), m_history(history), m_lastId(history.lastAuditId())
{
}

AuditTrail::~AuditTrail() = default;

AuditEntry AuditTrail::record(AuditEntry entry)
{
    entry.id = ++m_lastId;
    if (entry.timeMs == 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_history.addAudit(entry);
    // What changed stays in the history file; the log says who did what.
    qCInfo(lcAudit).noquote() << entry.user + QLatin1Char('@') + entry.source << toWire(entry.action) << entry.target;
    emit recorded(entry);
    return entry;
}

AuditEntry AuditTrail::record(const Actor &actor, AuditAction action, const QString &target,
                              const QList<AuditChange> &changes)
{
    AuditEntry entry;
    entry.user = actor.user;
    entry.source = actor.source;
    entry.action = action;
    entry.target = target;
    entry.changes = changes;
    return record(entry);
}

AuditEntry AuditTrail::recordService(AuditAction action, const Actor &actor, const std::optional<ServiceConfig> &before,
                                     const std::optional<ServiceConfig> &after, const QList<AuditChange> &moreChanges)
{
    const ServiceConfig &named = after ? *after : *before;
    return record(actor, action, serviceTarget(named), AuditChanges::service(before, after) + moreChanges);
}

AuditEntry AuditTrail::recordCallerKicked(const Actor &actor, const ServiceConfig &service, const QString &callerAddress)
{
    return record(actor, AuditAction::CallerKicked, serviceTarget(service),
                  {{QStringLiteral("Caller"), callerAddress, QString()}});
}

QList<AuditEntry> AuditTrail::query(qint64 sinceMs, const QString &user, int limit) const
{
    return m_history.audit(sinceMs, user, limit);
}

QString AuditTrail::serviceTarget(const ServiceConfig &config)
{
    return toWire(config.kind) + QLatin1Char(' ') + QString::number(config.id) + QLatin1Char(' ') + config.serviceName;
}

} // namespace srtdesk
