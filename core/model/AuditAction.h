// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace srtdesk {

// What an entry of the audit trail records: an accepted change, or a login attempt.
enum class AuditAction {
    ServiceAdded,
    ServiceChanged,
    ServiceDeleted,
    ServiceStarted,
    ServiceStopped,
    ServiceRestarted,
    CallerKicked, // a listener's caller disconnected by hand (no route yet: AuditTrail::recordCallerKicked)
    AlarmAcknowledged,
    AlarmRulesChanged,
    WebhooksChanged,
    UserAdded,
    UserChanged,
    UserDeleted,
    LoginSucceeded,
    LoginFailed,
    TokensRevoked, // a user ended every session of theirs (POST /v1/logout)
};

inline constexpr AuditAction kAllAuditActions[] = {
    AuditAction::ServiceAdded,      AuditAction::ServiceChanged,    AuditAction::ServiceDeleted,
    AuditAction::ServiceStarted,    AuditAction::ServiceStopped,    AuditAction::ServiceRestarted,
    AuditAction::CallerKicked,      AuditAction::AlarmAcknowledged, AuditAction::AlarmRulesChanged,
    AuditAction::WebhooksChanged,   AuditAction::UserAdded,         AuditAction::UserChanged,
    AuditAction::UserDeleted,       AuditAction::LoginSucceeded,    AuditAction::LoginFailed,
    AuditAction::TokensRevoked,
};

QString toWire(AuditAction action); // "service_added", "login_failed", …
std::optional<AuditAction> auditActionFromWire(const QString &text);

} // namespace srtdesk
