// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AlarmSystem;

// GET/PUT /v1/webhooks: [{"Url": "https://…", "Secret": "…"}], secrets masked in answers;
// a PUT replaces the whole list (a masked Secret keeps the stored one of the same Url).
class WebhookController
{
    Q_DECLARE_TR_FUNCTIONS(WebhookController)

public:
    explicit WebhookController(AlarmSystem &alarms);
    WebhookController(const WebhookController &) = delete;
    WebhookController &operator=(const WebhookController &) = delete;

    QList<RestRoute> routes();

private:
    ApiReply list() const;
    ApiReply replace(const RestCall &call);

    AlarmSystem &m_alarms;
};

} // namespace srtdesk
