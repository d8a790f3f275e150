// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ServiceManager.h"
#include "core/model/FieldError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace srtdesk {

class OrderedJson;

// One HTTP answer of the API. Every error the API gives is built here, in one shape:
// {"error": "<sentence>", "fields": {"<Field>": "<sentence>"}}, and every
// ServiceManager::Error is mapped to its status code here and nowhere else.
struct ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)

public:
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isError() const { return status >= 400; }

    static ApiReply json(const QByteArray &json, int status = 200);
    static ApiReply json(const OrderedJson &json, int status = 200);
    static ApiReply text(const QByteArray &text, const QByteArray &contentType);

    static ApiReply error(int status, const QString &message, const FieldErrors &fields = {});
    static ApiReply badRequest(const QString &message, const FieldErrors &fields = {});
    // 400 naming every problem of a body: each field's sentence in "fields", all of them in "error".
    static ApiReply invalidFields(const FieldErrors &fields);
    static ApiReply unauthorized(const QString &message, bool invalidToken);
    static ApiReply notFound(const QString &message);
    static ApiReply methodNotAllowed(const QList<QByteArray> &allowed);
    static ApiReply payloadTooLarge(qint64 limit);
    static ApiReply tooManyRequests(int retryAfterSecs);
    static ApiReply internalError(const QString &message);
    // The status of a failed ServiceManager call.
    static ApiReply fromResult(const ServiceManager::Result &result);

    static int statusFor(ServiceManager::Error error);
};

} // namespace srtdesk
