// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/ServiceSchemas.h"

#include "core/model/AlarmRulesJson.h"
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

QJsonObject ServiceSchemas::status(ServiceKind kind)
{
    QJsonObject properties;
    properties.insert(ServiceSerializer::kIdKey, typed("integer"));
    for (const ServiceField *field : ServiceFields::written(kind))
        properties.insert(field->writtenName(kind), statusProperty(*field));
    for (const StatisticField *statistic : ServiceStatistics::of(kind))
        properties.insert(statistic->name(kind), statisticProperty(*statistic));
    properties.insert(AlarmRulesJson::kServiceKey, alarmOverrides());
    return objectSchema(properties, QStringLiteral("A service's configuration, state and statistics. %1 is \"\" when "
                                                   "empty and \"%2\" when set.")
                                        .arg(ServiceFields::get(FieldId::PassPhrase, kind).apiName(),
                                             ServiceSerializer::kMask));
}

} // namespace srtdesk
