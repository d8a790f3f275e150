// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AuditTrail;

// GET /v1/audit?since=&user=&limit= (administrators only): who changed what, when and from
// where. The query is checked by core/model (HistoryQuery::audit).
class AuditController
{
    Q_DECLARE_TR_FUNCTIONS(AuditController)

public:
    explicit AuditController(AuditTrail &audit);
    AuditController(const AuditController &) = delete;
    AuditController &operator=(const AuditController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply list(const RestCall &call) const;

    AuditTrail &m_audit;
};

} // namespace srtdesk
