// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/ApiReply.h"
#include "core/rest/RestCall.h"
#include "core/rest/RestPermission.h"

#include <QHttpServerRequest>
#include <QString>

#include <functional>

namespace srtdesk {

// One line of the API's route table. Controllers declare their routes with these; RestServer
// matches the path, checks `permission` and the limits, and only then calls `handler`.
// /v1/openapi.json is generated from the same table.
struct RestRoute
{
    using Handler = std::function<ApiReply(const RestCall &)>;

    QHttpServerRequest::Method method;
    QString path; // "/v1/get_rx" or "/v1/get_rx/{id}"
    RestPermission permission;
    QString summary; // for /v1/openapi.json
    Handler handler;

    bool needsToken() const { return permission != RestPermission::Public; }
};

} // namespace srtdesk
