// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestServer.h"

#include <QByteArray>
#include <QList>

namespace srtdesk {

// /v1/openapi.json: every route of RestServer (from its route table, so that the document
// cannot drift from the code), the bodies and GET shapes of the original (ServiceSchemas,
// from the field and statistics tables) and every error the API gives.
class OpenApiDocument
{
public:
    static QByteArray build(const QList<RestServer::Route> &routes);
};

} // namespace srtdesk
