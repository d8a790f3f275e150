// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AlarmEnums.h"

namespace srtdesk {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromWire(const QString &text, const std::array<Enum, N> &values)
{
    const QString wanted = text.trimmed();
    for (const Enum value : values) {
        if (wanted.compare(toWire(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

constexpr std::array<AlarmSeverity, 3> kSeverities{AlarmSeverity::Minor, AlarmSeverity::Major, AlarmSeverity::Critical};
constexpr std::array<EventType, 11> kEventTypes{
    EventType::AlarmRaised,    EventType::AlarmCleared,   EventType::AlarmAcknowledged, EventType::LinkUp,
    EventType::LinkDown,       EventType::ServiceAdded,   EventType::ServiceChanged,    EventType::ServiceStarted,
    EventType::ServiceStopped, EventType::ServiceDeleted, EventType::WebhookFailed};

} // namespace

QString toWire(AlarmType type)
{
    switch (type) {
    case AlarmType::LinkDown: return QStringLiteral("link_down");
    case AlarmType::NoInput: return QStringLiteral("no_input");
    case AlarmType::LowBitrate: return QStringLiteral("low_bitrate");
    case AlarmType::HighBitrate: return QStringLiteral("high_bitrate");
    case AlarmType::Loss: return QStringLiteral("loss");
    case AlarmType::Rtt: return QStringLiteral("rtt");
    case AlarmType::TsErrors: return QStringLiteral("ts_errors");
    case AlarmType::TsSync: return QStringLiteral("ts_sync");
    }
    return QStringLiteral("link_down");
}

QString toWire(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Minor: return QStringLiteral("minor");
    case AlarmSeverity::Major: return QStringLiteral("major");
    case AlarmSeverity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("major");
}

QString toWire(EventType type)
{
    switch (type) {
    case EventType::AlarmRaised: return QStringLiteral("alarm_raised");
    case EventType::AlarmCleared: return QStringLiteral("alarm_cleared");
    case EventType::AlarmAcknowledged: return QStringLiteral("alarm_acknowledged");
    case EventType::LinkUp: return QStringLiteral("link_up");
    case EventType::LinkDown: return QStringLiteral("link_down");
    case EventType::ServiceAdded: return QStringLiteral("service_added");
    case EventType::ServiceChanged: return QStringLiteral("service_changed");
    case EventType::ServiceStarted: return QStringLiteral("service_started");
    case EventType::ServiceStopped: return QStringLiteral("service_stopped");
    case EventType::ServiceDeleted: return QStringLiteral("service_deleted");
    case EventType::WebhookFailed: return QStringLiteral("webhook_failed");
    }
    return QStringLiteral("service_changed");
}

std::optional<AlarmType> alarmTypeFromWire(const QString &text)
{
    return fromWire(text, kAllAlarmTypes);
}

std::optional<AlarmSeverity> alarmSeverityFromWire(const QString &text)
{
    return fromWire(text, kSeverities);
}

std::optional<EventType> eventTypeFromWire(const QString &text)
{
    return fromWire(text, kEventTypes);
}

int indexOf(AlarmType type)
{
    return int(type);
}

} // namespace srtdesk
