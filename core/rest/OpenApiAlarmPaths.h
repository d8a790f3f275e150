// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QJsonObject>

namespace srtdesk {

// The part of /v1/openapi.json about alarms, events and webhooks (issue 15): their schemas,
// taken from what AlarmJson, AlarmRulesJson and WebhookJson write, and their operations.
class OpenApiAlarmPaths
{
public:
    static void addSchemas(QJsonObject &schemas);
    // Fills the request body, parameters and answers of `route` when it is one of these paths;
    // false otherwise.
    static bool describe(const RestRoute &route, QJsonObject &operation, QJsonObject &responses);
};

} // namespace srtdesk
