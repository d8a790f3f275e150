// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/OpenApiAlarmPaths.h"

#include "core/model/AlarmJson.h"
#include "core/model/AlarmRulesJson.h"
#include "core/rest/OpenApiParts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srtdesk {

namespace {

QJsonObject enumOf(QStringList values)
{
    QJsonObject out = OpenApiParts::type("string");
    out.insert(QStringLiteral("enum"), QJsonArray::fromStringList(values));
    return out;
}

// Properties typed by the values a serializer wrote; null values are nullable strings.
QJsonObject schemaOf(const OrderedJson &sample, const QJsonObject &overrides = {})
{
    const QJsonObject values = QJsonDocument::fromJson(sample.toJson()).object();
    QJsonObject properties;
    for (const QString &key : sample.keys()) {
        const QJsonValue value = values.value(key);
        QJsonObject property;
        if (overrides.contains(key))
            property = overrides.value(key).toObject();
        else if (value.isBool())
            property = OpenApiParts::type("boolean");
        else if (value.isDouble())
            property = OpenApiParts::type(key.endsWith(QLatin1String("Id")) ? "integer" : "number");
        else if (value.isObject())
            property = OpenApiParts::type("object");
        else
            property = OpenApiParts::type("string");
        if (value.isNull())
            property.insert(QStringLiteral("nullable"), true);
        properties.insert(key, property);
    }
    return {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
}

QStringList alarmTypes()
{
    QStringList names;
    for (const AlarmType t : kAllAlarmTypes)
        names << toWire(t);
    return names;
}

QJsonObject ruleSchema()
{
    QJsonObject properties{{QStringLiteral("Enabled"), OpenApiParts::type("boolean")},
                           {QStringLiteral("Threshold"), OpenApiParts::type("number")},
                           {QStringLiteral("RaiseAfterSeconds"), OpenApiParts::type("integer")},
                           {QStringLiteral("ClearAfterSeconds"), OpenApiParts::type("integer")},
                           {QStringLiteral("WindowSeconds"), OpenApiParts::type("integer")},
                           {QStringLiteral("Severity"), enumOf({QStringLiteral("minor"), QStringLiteral("major"),
                                                                QStringLiteral("critical")})}};
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("additionalProperties"), false},
            {QStringLiteral("description"),
             QStringLiteral("Threshold: low_bitrate/high_bitrate Mbit/s, loss % of packets (lost + dropped) over "
                            "WindowSeconds, rtt ms, ts_errors TR 101 290 priority 1 errors per minute; link_down, "
                            "no_input and ts_sync have none. The condition must hold RaiseAfterSeconds to raise the "
                            "alarm and be gone ClearAfterSeconds to clear it.")}};
}

QJsonObject rulesSchema(const QString &description)
{
    QJsonObject properties;
    for (const QString &name : alarmTypes())
        properties.insert(name, OpenApiParts::ref("AlarmRule"));
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("additionalProperties"), false},
            {QStringLiteral("description"), description}};
}

QJsonObject queryParameter(const char *name, const QJsonObject &schema, const char *description)
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("required"), false},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("description"), QLatin1String(description)}};
}

QJsonObject badRequest(const QString &description)
{
    return OpenApiParts::answer(description, OpenApiParts::ref("Error"));
}

} // namespace

