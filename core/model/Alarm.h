// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmEnums.h"
#include "core/model/ServiceEnums.h"

#include <QString>

namespace srtdesk {

// One alarm of one service, from raised to cleared. The message is not stored as text: it
// is rendered from type and parameters (AlarmText), in English for the API and webhooks
// and in the operator's language in the GUI.
struct Alarm
{
    qint64 id = 0;
    qint64 serviceId = 0;
    ServiceKind kind = ServiceKind::Rx;
    QString serviceName;
    AlarmType type = AlarmType::LinkDown;
    AlarmSeverity severity = AlarmSeverity::Major;
    qint64 raisedAtMs = 0;  // UTC, ms since the epoch
    qint64 clearedAtMs = 0; // 0 while active
    bool acknowledged = false;
    qint64 acknowledgedAtMs = 0;
    // What the message says: the measured value when raised (Mbit/s, %, ms, errors per
    // minute), the rule's threshold, and its seconds (hold-off, or the loss window).
    double value = 0;
    double threshold = 0;
    int seconds = 0;

    bool isActive() const { return clearedAtMs == 0; }
};

} // namespace srtdesk
