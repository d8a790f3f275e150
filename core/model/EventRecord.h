// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmEnums.h"
#include "core/model/ServiceEnums.h"

#include <QString>

#include <optional>

namespace srtdesk {

// One entry of the event log. As with alarms, the message is rendered from these fields
// (AlarmText) when shown, in the reader's language.
struct EventRecord
{
    qint64 id = 0;
    qint64 timeMs = 0; // UTC, ms since the epoch
    EventType type = EventType::ServiceChanged;
    qint64 serviceId = 0; // 0: not about a service (webhook failures)
    ServiceKind kind = ServiceKind::Rx;
    QString serviceName;
    // Alarm events: the alarm and what its message needs (see Alarm).
    qint64 alarmId = 0;
    std::optional<AlarmType> alarmType;
    std::optional<AlarmSeverity> severity;
    double value = 0; // alarm: measured value; webhook_failed: events dropped from a full queue
    double threshold = 0;
    int seconds = 0;
    QString subject; // webhook_failed: the receiver's URL
    QString detail;  // link_down: the engine's reason; webhook_failed: why (as the network layer says it)

    bool hasService() const { return serviceId > 0; }
};

} // namespace srtdesk
