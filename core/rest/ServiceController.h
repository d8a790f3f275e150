// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ServiceManager.h"
#include "core/model/AuditAction.h"
#include "core/model/ServiceEnums.h"
#include "core/rest/RestRoute.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <optional>

namespace srtdesk {

class AuditTrail;

// The services of one kind (RX or TX) over the original API: add, update, delete, get (one or
// all), start, stop and restart; for TX also kick (issue 14) and the Callers of get. Bodies
// are parsed and validated by core/model; every change goes through ServiceManager, and every
// accepted one to the audit trail. A QObject only to follow the manager's signals for its list cache.
class ServiceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceController)

public:
    ServiceController(ServiceKind kind, ServiceManager &manager, AuditTrail &audit, QObject *parent = nullptr);
    ~ServiceController() override;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    using Action = ServiceManager::Result (ServiceManager::*)(qint64);

    QString path(const char *verb, bool withId) const;
    ApiReply add(const RestCall &call);
    ApiReply update(const RestCall &call);
    ApiReply list();
    ApiReply get(qint64 id);
    // delete, start, stop, restart: one ServiceManager call on an existing service of this kind.
    ApiReply act(const RestCall &call, Action action, AuditAction audited);
    // TX: kick_tx, one caller of a listener disconnected.
    ApiReply kick(const RestCall &call);

    // An error reply when `id` is not a service of this controller's kind.
    std::optional<ApiReply> checkKind(qint64 id) const;
    static ApiReply mutationReply(const ServiceManager::Result &result, const QString &serviceName);

    ServiceKind m_kind;
    QString m_label; // "RX" or "TX", in messages and summaries
    ServiceManager &m_manager;
    AuditTrail &m_audit;

    // The GET list body, reused until a service is added, changed, removed or changes state,
    // the statistics are sampled again, or kListCacheMs pass: serialising every service for
    // every request was what bounded the API's throughput.
    static constexpr qint64 kListCacheMs = 100;
    QByteArray m_listBody;
    qint64 m_listBuiltAtMs = -1;
    QElapsedTimer m_clock;
};

} // namespace srtdesk
