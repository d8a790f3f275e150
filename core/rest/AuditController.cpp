// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AuditController.h"

#include "core/audit/AuditTrail.h"
#include "core/model/AuditJson.h"
#include "core/model/HistoryQuery.h"

namespace srtdesk {

AuditController::AuditController(AuditTrail &audit) : m_audit(audit) {}

QList<RestRoute> AuditController::routes()
{
    return {
        {QHttpServerRequest::Method::Get, QStringLiteral("/v1/audit"), RestPermission::Administer,
         tr("The audit trail: accepted changes and login attempts from ?since=<ISO 8601> on, oldest first, of "
            "?user=<name> only, at most ?limit=N (default 100); without since, the latest N."),
         [this](const RestCall &c) { return list(c); }},
    };
}

ApiReply AuditController::list(const RestCall &call) const
{
    const HistoryQuery::Audit query = HistoryQuery::audit(call.request.query());
    if (!query.ok())
        return ApiReply::invalidFields(query.errors);
    const QList<AuditEntry> entries = m_audit.query(query.sinceMs, query.user, query.limit);
    QList<OrderedJson> items;
    items.reserve(entries.size());
    for (const AuditEntry &entry : entries)
        items.append(AuditJson::entry(entry));
    return ApiReply::json(OrderedJson::arrayToJson(items));
}

} // namespace srtdesk
