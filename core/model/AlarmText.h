// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/EventRecord.h"

#include <QCoreApplication>

namespace srtdesk {

// The sentences of alarms and events, rendered when shown: in English inside an
// UntranslatedScope (the REST API, webhooks), in the installed translation elsewhere (the GUI).
// Numbers follow the same rule (C locale in English, the operator's locale otherwise).
class AlarmText
{
    Q_DECLARE_TR_FUNCTIONS(AlarmText)

public:
    static QString message(const Alarm &alarm);
    static QString message(const EventRecord &event);
    // Short names for tables and filters: "No input", "Critical".
    static QString title(AlarmType type);
    static QString title(AlarmSeverity severity);
    static QString title(EventType type);

private:
    static QString number(double value, int decimals);
    static QString alarmSentence(AlarmType type, ServiceKind kind, double value, double threshold, int seconds);
};

} // namespace srtdesk
