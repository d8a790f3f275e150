// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AlarmController.h"

#include "core/alarms/AlarmSystem.h"
#include "core/model/AlarmJson.h"
#include "core/model/AlarmRulesJson.h"
#include "core/model/HistoryQuery.h"

namespace srtdesk {

AlarmController::AlarmController(AlarmSystem &alarms) : m_alarms(alarms) {}

QList<RestRoute> AlarmController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Get, QStringLiteral("/v1/alarms"), RestPermission::Authenticated,
         tr("Active alarms of every service; ?all=1 adds cleared ones (the latest ?limit=N, default 1000)."),
         [this](const RestCall &c) { return list(c); }},
        {Method::Post, QStringLiteral("/v1/ack_alarm/{id}"), RestPermission::Authenticated,
         tr("Acknowledges an alarm, active or cleared."), [this](const RestCall &c) { return acknowledge(c.id); }},
        {Method::Get, QStringLiteral("/v1/alarm_rules"), RestPermission::Authenticated,
         tr("The global alarm rules, keyed by alarm type."), [this](const RestCall &) { return rules(); }},
        {Method::Put, QStringLiteral("/v1/alarm_rules"), RestPermission::Authenticated,
         tr("Changes global alarm rules; rules and fields absent from the body keep their value."),
         [this](const RestCall &c) { return setRules(c); }},
    };
}

ApiReply AlarmController::list(const RestCall &call)
{
    const HistoryQuery::Alarms query = HistoryQuery::alarms(call.request.query());
    if (!query.ok())
        return ApiReply::invalidFields(query.errors);
    const QList<Alarm> alarms = query.all ? m_alarms.alarms().all(query.limit) : m_alarms.alarms().active();
    QList<OrderedJson> items;
    items.reserve(alarms.size());
    for (const Alarm &alarm : alarms)
        items.append(AlarmJson::alarm(alarm));
    return ApiReply::json(OrderedJson::arrayToJson(items));
}

ApiReply AlarmController::acknowledge(qint64 id)
{
    Alarm alarm;
    const AlarmCenter::Acknowledgement result = m_alarms.alarms().acknowledge(id, &alarm);
    if (result == AlarmCenter::Acknowledgement::NotFound)
        return ApiReply::notFound(tr("There is no alarm with Id %1.").arg(id));
    OrderedJson out = AlarmJson::alarm(alarm);
    out.add(QStringLiteral("message"), result == AlarmCenter::Acknowledgement::Done
                                           ? tr("Alarm acknowledged.")
                                           : tr("The alarm was already acknowledged."));
    return ApiReply::json(out);
}

ApiReply AlarmController::rules() const
{
    return ApiReply::json(AlarmRulesJson::rules(m_alarms.rules()));
}

ApiReply AlarmController::setRules(const RestCall &call)
{
    const AlarmRulesJson::RulesResult parsed = AlarmRulesJson::parseRules(call.request.body(), m_alarms.rules());
    if (!parsed.ok())
        return ApiReply::invalidFields(parsed.errors);
    QString error;
    if (!m_alarms.setRules(parsed.rules, &error))
        return ApiReply::internalError(error);
    return ApiReply::json(AlarmRulesJson::rules(m_alarms.rules()));
}

} // namespace srtdesk
