// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QJsonObject>

namespace srtdesk {

// The part of /v1/openapi.json about what a stream carries (issue 15): the "Stream" object of
// a service, the probe's answer, and the probe and thumbnail operations.
class OpenApiStreamPaths
{
public:
    static void addSchemas(QJsonObject &schemas);
    // Fills the answers of `route` when it is a probe or thumbnail path; false otherwise.
    static bool describe(const RestRoute &route, QJsonObject &responses);
};

} // namespace srtdesk
