// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/WebhookController.h"

#include "core/alarms/AlarmSystem.h"
#include "core/model/WebhookJson.h"

namespace srtdesk {

WebhookController::WebhookController(AlarmSystem &alarms) : m_alarms(alarms) {}

QList<RestRoute> WebhookController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Get, QStringLiteral("/v1/webhooks"), RestPermission::Authenticated,
         tr("The webhooks every event is posted to; secrets are masked."), [this](const RestCall &) { return list(); }},
        {Method::Put, QStringLiteral("/v1/webhooks"), RestPermission::Authenticated,
         tr("Replaces the webhooks. Each event is POSTed with X-SrtDesk-Signature: sha256=<HMAC-SHA256 of the body "
            "with the Secret>; Secret \"********\" keeps the stored one of the same Url."),
         [this](const RestCall &c) { return replace(c); }},
    };
}

ApiReply WebhookController::list() const
{
    return ApiReply::json(WebhookJson::masked(m_alarms.webhooks()));
}

ApiReply WebhookController::replace(const RestCall &call)
{
    const WebhookJson::Result parsed = WebhookJson::parse(call.request.body(), m_alarms.webhooks());
    if (!parsed.ok())
        return ApiReply::invalidFields(parsed.errors);
    QString error;
    if (!m_alarms.setWebhooks(parsed.webhooks, &error))
        return ApiReply::internalError(error);
    return list();
}

} // namespace srtdesk
