// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace srtdesk {

// What an alarm is about; the wire names are the REST API's "Type" values.
enum class AlarmType { LinkDown, NoInput, LowBitrate, HighBitrate, Loss, Rtt, TsErrors, TsSync };
inline constexpr std::array<AlarmType, 8> kAllAlarmTypes{AlarmType::LinkDown,   AlarmType::NoInput,
                                                         AlarmType::LowBitrate, AlarmType::HighBitrate,
                                                         AlarmType::Loss,       AlarmType::Rtt,
                                                         AlarmType::TsErrors,   AlarmType::TsSync};

enum class AlarmSeverity { Minor, Major, Critical };

// Everything the event log records.
enum class EventType {
    AlarmRaised,
    AlarmCleared,
    AlarmAcknowledged,
    LinkUp,
    LinkDown,
    ServiceAdded,
    ServiceChanged,
    ServiceStarted,
    ServiceStopped,
    ServiceDeleted,
    WebhookFailed,
};

QString toWire(AlarmType type);         // "link_down", "no_input", …
QString toWire(AlarmSeverity severity); // "minor", "major", "critical"
QString toWire(EventType type);         // "alarm_raised", "link_up", "webhook_failed", …

// Exact, case-insensitive; nullopt for anything else.
std::optional<AlarmType> alarmTypeFromWire(const QString &text);
std::optional<AlarmSeverity> alarmSeverityFromWire(const QString &text);
std::optional<EventType> eventTypeFromWire(const QString &text);

int indexOf(AlarmType type);

} // namespace srtdesk
