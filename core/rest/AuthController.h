// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/LoginThrottle.h"
#include "core/rest/RestOptions.h"
#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AuthStore;

// The API's authentication area: POST /v1/login issues bearer tokens (failed logins are
// throttled per address) and GET /v1/protected tells a client whose token it holds.
// Checking a token on every other route is RestServer's, not this controller's.
class AuthController
{
    Q_DECLARE_TR_FUNCTIONS(AuthController)

public:
    AuthController(AuthStore &auth, const RestOptions &options);
    AuthController(const AuthController &) = delete;
    AuthController &operator=(const AuthController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply login(const QHttpServerRequest &request);
    static ApiReply protectedInfo(const QString &subject);

    AuthStore &m_auth;
    int m_tokenLifetimeSecs;
    LoginThrottle m_throttle;
};

} // namespace srtdesk
