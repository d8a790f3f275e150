// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AuthController.h"

#include "core/audit/AuditTrail.h"
#include "core/model/OrderedJson.h"
#include "core/model/UserJson.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestLogging.h"
#include "core/rest/TokenCodec.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace srtdesk {

namespace {

// "Wed, 09 Dec 2020 14:13:37 GMT" (RFC 1123, as Flask wrote it).
QString httpDate(qint64 secsSinceEpoch)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace

AuthController::AuthController(AuthStore &auth, const RestOptions &options, AuditTrail &audit)
    : m_auth(auth),
      m_audit(audit),
      m_tokenLifetimeSecs(options.tokenLifetimeSecs),
      m_throttle(options.maxFailedLogins, options.failedLoginWindowSecs),
      m_userThrottle(options.maxFailedLoginsPerUser, options.failedLoginWindowSecs)
{
}

QList<RestRoute> AuthController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Post, QStringLiteral("/v1/login"), RestPermission::Public,
         tr("Log in with {username, password}; returns a bearer token and its expiry."),
         [this](const RestCall &call) { return login(call); }},
        {Method::Get, QStringLiteral("/v1/protected"), RestPermission::Read,
         tr("Checks a token; returns its user and role."),
         [](const RestCall &call) { return protectedInfo(call); }},
        {Method::Post, QStringLiteral("/v1/logout"), RestPermission::Read,
         tr("Revokes every token of the caller (every session of this user ends)."),
         [this](const RestCall &call) { return logout(call); }},
    };
}

// Failures of one name count together however it is written; names are short.
QString AuthController::userKey(const QString &username)
{
    return QStringLiteral("user:") + username.left(UserJson::kMaxNameLength).toCaseFolded();
}

ApiReply AuthController::login(const RestCall &call)
{
    const QHostAddress address = call.request.remoteAddress();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const int wait = m_throttle.retryAfterSecs(address, now); wait > 0) {
        qCWarning(lcRest).noquote() << "login from" << address.toString() << "refused: too many failures";
        return ApiReply::tooManyRequests(wait);
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiReply::badRequest(tr("The body must be a JSON object {\"username\": …, \"password\": …}."),
                                    {{QStringLiteral("body"), tr("The body is not a JSON object.")}});
    }
    const QJsonObject body = document.object();
    FieldErrors problems;
    for (const QString &field : {QStringLiteral("username"), QStringLiteral("password")}) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty())
            problems.append({field, tr("%1 is required (text).").arg(field)});
    }
    if (!problems.isEmpty())
        return ApiReply::invalidFields(problems);

    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (const int wait = m_userThrottle.retryAfterSecs(userKey(username), now); wait > 0) {
        qCWarning(lcRest).noquote() << "login from" << address.toString() << "refused: too many failures for one user";
        return ApiReply::tooManyRequests(
            wait, tr("Too many failed logins for this user; try again in %n second(s).", nullptr, wait));
    }
    const auto user = password.size() > 4096 ? std::nullopt : m_auth.authenticate(username, password);
    if (!user)
        return refuseLogin(call, username, now);
    m_throttle.recordSuccess(address);
    m_userThrottle.recordSuccess(userKey(username));

    const TokenCodec codec(m_auth.signingKey(), m_tokenLifetimeSecs);
    const TokenCodec::Token token = codec.issue(user->name, QDateTime::currentSecsSinceEpoch(), toWire(user->role),
                                                user->generation);
    if (token.jwt.isEmpty())
        return ApiReply::internalError(tr("The token could not be created."));
    qCInfo(lcRest).noquote() << "login of" << user->name << "from" << address.toString();
    m_audit.record({user->name, call.source()}, AuditAction::LoginSucceeded, QStringLiteral("user ") + user->name);
    OrderedJson out;
    out.add(QStringLiteral("jwt"), QString::fromLatin1(token.jwt));
    out.add(QStringLiteral("exp"), httpDate(token.expiresAt));
    return ApiReply::json(out);
}

// A name that is no user's is not written anywhere: people type passwords into name fields.
ApiReply AuthController::refuseLogin(const RestCall &call, const QString &username, qint64 nowMsecs)
{
    m_throttle.recordFailure(call.request.remoteAddress(), nowMsecs);
    m_userThrottle.recordFailure(userKey(username), nowMsecs);
    const bool known = m_auth.user(username).has_value();
    qCWarning(lcRest).noquote() << "failed login from" << call.source()
                                << (known ? QStringLiteral("as ") + username : QStringLiteral("with an unknown user name"));
    m_audit.record({known ? username : QString(), call.source()}, AuditAction::LoginFailed,
                   known ? QStringLiteral("user ") + username : QStringLiteral("unknown user"));
    return ApiReply::unauthorized(tr("Wrong username or password."), false);
}

ApiReply AuthController::logout(const RestCall &call)
{
    const AuthStore::Outcome outcome = m_auth.revokeTokens(call.subject);
    if (!outcome.ok())
        return ApiReply::internalError(outcome.message);
    m_audit.record({call.subject, call.source()}, AuditAction::TokensRevoked, QStringLiteral("user ") + call.subject);
    OrderedJson out;
    out.add(QStringLiteral("message"), tr("Every token of %1 is revoked; log in again to go on.").arg(call.subject));
    return ApiReply::json(out);
}

ApiReply AuthController::protectedInfo(const RestCall &call)
{
    OrderedJson out;
    out.add(QStringLiteral("Granted Access"), call.subject);
    out.add(QStringLiteral("Role"), toWire(call.role));
    return ApiReply::json(out);
}

} // namespace srtdesk
