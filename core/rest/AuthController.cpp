// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AuthController.h"

#include "core/model/OrderedJson.h"
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

AuthController::AuthController(AuthStore &auth, const RestOptions &options)
    : m_auth(auth),
      m_tokenLifetimeSecs(options.tokenLifetimeSecs),
      m_throttle(options.maxFailedLogins, options.failedLoginWindowSecs)
{
}

QList<RestRoute> AuthController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Post, QStringLiteral("/v1/login"), RestPermission::Public,
         tr("Log in with {username, password}; returns a bearer token and its expiry."),
         [this](const RestCall &call) { return login(call.request); }},
        {Method::Get, QStringLiteral("/v1/protected"), RestPermission::Authenticated,
         tr("Checks a token; returns its user."),
         [](const RestCall &call) { return protectedInfo(call.subject); }},
    };
}

ApiReply AuthController::login(const QHttpServerRequest &request)
{
    const QHostAddress address = request.remoteAddress();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const int wait = m_throttle.retryAfterSecs(address, now); wait > 0) {
        qCWarning(lcRest).noquote() << "login from" << address.toString() << "refused: too many failures";
        return ApiReply::tooManyRequests(wait);
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
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
    if (password.size() > 4096 || !m_auth.checkCredentials(username, password)) {
        m_throttle.recordFailure(address, now);
        qCWarning(lcRest).noquote() << "failed login from" << address.toString();
        return ApiReply::unauthorized(tr("Wrong username or password."), false);
    }
    m_throttle.recordSuccess(address);

    const TokenCodec codec(m_auth.signingKey(), m_tokenLifetimeSecs);
    const TokenCodec::Token token = codec.issue(m_auth.username(), QDateTime::currentSecsSinceEpoch());
    if (token.jwt.isEmpty())
        return ApiReply::internalError(tr("The token could not be created."));
    qCInfo(lcRest).noquote() << "login of" << m_auth.username() << "from" << address.toString();
    OrderedJson out;
    out.add(QStringLiteral("jwt"), QString::fromLatin1(token.jwt));
    out.add(QStringLiteral("exp"), httpDate(token.expiresAt));
    return ApiReply::json(out);
}

ApiReply AuthController::protectedInfo(const QString &subject)
{
    OrderedJson out;
    out.add(QStringLiteral("Granted Access"), subject);
    return ApiReply::json(out);
}

} // namespace srtdesk
