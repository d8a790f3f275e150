// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/OpenApiParts.h"

namespace srtdesk {

QJsonObject OpenApiParts::type(const char *name)
{
    return {{QStringLiteral("type"), QLatin1String(name)}};
}

QJsonObject OpenApiParts::ref(const char *schema)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + QLatin1String(schema))}};
}

QJsonObject OpenApiParts::arrayOf(const QJsonObject &items)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

QJsonObject OpenApiParts::content(const QJsonObject &schema)
{
    return {{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}};
}

QJsonObject OpenApiParts::answer(const QString &description, const QJsonObject &schema)
{
    QJsonObject out{{QStringLiteral("description"), description}};
    if (!schema.isEmpty())
        out.insert(QStringLiteral("content"), content(schema));
    return out;
}

} // namespace srtdesk
