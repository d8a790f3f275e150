// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AlarmText.h"

#include "core/UntranslatedScope.h"

#include <QLocale>

namespace srtdesk {

QString AlarmText::number(double value, int decimals)
{
    const QLocale locale = UntranslatedScope::isActive() ? QLocale::c() : QLocale();
    return locale.toString(value, 'f', decimals);
}

QString AlarmText::alarmSentence(AlarmType type, ServiceKind kind, double value, double threshold, int seconds)
{
    switch (type) {
    case AlarmType::LinkDown:
        return tr("The SRT link has been down for more than %n second(s).", nullptr, seconds);
    case AlarmType::NoInput:
        if (kind == ServiceKind::Tx)
            return tr("Nothing has arrived on the UDP input for more than %n second(s) while the link is up.", nullptr,
                      seconds);
        return tr("Nothing has been received from the SRT peer for more than %n second(s) while the link is up.",
                  nullptr, seconds);
    case AlarmType::LowBitrate:
        return tr("The bit rate is %1 Mbit/s, below the %2 Mbit/s expected.").arg(number(value, 2), number(threshold, 2));
    case AlarmType::HighBitrate:
        return tr("The bit rate is %1 Mbit/s, above the %2 Mbit/s allowed.").arg(number(value, 2), number(threshold, 2));
    case AlarmType::Loss:
        return tr("%1 % of the packets were lost or dropped over the last %n second(s) (limit %2 %).", nullptr, seconds)
            .arg(number(value, 2), number(threshold, 2));
    case AlarmType::Rtt:
        return tr("The round-trip time is %1 ms, above the %2 ms allowed.").arg(number(value, 0), number(threshold, 0));
    case AlarmType::TsErrors:
        return tr("%1 TR 101 290 priority 1 errors in the last minute (limit %2).")
            .arg(number(value, 0), number(threshold, 0));
    case AlarmType::TsSync:
        return tr("The MPEG transport stream lost sync.");
    }
    return {};
}

QString AlarmText::message(const Alarm &alarm)
{
    return alarmSentence(alarm.type, alarm.kind, alarm.value, alarm.threshold, alarm.seconds);
}

QString AlarmText::message(const EventRecord &event)
{
    const QString alarmName = event.alarmType ? title(*event.alarmType) : QString();
    switch (event.type) {
    case EventType::AlarmRaised:
        return tr("Alarm raised (%1): %2")
            .arg(alarmName,
                 event.alarmType ? alarmSentence(*event.alarmType, event.kind, event.value, event.threshold, event.seconds)
                                 : QString());
    case EventType::AlarmCleared:
        return tr("Alarm cleared: %1.").arg(alarmName);
    case EventType::AlarmAcknowledged:
        return tr("Alarm %1 acknowledged: %2.").arg(event.alarmId).arg(alarmName);
    case EventType::LinkUp:
        return tr("The SRT link is up.");
    case EventType::LinkDown:
        return event.detail.isEmpty() ? tr("The SRT link is down.") : tr("The SRT link is down: %1").arg(event.detail);
    case EventType::ServiceAdded:
        return tr("Service added.");
    case EventType::ServiceChanged:
        return tr("Service changed.");
    case EventType::ServiceStarted:
        return tr("Service started.");
    case EventType::ServiceStopped:
        return tr("Service stopped.");
    case EventType::ServiceDeleted:
        return tr("Service deleted.");
    case EventType::WebhookFailed:
        if (event.value > 0) {
            return tr("%n event(s) for the webhook %1 were dropped: its delivery queue was full.", nullptr,
                      int(event.value))
                .arg(event.subject);
        }
        return tr("An event could not be delivered to the webhook %1: %2").arg(event.subject, event.detail);
    }
    return {};
}

QString AlarmText::title(AlarmType type)
{
    switch (type) {
    case AlarmType::LinkDown: return tr("Link down");
    case AlarmType::NoInput: return tr("No input");
    case AlarmType::LowBitrate: return tr("Low bit rate");
    case AlarmType::HighBitrate: return tr("High bit rate");
    case AlarmType::Loss: return tr("Packet loss");
    case AlarmType::Rtt: return tr("High round-trip time");
    case AlarmType::TsErrors: return tr("Transport stream errors");
    case AlarmType::TsSync: return tr("Transport stream sync lost");
    }
    return {};
}

QString AlarmText::title(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Minor: return tr("Minor");
    case AlarmSeverity::Major: return tr("Major");
    case AlarmSeverity::Critical: return tr("Critical");
    }
    return {};
}

QString AlarmText::title(EventType type)
{
    switch (type) {
    case EventType::AlarmRaised: return tr("Alarm raised");
    case EventType::AlarmCleared: return tr("Alarm cleared");
    case EventType::AlarmAcknowledged: return tr("Alarm acknowledged");
    case EventType::LinkUp: return tr("Link up");
    case EventType::LinkDown: return tr("Link down");
    case EventType::ServiceAdded: return tr("Service added");
    case EventType::ServiceChanged: return tr("Service changed");
    case EventType::ServiceStarted: return tr("Service started");
    case EventType::ServiceStopped: return tr("Service stopped");
    case EventType::ServiceDeleted: return tr("Service deleted");
    case EventType::WebhookFailed: return tr("Webhook failed");
    }
    return {};
}

} // namespace srtdesk
