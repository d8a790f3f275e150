// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceConfig.h"

#include "core/model/ServiceFields.h"

namespace srtdesk {

bool ServiceConfig::operator==(const ServiceConfig &other) const
{
    if (kind != other.kind || id != other.id)
        return false;
    // Every other member is a field of the table, of one kind or the other.
    for (const ServiceField &field : ServiceFields::all()) {
        if (field.read(*this) != field.read(other))
            return false;
    }
    return true;
}

ServiceConfig ServiceConfig::defaults(ServiceKind kind)
{
    return ServiceFields::defaults(kind);
}

} // namespace srtdesk
