// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/OpenApiDocument.h"

#include "core/model/ServiceFields.h"
#include "core/model/ServiceSerializer.h"
#include "core/rest/OpenApiAlarmPaths.h"
#include "core/rest/ServiceSchemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

namespace {

QJsonObject ref(const QString &schema)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schema)}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return {{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}};
}

QJsonObject response(const QString &description, const QJsonObject &schema = {})
{
    QJsonObject out{{QStringLiteral("description"), description}};
    if (!schema.isEmpty())
        out.insert(QStringLiteral("content"), jsonContent(schema));
    return out;
}

QJsonObject errorResponse(const QString &description)
{
    return response(description, ref(QStringLiteral("Error")));
}

QString toOpenApiPath(const QString &path)
{
    return path; // "{id}" is already OpenAPI's template syntax
}

QString operationMethod(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("get");
    case QHttpServerRequest::Method::Put: return QStringLiteral("put");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("delete");
    case QHttpServerRequest::Method::Post: return QStringLiteral("post");
    default: return QStringLiteral("x-other");
    }
}

} // namespace

QByteArray OpenApiDocument::build(const QList<RestServer::Route> &routes)
{
    QJsonObject schemas;
    schemas.insert(QStringLiteral("Error"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("required"), QJsonArray{QStringLiteral("error"), QStringLiteral("fields")}},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                            {QStringLiteral("fields"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                         {QStringLiteral("additionalProperties"),
                                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}});
    const QJsonObject stringType{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject integerType{{QStringLiteral("type"), QStringLiteral("integer")}};
    schemas.insert(QStringLiteral("Login"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("required"), QJsonArray{QStringLiteral("username"), QStringLiteral("password")}},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("username"), stringType}, {QStringLiteral("password"), stringType}}}});
    schemas.insert(QStringLiteral("Token"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("jwt"), stringType},
                                            {QStringLiteral("exp"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                         {QStringLiteral("example"),
                                                          QStringLiteral("Wed, 09 Dec 2020 14:13:37 GMT")}}}}}});
    schemas.insert(QStringLiteral("Mutation"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"),
                                QJsonObject{{ServiceSerializer::kIdKey, integerType},
                                            {ServiceFields::get(FieldId::ServiceName, ServiceKind::Rx).apiName(), stringType},
                                            {QStringLiteral("message"), stringType}}}});
    schemas.insert(QStringLiteral("Health"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("status"), stringType},
                                            {QStringLiteral("version"), stringType},
                                            {QStringLiteral("services"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                         {QStringLiteral("properties"),
                                                          QJsonObject{{QStringLiteral("rx"), integerType},
                                                                      {QStringLiteral("tx"), integerType}}}}},
                                            {QStringLiteral("secretStore"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                         {QStringLiteral("enum"), QJsonArray{QStringLiteral("keychain"),
                                                                                             QStringLiteral("file")}},
                                                         {QStringLiteral("description"),
                                                          QStringLiteral("Where passphrases and API keys are kept: the "
                                                                         "system keychain, or a 0600 file in the data "
                                                                         "directory when no keychain is reachable.")}}}}}});
    schemas.insert(QStringLiteral("RxBody"), ServiceSchemas::body(ServiceKind::Rx));
    schemas.insert(QStringLiteral("TxBody"), ServiceSchemas::body(ServiceKind::Tx));
    schemas.insert(QStringLiteral("RxService"), ServiceSchemas::status(ServiceKind::Rx));
    schemas.insert(QStringLiteral("TxService"), ServiceSchemas::status(ServiceKind::Tx));
    OpenApiAlarmPaths::addSchemas(schemas);

    QJsonObject paths;
    for (const RestServer::Route &route : routes) {
        QJsonObject operation;
        operation.insert(QStringLiteral("summary"), route.summary);
        QJsonObject responses;
        const QString path = route.path;
        const bool rx = path.endsWith(QLatin1String("_rx")) || path.contains(QLatin1String("_rx/"));
        const QString kind = rx ? QStringLiteral("Rx") : QStringLiteral("Tx");
        const bool hasId = path.contains(QLatin1String("{id}"));
        const bool isService = path.contains(QLatin1String("_rx")) || path.contains(QLatin1String("_tx"));

        if (hasId) {
            operation.insert(QStringLiteral("parameters"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                                                    {QStringLiteral("in"), QStringLiteral("path")},
                                                    {QStringLiteral("required"), true},
                                                    {QStringLiteral("schema"), integerType}}});
        }
        if (OpenApiAlarmPaths::describe(route, operation, responses)) {
            // alarms, events and webhooks
        } else if (path == QLatin1String("/v1/login")) {
            operation.insert(QStringLiteral("requestBody"),
                             QJsonObject{{QStringLiteral("required"), true},
                                         {QStringLiteral("content"), jsonContent(ref(QStringLiteral("Login")))}});
            responses.insert(QStringLiteral("200"), response(QStringLiteral("A token valid for the configured lifetime."),
                                                             ref(QStringLiteral("Token"))));
            responses.insert(QStringLiteral("400"), errorResponse(QStringLiteral("Malformed body.")));
            responses.insert(QStringLiteral("401"), errorResponse(QStringLiteral("Wrong username or password.")));
            responses.insert(QStringLiteral("429"),
                             errorResponse(QStringLiteral("Too many failed logins from this address (Retry-After).")));
        } else if (path == QLatin1String("/v1/protected")) {
            responses.insert(QStringLiteral("200"),
                             response(QStringLiteral("The token's user."),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                  {QStringLiteral("properties"),
                                                   QJsonObject{{QStringLiteral("Granted Access"), stringType}}}}));
        } else if (path == QLatin1String("/v1/health")) {
            responses.insert(QStringLiteral("200"), response(QStringLiteral("The node is up."), ref(QStringLiteral("Health"))));
        } else if (path == QLatin1String("/v1/metrics")) {
            responses.insert(QStringLiteral("200"),
                             QJsonObject{{QStringLiteral("description"),
                                          QStringLiteral("Prometheus text format, samples labelled id, kind, name.")},
                                         {QStringLiteral("content"),
                                          QJsonObject{{QStringLiteral("text/plain"), QJsonObject{{QStringLiteral("schema"), stringType}}}}}});
        } else if (path == QLatin1String("/v1/openapi.json")) {
            responses.insert(QStringLiteral("200"), response(QStringLiteral("This document.")));
        } else if (isService && route.method == QHttpServerRequest::Method::Get) {
            QJsonObject item = ref(QString(kind + QStringLiteral("Service")));
            responses.insert(QStringLiteral("200"),
                             response(QStringLiteral("Configuration, state and statistics."),
                                      hasId ? item
                                            : QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                          {QStringLiteral("items"), item}}));
        } else if (isService) {
            if (route.method == QHttpServerRequest::Method::Put || route.method == QHttpServerRequest::Method::Post) {
                if (path.contains(QLatin1String("/add_")) || path.contains(QLatin1String("/update_"))) {
                    operation.insert(QStringLiteral("requestBody"),
                                     QJsonObject{{QStringLiteral("required"), true},
                                                 {QStringLiteral("content"), jsonContent(ref(QString(kind + QStringLiteral("Body"))))}});
                    responses.insert(QStringLiteral("400"),
                                     errorResponse(QStringLiteral("Malformed JSON or invalid values; every failing field "
                                                                  "is listed in fields.")));
                    responses.insert(QStringLiteral("413"), errorResponse(QStringLiteral("Body over 64 KiB.")));
                }
            }
            responses.insert(QStringLiteral("200"), response(QStringLiteral("Done."), ref(QStringLiteral("Mutation"))));
            responses.insert(QStringLiteral("409"),
                             errorResponse(QStringLiteral("A port or name already in use, or a configuration this node "
                                                          "cannot run (bonding).")));
        }
        if (route.needsToken()) {
            operation.insert(QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray{}}}});
            responses.insert(QStringLiteral("401"),
                             errorResponse(QStringLiteral("Missing, invalid or expired token (WWW-Authenticate: Bearer).")));
        }
        if (hasId) {
            responses.insert(QStringLiteral("404"), errorResponse(isService ? QStringLiteral("No service of this kind with this Id.")
                                                                            : QStringLiteral("Nothing with this Id.")));
        }
        responses.insert(QStringLiteral("405"), errorResponse(QStringLiteral("Wrong method for this path (Allow).")));
        operation.insert(QStringLiteral("responses"), responses);

        QJsonObject item = paths.value(toOpenApiPath(path)).toObject();
        item.insert(operationMethod(route.method), operation);
        paths.insert(toOpenApiPath(path), item);
    }

    QJsonObject document;
    document.insert(QStringLiteral("openapi"), QStringLiteral("3.0.3"));
    document.insert(QStringLiteral("info"),
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("SRT Desk API")},
                                {QStringLiteral("version"), QStringLiteral(SRTDESK_VERSION)},
                                {QStringLiteral("description"),
                                 QStringLiteral("The /v1 API of the original SRT container manager, served by srtdeskd. "
                                                "Errors are {\"error\": sentence, \"fields\": {Field: sentence}}; "
                                                "unknown paths give 404, bodies over 64 KiB give 413.")}});
    document.insert(QStringLiteral("paths"), paths);
    document.insert(QStringLiteral("components"),
                    QJsonObject{{QStringLiteral("schemas"), schemas},
                                {QStringLiteral("securitySchemes"),
                                 QJsonObject{{QStringLiteral("bearerAuth"),
                                              QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                          {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                                          {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}}}}});
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace srtdesk
