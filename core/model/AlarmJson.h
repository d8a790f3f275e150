// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/EventRecord.h"
#include "core/model/OrderedJson.h"

namespace srtdesk {

// The JSON of alarms (GET /v1/alarms) and events (GET /v1/events, webhook bodies). Times
// are ISO 8601 UTC with milliseconds; fields that do not apply are null. Messages are
// rendered by AlarmText in the caller's scope (English inside an UntranslatedScope).
class AlarmJson
{
public:
    static OrderedJson alarm(const Alarm &alarm);
    static OrderedJson event(const EventRecord &event);
    static QString isoTime(qint64 msecsSinceEpoch);
};

} // namespace srtdesk
