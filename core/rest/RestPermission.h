// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/UserRole.h"

#include <optional>

namespace srtdesk {

// What a caller must hold to reach a route. Every route names one in its controller's route
// table; RestServer::authorize checks it, in that one place, before any handler runs: the
// token's user must have at least the role the level asks for.
enum class RestPermission
{
    Public,     // anyone, without a token (login, health, the OpenAPI document)
    Read,       // every user: observer, operator, admin (services, statistics, alarms, events)
    Operate,    // operator and admin: change, start and stop services, acknowledge alarms
    Administer, // admin only: alarm rules, webhooks, users, the audit trail
};

// The least role that holds `permission`; nullopt for Public (no token needed).
inline std::optional<UserRole> leastRoleFor(RestPermission permission)
{
    switch (permission) {
    case RestPermission::Public: return std::nullopt;
    case RestPermission::Read: return UserRole::Observer;
    case RestPermission::Operate: return UserRole::Operator;
    case RestPermission::Administer: return UserRole::Admin;
    }
    return UserRole::Admin; // a level added without a rule: the strictest
}

} // namespace srtdesk
