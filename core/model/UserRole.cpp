// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/UserRole.h"

namespace srtdesk {

QString toWire(UserRole role)
{
    switch (role) {
    case UserRole::Observer: return QStringLiteral("observer");
    case UserRole::Operator: return QStringLiteral("operator");
    case UserRole::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("observer");
}

std::optional<UserRole> userRoleFromWire(const QString &text)
{
    for (const UserRole role : kAllUserRoles) {
        if (text == toWire(role))
            return role;
    }
    return std::nullopt;
}

} // namespace srtdesk
