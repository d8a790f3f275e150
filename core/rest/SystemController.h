// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AlarmSystem;

class AuthStore;
class ServiceManager;

// The node as a whole: GET /v1/health (liveness, version, service counts, where secrets are
// kept), GET /v1/metrics (Prometheus) and GET /v1/openapi.json (generated from `allRoutes`,
// the server's complete route table, so the document cannot drift from the code).
class SystemController
{
    Q_DECLARE_TR_FUNCTIONS(SystemController)

public:
    SystemController(const ServiceManager &manager, AlarmSystem &alarms, const AuthStore &auth,
                     const QList<RestRoute> &allRoutes);
    SystemController(const SystemController &) = delete;
    SystemController &operator=(const SystemController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply health() const;
    ApiReply metrics() const;
    ApiReply openApi() const;

    const ServiceManager &m_manager;
    AlarmSystem &m_alarms;
    const AuthStore &m_auth;
    const QList<RestRoute> &m_allRoutes;
};

} // namespace srtdesk
