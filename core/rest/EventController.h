// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AlarmSystem;

// GET /v1/events?since=<ISO 8601>&limit=N: the event log, oldest first (without since, the
// latest N). Events survive restarts (the history file), within its retention.
class EventController
{
    Q_DECLARE_TR_FUNCTIONS(EventController)

public:
    explicit EventController(AlarmSystem &alarms);
    EventController(const EventController &) = delete;
    EventController &operator=(const EventController &) = delete;

    QList<RestRoute> routes();

private:
    ApiReply list(const RestCall &call);

    AlarmSystem &m_alarms;
};

} // namespace srtdesk
