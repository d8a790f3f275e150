// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/AuthStore.h"
#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AuditTrail;

// The API's users (administrators only): GET/POST /v1/users, PUT/DELETE /v1/users/<name>.
// Bodies are checked by core/model (UserJson), users kept by AuthStore; every accepted change
// goes to the audit trail (a password only as "changed"). The last administrator can be
// neither deleted nor demoted (409).
class UserController
{
    Q_DECLARE_TR_FUNCTIONS(UserController)

public:
    UserController(AuthStore &auth, AuditTrail &audit);
    UserController(const UserController &) = delete;
    UserController &operator=(const UserController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply list() const;
    ApiReply add(const RestCall &call);
    ApiReply update(const RestCall &call);
    ApiReply remove(const RestCall &call);
    static ApiReply refusal(const AuthStore::Outcome &outcome);
    static ApiReply done(const QString &name, std::optional<UserRole> role, const QString &message);

    AuthStore &m_auth;
    AuditTrail &m_audit;
};

} // namespace srtdesk
