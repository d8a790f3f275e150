// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QJsonObject>

namespace srtdesk {

// The part of /v1/openapi.json about users, roles, logout and the audit trail (issue 17):
// their schemas, taken from what UserJson and AuditJson write, and their operations.
class OpenApiUserPaths
{
public:
    static void addSchemas(QJsonObject &schemas);
    // Fills the request body, parameters and answers of `route` when it is one of these paths;
    // false otherwise.
    static bool describe(const RestRoute &route, QJsonObject &operation, QJsonObject &responses);
    // What every route that needs a token adds: the least role ("x-srtdesk-role") and its 403.
    static void describeRole(const RestRoute &route, QJsonObject &operation, QJsonObject &responses);
};

} // namespace srtdesk
