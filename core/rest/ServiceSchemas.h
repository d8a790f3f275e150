// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <QJsonObject>

namespace srtdesk {

// The OpenAPI schemas of a service's body and GET shape, written from the field table
// (ServiceFields) and the statistics table (ServiceStatistics): every name the parser
// accepts, with its type, bounds, default, help text and libsrt option.
class ServiceSchemas
{
public:
    // What add_*/update_* accept.
    static QJsonObject body(ServiceKind kind);
    // What get_* returns for one service.
    static QJsonObject status(ServiceKind kind);
};

} // namespace srtdesk
