// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/LoginThrottle.h"
#include "core/rest/RestOptions.h"
#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AuditTrail;
class AuthStore;

// The API's authentication area: POST /v1/login issues bearer tokens (failed logins are
// throttled per address and per user name, and every attempt goes to the audit trail),
// GET /v1/protected tells a client whose token it holds and its role, and POST /v1/logout
// revokes every token of the caller. Checking a token on every other route is RestServer's,
// not this controller's.
class AuthController
{
    Q_DECLARE_TR_FUNCTIONS(AuthController)

public:
    AuthController(AuthStore &auth, const RestOptions &options, AuditTrail &audit);
    AuthController(const AuthController &) = delete;
    AuthController &operator=(const AuthController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply login(const RestCall &call);
    ApiReply refuseLogin(const RestCall &call, const QString &username, qint64 nowMsecs);
    ApiReply logout(const RestCall &call);
    static ApiReply protectedInfo(const RestCall &call);
    static QString userKey(const QString &username);

    AuthStore &m_auth;
    AuditTrail &m_audit;
    int m_tokenLifetimeSecs;
    LoginThrottle m_throttle;     // per client address
    LoginThrottle m_userThrottle; // per user name, from any address
};

} // namespace srtdesk
