// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/EventController.h"

#include "core/alarms/AlarmSystem.h"
#include "core/model/AlarmJson.h"
#include "core/model/HistoryQuery.h"

namespace srtdesk {

EventController::EventController(AlarmSystem &alarms) : m_alarms(alarms) {}

QList<RestRoute> EventController::routes()
{
    return {
        {QHttpServerRequest::Method::Get, QStringLiteral("/v1/events"), RestPermission::Authenticated,
         tr("Events from ?since=<ISO 8601> on, oldest first, at most ?limit=N (default 100); without since, the "
            "latest N."),
         [this](const RestCall &c) { return list(c); }},
    };
}

ApiReply EventController::list(const RestCall &call)
{
    const HistoryQuery::Events query = HistoryQuery::events(call.request.query());
    if (!query.ok())
        return ApiReply::invalidFields(query.errors);
    const QList<EventRecord> events = m_alarms.events().events(query.sinceMs, query.limit);
    QList<OrderedJson> items;
    items.reserve(events.size());
    for (const EventRecord &event : events)
        items.append(AlarmJson::event(event));
    return ApiReply::json(OrderedJson::arrayToJson(items));
}

} // namespace srtdesk
