// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/ServiceSchemas.h"

#include "core/model/AlarmRulesJson.h"
#include "core/model/CallerJson.h"
#include "core/model/StreamJson.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceStatistics.h"

#include <QJsonArray>

namespace srtdesk {

namespace {

QJsonObject typed(const char *type)
{
    return {{QStringLiteral("type"), QLatin1String(type)}};
}

QJsonValue defaultOf(const ServiceField &field, ServiceKind kind)
{
    const FieldValue value = field.defaultValue(kind);
    if (const auto *flag = std::get_if<bool>(&value))
        return int(*flag);
    if (const auto *number = std::get_if<qint64>(&value)) {
        if (field.type == FieldType::Choice)
            return field.valueText(*number, FieldNaming::Api);
        return *number;
    }
    return std::get<QString>(value);
}

QJsonArray wireWords(const ServiceField &field)
{
    QJsonArray words;
    for (const FieldChoice &choice : field.choices)
        words.append(field.valueText(choice.value, FieldNaming::Api));
    return words;
}

// A field that is not checked while its condition is off (FecCols with FEC off: the original
// sends 0) has no bounds a body must keep; its help text states them.
bool boundsAlwaysApply(const ServiceField &field)
{
    return field.condition == FieldCondition::Always || field.checkedWhenOff;
}

// The value as the parser takes it: numbers also as numeric strings, flags also as booleans.
QJsonObject bodyValue(const ServiceField &field)
{
    const QJsonObject numericString{{QStringLiteral("type"), QStringLiteral("string")},
                                    {QStringLiteral("pattern"), QStringLiteral("^\\s*-?[0-9]+\\s*$")}};
    switch (field.type) {
    case FieldType::Integer: {
        QJsonObject number = typed("integer");
        if (!field.choices.isEmpty()) {
            QJsonArray values;
            for (const FieldChoice &choice : field.choices)
                values.append(choice.value);
            number.insert(QStringLiteral("enum"), values);
        } else if (boundsAlwaysApply(field)) {
            number.insert(QStringLiteral("minimum"), field.minimum);
            if (field.limited())
                number.insert(QStringLiteral("maximum"), field.maximum);
        }
        return {{QStringLiteral("oneOf"), QJsonArray{number, numericString}}};
    }
    case FieldType::Flag: {
        QJsonObject bit = typed("integer");
        bit.insert(QStringLiteral("enum"), QJsonArray{0, 1});
        return {{QStringLiteral("oneOf"), QJsonArray{bit, typed("boolean"), numericString}}};
    }
    case FieldType::Choice: {
        QJsonObject word = typed("string");
        word.insert(QStringLiteral("x-values"), wireWords(field)); // in any case, so not an enum
        return word;
    }
    default: {
        QJsonObject text = typed("string");
        if (field.type != FieldType::Passphrase && field.limited())
            text.insert(QStringLiteral("maxLength"), field.maximum);
        return text;
    }
    }
}

QJsonObject bodyProperty(const ServiceField &field, ServiceKind kind)
{
    QJsonObject property = bodyValue(field);
    property.insert(QStringLiteral("description"), field.translatedHelp());
    property.insert(QStringLiteral("default"), defaultOf(field, kind));
    if (field.unit)
        property.insert(QStringLiteral("x-unit"), field.unitText());
    if (field.libsrt)
        property.insert(QStringLiteral("x-libsrt"), QString::fromUtf8(field.libsrt));
    return property;
}

QJsonObject statusProperty(const ServiceField &field)
{
    QJsonObject property;
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Flag:
        property = typed("integer");
        break;
    case FieldType::Choice:
        property = typed("string");
        property.insert(QStringLiteral("enum"), wireWords(field));
        break;
    default:
        property = typed("string");
        break;
    }
    property.insert(QStringLiteral("description"), field.translatedHelp());
    return property;
}

QJsonObject statisticProperty(const StatisticField &statistic)
{
    static const char *const types[] = {"integer", "number", "string"};
    QJsonObject property = typed(types[int(statistic.type)]);
    property.insert(QStringLiteral("description"), QString::fromUtf8(statistic.description));
    if (statistic.unit)
        property.insert(QStringLiteral("x-unit"), QString::fromUtf8(statistic.unit));
    return property;
}

// Defined by OpenApiAlarmPaths::addSchemas.
QJsonObject alarmOverrides()
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/AlarmOverrides")}};
}

QJsonObject objectSchema(const QJsonObject &properties, const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("description"), description}};
}

} // namespace

