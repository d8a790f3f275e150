// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace srtdesk {

// The small JSON Schema / OpenAPI objects the parts of /v1/openapi.json are built from.
class OpenApiParts
{
public:
    static QJsonObject type(const char *name);                     // {"type": name}
    static QJsonObject ref(const char *schema);                    // {"$ref": "#/components/schemas/<schema>"}
    static QJsonObject arrayOf(const QJsonObject &items);          // an array of `items`
    static QJsonObject content(const QJsonObject &schema);         // application/json with `schema`
    static QJsonObject answer(const QString &description, const QJsonObject &schema = {}); // a response
};

} // namespace srtdesk
