// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/OpenApiUserPaths.h"

#include "core/model/AuditJson.h"
#include "core/model/UserJson.h"
#include "core/rest/OpenApiParts.h"

#include <QJsonArray>

namespace srtdesk {

namespace {

QJsonObject roleEnum()
{
    QJsonArray names;
    for (const UserRole role : kAllUserRoles)
        names.append(toWire(role));
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), names}};
}

QJsonObject object(const QJsonObject &properties, const QJsonArray &required = {})
{
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        out.insert(QStringLiteral("required"), required);
    return out;
}

QJsonObject queryParameter(const char *name, const QJsonObject &schema, const char *description)
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("required"), false},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("description"), QLatin1String(description)}};
}

QJsonObject requestBody(const char *schema)
{
    return {{QStringLiteral("required"), true}, {QStringLiteral("content"), OpenApiParts::content(OpenApiParts::ref(schema))}};
}

} // namespace

void OpenApiUserPaths::addSchemas(QJsonObject &schemas)
{
    const QJsonObject password{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("description"), QStringLiteral("8 to 1024 characters; never answered.")}};
    const QJsonObject name{{QStringLiteral("type"), QStringLiteral("string")},
                           {QStringLiteral("pattern"), QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")}};
    schemas.insert(QStringLiteral("User"), object({{QStringLiteral("Name"), name}, {QStringLiteral("Role"), roleEnum()}}));
    schemas.insert(QStringLiteral("NewUser"),
                   object({{QStringLiteral("Name"), name}, {QStringLiteral("Role"), roleEnum()},
                           {QStringLiteral("Password"), password}},
                          {QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Password")}));
    schemas.insert(QStringLiteral("UserChange"),
                   object({{QStringLiteral("Role"), roleEnum()}, {QStringLiteral("Password"), password}}));
    schemas.insert(QStringLiteral("UserDone"), object({{QStringLiteral("Name"), name},
                                                       {QStringLiteral("Role"), roleEnum()},
                                                       {QStringLiteral("message"), OpenApiParts::type("string")}}));
    const QJsonObject change = object({{QStringLiteral("Field"), OpenApiParts::type("string")},
                                       {QStringLiteral("Old"), OpenApiParts::type("string")},
                                       {QStringLiteral("New"), OpenApiParts::type("string")}});
    QJsonObject actions = OpenApiParts::type("string");
    QJsonArray actionNames;
    for (const AuditAction action : kAllAuditActions)
        actionNames.append(toWire(action));
    actions.insert(QStringLiteral("enum"), actionNames);
    QJsonObject entry = object({{QStringLiteral("Id"), OpenApiParts::type("integer")},
                                {QStringLiteral("Time"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                     {QStringLiteral("format"), QStringLiteral("date-time")}}},
                                {QStringLiteral("User"), OpenApiParts::type("string")},
                                {QStringLiteral("Source"), OpenApiParts::type("string")},
                                {QStringLiteral("Action"), actions},
                                {QStringLiteral("Target"), OpenApiParts::type("string")},
                                {QStringLiteral("Changes"), OpenApiParts::arrayOf(change)}});
    entry.insert(QStringLiteral("description"),
                 QStringLiteral("Source is the client's address, or \"local\" for the window and the command line. "
                                "A secret (passphrase, password, webhook secret) appears only as New \"changed\" or "
                                "\"removed\", never its value. A failed login with an unknown user name has User \"\"."));
    schemas.insert(QStringLiteral("AuditEntry"), entry);
}

bool OpenApiUserPaths::describe(const RestRoute &route, QJsonObject &operation, QJsonObject &responses)
{
    const QString &path = route.path;
    using Method = QHttpServerRequest::Method;
    if (path == QLatin1String("/v1/users")) {
        if (route.method == Method::Post) {
            operation.insert(QStringLiteral("requestBody"), requestBody("NewUser"));
            responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("The user, added."), OpenApiParts::ref("UserDone")));
            responses.insert(QStringLiteral("400"), OpenApiParts::answer(QStringLiteral("Invalid fields, each named."), OpenApiParts::ref("Error")));
            responses.insert(QStringLiteral("409"), OpenApiParts::answer(QStringLiteral("The name is taken."), OpenApiParts::ref("Error")));
        } else {
            responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("Every user."), OpenApiParts::arrayOf(OpenApiParts::ref("User"))));
        }
    } else if (path == QLatin1String("/v1/users/{name}")) {
        operation.insert(QStringLiteral("parameters"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("name")},
                                                {QStringLiteral("in"), QStringLiteral("path")},
                                                {QStringLiteral("required"), true},
                                                {QStringLiteral("schema"), OpenApiParts::type("string")}}});
        if (route.method == Method::Put) {
            operation.insert(QStringLiteral("requestBody"), requestBody("UserChange"));
            responses.insert(QStringLiteral("400"), OpenApiParts::answer(QStringLiteral("Invalid fields, each named."), OpenApiParts::ref("Error")));
        }
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("Done; the user's earlier tokens no longer work."),
                                                       OpenApiParts::ref("UserDone")));
        responses.insert(QStringLiteral("404"), OpenApiParts::answer(QStringLiteral("No user of this name."), OpenApiParts::ref("Error")));
        responses.insert(QStringLiteral("409"),
                         OpenApiParts::answer(QStringLiteral("The last admin cannot be deleted or demoted."), OpenApiParts::ref("Error")));
    } else if (path == QLatin1String("/v1/audit")) {
        operation.insert(QStringLiteral("parameters"),
                         QJsonArray{queryParameter("since", QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                         {QStringLiteral("format"), QStringLiteral("date-time")}},
                                                   "ISO 8601; without an offset, UTC."),
                                    queryParameter("user", OpenApiParts::type("string"), "Only this user's entries."),
                                    queryParameter("limit", OpenApiParts::type("integer"), "1 to 10000 (default 100).")});
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("Entries by Id."), OpenApiParts::arrayOf(OpenApiParts::ref("AuditEntry"))));
        responses.insert(QStringLiteral("400"), OpenApiParts::answer(QStringLiteral("An unknown or invalid parameter."), OpenApiParts::ref("Error")));
    } else if (path == QLatin1String("/v1/logout")) {
        responses.insert(QStringLiteral("200"),
                         OpenApiParts::answer(QStringLiteral("Every token of the caller is revoked."),
                                object({{QStringLiteral("message"), OpenApiParts::type("string")}})));
    } else {
        return false;
    }
    return true;
}

void OpenApiUserPaths::describeRole(const RestRoute &route, QJsonObject &operation, QJsonObject &responses)
{
    const std::optional<UserRole> least = leastRoleFor(route.permission);
    if (!least)
        return;
    operation.insert(QStringLiteral("x-srtdesk-role"), toWire(*least));
    if (*least > UserRole::Observer) {
        responses.insert(QStringLiteral("403"),
                         OpenApiParts::answer(QStringLiteral("The token's user has a role below %1.").arg(toWire(*least)), OpenApiParts::ref("Error")));
    }
}

} // namespace srtdesk