QJsonObject ServiceSchemas::body(ServiceKind kind)
{
    QJsonObject properties;
    for (const ServiceField *field : ServiceFields::of(kind)) {
        const QJsonObject property = bodyProperty(*field, kind);
        properties.insert(field->apiName(), property);
        for (const QString &alias : field->acceptedNames()) {
            if (alias == field->apiName())
                continue;
            QJsonObject same = property;
            same.insert(QStringLiteral("description"),
                        QStringLiteral("Another spelling of %1 that the original used.").arg(field->apiName()));
            properties.insert(alias, same);
        }
    }
    properties.insert(AlarmRulesJson::kServiceKey, alarmOverrides());
    const ServiceField &passphrase = ServiceFields::get(FieldId::PassPhrase, kind);
    return objectSchema(properties,
                        QStringLiteral("The original API's body. Numbers may be sent as numeric strings, enumerations "
                                       "in any case. Absent fields keep their default (add) or stored value (update). "
                                       "%1 is empty or %2-%3 characters; \"%4\" keeps the stored one.")
                            .arg(passphrase.apiName())
                            .arg(passphrase.minimum)
                            .arg(passphrase.maximum)
                            .arg(ServiceSerializer::kMask));
}

QJsonObject ServiceSchemas::caller()
{
    const auto described = [](const char *type, const char *text, const char *unit = nullptr) {
        QJsonObject property = typed(type);
        property.insert(QStringLiteral("description"), QLatin1String(text));
        if (unit)
            property.insert(QStringLiteral("x-unit"), QLatin1String(unit));
        return property;
    };
    QJsonObject since = described("string", "When it connected, ISO 8601 in UTC.");
    since.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    const QJsonObject properties{
        {QLatin1String(CallerJson::kPeerKey), described("string", "Its address, ip:port or [ipv6]:port; kick_tx takes it.")},
        {QStringLiteral("StreamId"), described("string", "The stream ID it sent (SRTO_STREAMID); empty if none.")},
        {QStringLiteral("ConnectedSince"), since},
        {QStringLiteral("LinkRtt"), described("number", "Round-trip time of its link.", "ms")},
        {QStringLiteral("SendMbitRate"), described("number", "Rate sent to it over the last statistics interval.", "Mbit/s")},
        {QStringLiteral("SendPacketsLost"), described("integer", "Packets it reported lost since it connected.", "packets")},
        {QStringLiteral("SendPacketsRetransmitted"), described("integer", "Packets sent to it again.", "packets")},
        {QStringLiteral("SendPacketsDropped"), described("integer", "Packets dropped for it as too late.", "packets")},
    };
    QJsonObject schema = objectSchema(properties, QStringLiteral("One caller of a TX listener (issue 14)."));
    QJsonArray required;
    for (const QString &key : CallerJson::keys())
        required.append(key);
    schema.insert(QStringLiteral("required"), required);
    return schema;
}

QJsonObject ServiceSchemas::callers()
{
    return {{QStringLiteral("type"), QStringLiteral("array")},
            {QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Caller")}}},
            {QStringLiteral("description"),
             QStringLiteral("A TX listener's connected callers (MaxCallers of them at most), each with its own link "
                            "statistics; empty for a caller or rendezvous TX and while nobody is connected.")}};
}

QJsonObject ServiceSchemas::kickBody()
{
    QJsonObject peer = typed("string");
    peer.insert(QStringLiteral("description"), QStringLiteral("The caller's address as Callers shows it."));
    QJsonObject schema = objectSchema(QJsonObject{{QLatin1String(CallerJson::kPeerKey), peer}},
                                      QStringLiteral("The caller kick_tx disconnects."));
    schema.insert(QStringLiteral("required"), QJsonArray{QLatin1String(CallerJson::kPeerKey)});
    return schema;
}

QJsonObject ServiceSchemas::status(ServiceKind kind)
{
    QJsonObject properties;
    properties.insert(ServiceSerializer::kIdKey, typed("integer"));
    for (const ServiceField *field : ServiceFields::written(kind))
        properties.insert(field->writtenName(kind), statusProperty(*field));
    for (const StatisticField *statistic : ServiceStatistics::of(kind))
        properties.insert(statistic->name(kind), statisticProperty(*statistic));
    if (kind == ServiceKind::Tx) {
        properties.insert(QLatin1String(CallerJson::kCallersKey),
                          QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Callers")}});
    }
    properties.insert(AlarmRulesJson::kServiceKey, alarmOverrides());
    properties.insert(StreamJson::kServiceKey,
                      QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/StreamHealth")}});
    return objectSchema(properties, QStringLiteral("A service's configuration, state and statistics. %1 is \"\" when "
                                                   "empty and \"%2\" when set.")
                                        .arg(ServiceFields::get(FieldId::PassPhrase, kind).apiName(),
                                             ServiceSerializer::kMask));
}

} // namespace srtdesk