void OpenApiAlarmPaths::addSchemas(QJsonObject &schemas)
{
    Alarm alarm;
    alarm.id = 1;
    alarm.serviceId = 1;
    alarm.raisedAtMs = 1;
    QJsonObject alarmSchema = schemaOf(
        AlarmJson::alarm(alarm),
        {{QStringLiteral("Kind"), enumOf({QStringLiteral("rx"), QStringLiteral("tx")})},
         {QStringLiteral("Type"), enumOf(alarmTypes())},
         {QStringLiteral("Severity"), enumOf({QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("critical")})},
         {QStringLiteral("RaisedAt"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                  {QStringLiteral("format"), QStringLiteral("date-time")}}},
         {QStringLiteral("ClearedAt"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                   {QStringLiteral("format"), QStringLiteral("date-time")}}},
         {QStringLiteral("AcknowledgedAt"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                        {QStringLiteral("format"), QStringLiteral("date-time")}}}});
    alarmSchema.insert(QStringLiteral("description"),
                       QStringLiteral("Times are ISO 8601 UTC; ClearedAt is null while the alarm is active. Message "
                                      "is in English."));
    schemas.insert(QStringLiteral("Alarm"), alarmSchema);

    EventRecord event;
    event.id = 1;
    event.timeMs = 1;
    QJsonObject eventSchema = schemaOf(AlarmJson::event(event));
    eventSchema.insert(QStringLiteral("description"),
                       QStringLiteral("Type: alarm_raised, alarm_cleared, alarm_acknowledged, link_up, link_down, "
                                      "service_added, service_changed, service_started, service_stopped, "
                                      "service_deleted, webhook_failed. Fields that do not apply are null. The same "
                                      "object is the body POSTed to webhooks."));
    schemas.insert(QStringLiteral("Event"), eventSchema);
    schemas.insert(QStringLiteral("AlarmRule"), ruleSchema());
    schemas.insert(QStringLiteral("AlarmRules"), rulesSchema(QStringLiteral("Every alarm type's rule.")));
    schemas.insert(QStringLiteral("AlarmOverrides"),
                   rulesSchema(QStringLiteral("The \"Alarms\" object of a service: only the rules and fields it "
                                              "changes from the global rules; {} follows them entirely.")));
    schemas.insert(QStringLiteral("Webhook"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("required"), QJsonArray{QStringLiteral("Url"), QStringLiteral("Secret")}},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("Url"), OpenApiParts::type("string")},
                                            {QStringLiteral("Secret"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                         {QStringLiteral("description"),
                                                          QStringLiteral("16 to 1024 characters; answered as "
                                                                         "\"********\", which a PUT may send back "
                                                                         "to keep it.")}}}}}});
}

bool OpenApiAlarmPaths::describe(const RestRoute &route, QJsonObject &operation, QJsonObject &responses)
{
    const QString &path = route.path;
    const bool put = route.method == QHttpServerRequest::Method::Put;
    if (path == QLatin1String("/v1/alarms")) {
        operation.insert(QStringLiteral("parameters"),
                         QJsonArray{queryParameter("all", enumOf({QStringLiteral("0"), QStringLiteral("1")}),
                                                   "1: cleared alarms too."),
                                    queryParameter("limit", OpenApiParts::type("integer"), "With all=1: the latest N (default 1000).")});
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("Alarms by Id."), OpenApiParts::arrayOf(OpenApiParts::ref("Alarm"))));
        responses.insert(QStringLiteral("400"), badRequest(QStringLiteral("An unknown or invalid parameter.")));
    } else if (path == QLatin1String("/v1/ack_alarm/{id}")) {
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("The alarm, acknowledged, and a message."), OpenApiParts::ref("Alarm")));
    } else if (path == QLatin1String("/v1/events")) {
        operation.insert(QStringLiteral("parameters"),
                         QJsonArray{queryParameter("since", QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                         {QStringLiteral("format"), QStringLiteral("date-time")}},
                                                   "ISO 8601; without an offset, UTC."),
                                    queryParameter("limit", OpenApiParts::type("integer"), "1 to 10000 (default 100).")});
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("Events by Id."), OpenApiParts::arrayOf(OpenApiParts::ref("Event"))));
        responses.insert(QStringLiteral("400"), badRequest(QStringLiteral("An unknown or invalid parameter.")));
    } else if (path == QLatin1String("/v1/alarm_rules")) {
        if (put) {
            operation.insert(QStringLiteral("requestBody"),
                             QJsonObject{{QStringLiteral("required"), true}, {QStringLiteral("content"), OpenApiParts::content(OpenApiParts::ref("AlarmOverrides"))}});
            responses.insert(QStringLiteral("400"), badRequest(QStringLiteral("Invalid rules; every failing field is listed.")));
        }
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("The global rules."), OpenApiParts::ref("AlarmRules")));
    } else if (path == QLatin1String("/v1/webhooks")) {
        if (put) {
            operation.insert(QStringLiteral("requestBody"),
                             QJsonObject{{QStringLiteral("required"), true}, {QStringLiteral("content"), OpenApiParts::content(OpenApiParts::arrayOf(OpenApiParts::ref("Webhook")))}});
            responses.insert(QStringLiteral("400"), badRequest(QStringLiteral("Invalid webhooks; every failing field is listed.")));
        }
        responses.insert(QStringLiteral("200"), OpenApiParts::answer(QStringLiteral("The webhooks, secrets masked."), OpenApiParts::arrayOf(OpenApiParts::ref("Webhook"))));
    } else {
        return false;
    }
    return true;
}

} // namespace srtdesk
