// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AuditAction.h"

namespace srtdesk {

QString toWire(AuditAction action)
{
    switch (action) {
    case AuditAction::ServiceAdded: return QStringLiteral("service_added");
    case AuditAction::ServiceChanged: return QStringLiteral("service_changed");
    case AuditAction::ServiceDeleted: return QStringLiteral("service_deleted");
    case AuditAction::ServiceStarted: return QStringLiteral("service_started");
    case AuditAction::ServiceStopped: return QStringLiteral("service_stopped");
    case AuditAction::ServiceRestarted: return QStringLiteral("service_restarted");
    case AuditAction::CallerKicked: return QStringLiteral("caller_kicked");
    case AuditAction::AlarmAcknowledged: return QStringLiteral("alarm_acknowledged");
    case AuditAction::AlarmRulesChanged: return QStringLiteral("alarm_rules_changed");
    case AuditAction::WebhooksChanged: return QStringLiteral("webhooks_changed");
    case AuditAction::UserAdded: return QStringLiteral("user_added");
    case AuditAction::UserChanged: return QStringLiteral("user_changed");
    case AuditAction::UserDeleted: return QStringLiteral("user_deleted");
    case AuditAction::LoginSucceeded: return QStringLiteral("login");
    case AuditAction::LoginFailed: return QStringLiteral("login_failed");
    case AuditAction::TokensRevoked: return QStringLiteral("tokens_revoked");
    }
    return QStringLiteral("unknown");
}

std::optional<AuditAction> auditActionFromWire(const QString &text)
{
    for (const AuditAction action : kAllAuditActions) {
        if (text == toWire(action))
            return action;
    }
    return std::nullopt;
}

} // namespace srtdesk
