// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/SystemController.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/model/OrderedJson.h"
#include "core/rest/AuthStore.h"
#include "core/rest/OpenApiDocument.h"
#include "core/rest/PrometheusMetrics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

SystemController::SystemController(const ServiceManager &manager, AlarmSystem &alarms, const AuthStore &auth,
                                   const QList<RestRoute> &allRoutes)
    : m_manager(manager), m_alarms(alarms), m_auth(auth), m_allRoutes(allRoutes)
{
}

QList<RestRoute> SystemController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Get, QStringLiteral("/v1/health"), RestPermission::Public,
         tr("Liveness, version and number of services; no token needed."),
         [this](const RestCall &) { return health(); }},
        {Method::Get, QStringLiteral("/v1/metrics"), RestPermission::Read,
         tr("Every statistic of every service, and the active alarms, in the Prometheus text format."),
         [this](const RestCall &) { return metrics(); }},
        {Method::Get, QStringLiteral("/v1/openapi.json"), RestPermission::Public,
         tr("This API described in OpenAPI 3."), [this](const RestCall &) { return openApi(); }},
    };
}

ApiReply SystemController::health() const
{
    OrderedJson services;
    services.add(QStringLiteral("rx"), m_manager.count(ServiceKind::Rx));
    services.add(QStringLiteral("tx"), m_manager.count(ServiceKind::Tx));
    OrderedJson out;
    out.add(QStringLiteral("status"), QStringLiteral("ok"));
    out.add(QStringLiteral("version"), QStringLiteral(SRTDESK_VERSION));
    out.add(QStringLiteral("services"), QJsonDocument::fromJson(services.toJson()).object());
    // Where secrets are kept: "keychain", or "file" (the 0600 fallback without a keychain).
    out.add(QStringLiteral("secretStore"), m_auth.secretStoreName());
    return ApiReply::json(out);
}

ApiReply SystemController::metrics() const
{
    return ApiReply::text(PrometheusMetrics::render(m_manager.list(), m_manager.libsrtVersion())
                              + PrometheusMetrics::renderAlarms(m_alarms.alarms().active()),
                          PrometheusMetrics::kContentType);
}

ApiReply SystemController::openApi() const
{
    return ApiReply::json(OpenApiDocument::build(m_allRoutes));
}

} // namespace srtdesk
