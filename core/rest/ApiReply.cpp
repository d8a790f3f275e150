// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/ApiReply.h"

#include "core/model/OrderedJson.h"

#include <QJsonObject>
#include <QStringList>

namespace srtdesk {

ApiReply ApiReply::json(const QByteArray &json, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = json;
    return reply;
}

ApiReply ApiReply::json(const OrderedJson &json, int status)
{
    return ApiReply::json(json.toJson(), status);
}

ApiReply ApiReply::text(const QByteArray &text, const QByteArray &contentType)
{
    ApiReply reply;
    reply.contentType = contentType;
    reply.body = text;
    return reply;
}

ApiReply ApiReply::error(int status, const QString &message, const FieldErrors &fields)
{
    OrderedJson body;
    body.add(QStringLiteral("error"), message);
    QJsonObject fieldObject;
    for (const FieldError &field : fields) {
        // Two problems with one field are joined into one sentence list.
        const QString previous = fieldObject.value(field.field).toString();
        fieldObject.insert(field.field, previous.isEmpty() ? field.message : previous + QLatin1Char(' ') + field.message);
    }
    body.add(QStringLiteral("fields"), QJsonValue(fieldObject));
    return json(body, status);
}

ApiReply ApiReply::badRequest(const QString &message, const FieldErrors &fields)
{
    return error(400, message, fields);
}

ApiReply ApiReply::invalidFields(const FieldErrors &fields)
{
    QStringList messages;
    for (const FieldError &field : fields)
        messages.append(field.message);
    return badRequest(messages.join(QLatin1Char(' ')), fields);
}

ApiReply ApiReply::unauthorized(const QString &message, bool invalidToken)
{
    ApiReply reply = error(401, message);
    reply.headers.append({"WWW-Authenticate", invalidToken ? QByteArray("Bearer realm=\"srtdesk\", error=\"invalid_token\"")
                                                           : QByteArray("Bearer realm=\"srtdesk\"")});
    return reply;
}

ApiReply ApiReply::notFound(const QString &message)
{
    return error(404, message);
}

ApiReply ApiReply::methodNotAllowed(const QList<QByteArray> &allowed)
{
    QStringList names;
    for (const QByteArray &method : allowed)
        names.append(QString::fromLatin1(method));
    ApiReply reply = error(405, tr("This path accepts only %1.").arg(names.join(QStringLiteral(", "))));
    reply.headers.append({"Allow", names.join(QStringLiteral(", ")).toLatin1()});
    return reply;
}

ApiReply ApiReply::payloadTooLarge(qint64 limit)
{
    return error(413, tr("The body is larger than %1 KiB.").arg(limit / 1024));
}

ApiReply ApiReply::tooManyRequests(int retryAfterSecs)
{
    ApiReply reply = error(429, tr("Too many failed logins from this address; try again in %n second(s).", nullptr,
                                   retryAfterSecs));
    reply.headers.append({"Retry-After", QByteArray::number(retryAfterSecs)});
    return reply;
}

ApiReply ApiReply::internalError(const QString &message)
{
    return error(500, message);
}

int ApiReply::statusFor(ServiceManager::Error error)
{
    switch (error) {
    case ServiceManager::Error::None:
        return 200;
    case ServiceManager::Error::NotFound:
        return 404;
    case ServiceManager::Error::Invalid:
        return 400;
    case ServiceManager::Error::Conflict:
        return 409; // a port or a name already taken
    case ServiceManager::Error::Engine:
        return 409; // the node cannot run this configuration (bonding without a bonding libsrt)
    case ServiceManager::Error::Storage:
        return 500; // the disk failed us, not the client
    }
    return 500;
}

ApiReply ApiReply::fromResult(const ServiceManager::Result &result)
{
    return error(statusFor(result.error), result.message, result.fields);
}

} // namespace srtdesk
