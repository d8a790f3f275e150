// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace srtdesk {

// What a user of the API may do, from least to most: an observer reads, an operator also runs
// services and acknowledges alarms, an administrator also changes rules, webhooks and users.
// The order is the ranking: a role may do everything a lower one may.
enum class UserRole { Observer = 0, Operator = 1, Admin = 2 };

inline constexpr UserRole kAllUserRoles[] = {UserRole::Observer, UserRole::Operator, UserRole::Admin};

QString toWire(UserRole role); // "observer" / "operator" / "admin"
std::optional<UserRole> userRoleFromWire(const QString &text);

} // namespace srtdesk
