// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AlarmJson.h"

#include "core/model/AlarmText.h"

#include <QDateTime>

namespace srtdesk {

namespace {

QJsonValue timeOrNull(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(AlarmJson::isoTime(msecs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AlarmJson::isoTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

OrderedJson AlarmJson::alarm(const Alarm &alarm)
{
    OrderedJson out;
    out.add(QStringLiteral("Id"), alarm.id);
    out.add(QStringLiteral("Kind"), toWire(alarm.kind));
    out.add(QStringLiteral("ServiceId"), alarm.serviceId);
    out.add(QStringLiteral("ServiceName"), alarm.serviceName);
    out.add(QStringLiteral("Type"), toWire(alarm.type));
    out.add(QStringLiteral("Severity"), toWire(alarm.severity));
    out.add(QStringLiteral("RaisedAt"), isoTime(alarm.raisedAtMs));
    out.add(QStringLiteral("ClearedAt"), timeOrNull(alarm.clearedAtMs));
    out.add(QStringLiteral("Acknowledged"), QJsonValue(alarm.acknowledged));
    out.add(QStringLiteral("Message"), AlarmText::message(alarm));
    out.add(QStringLiteral("AcknowledgedAt"), timeOrNull(alarm.acknowledgedAtMs));
    return out;
}

OrderedJson AlarmJson::event(const EventRecord &event)
{
    const QJsonValue null(QJsonValue::Null);
    OrderedJson out;
    out.add(QStringLiteral("Id"), event.id);
    out.add(QStringLiteral("Time"), isoTime(event.timeMs));
    out.add(QStringLiteral("Type"), toWire(event.type));
    out.add(QStringLiteral("Kind"), event.hasService() ? QJsonValue(toWire(event.kind)) : null);
    out.add(QStringLiteral("ServiceId"), event.hasService() ? QJsonValue(event.serviceId) : null);
    out.add(QStringLiteral("ServiceName"), event.hasService() ? QJsonValue(event.serviceName) : null);
    out.add(QStringLiteral("AlarmId"), event.alarmId > 0 ? QJsonValue(event.alarmId) : null);
    out.add(QStringLiteral("AlarmType"), event.alarmType ? QJsonValue(toWire(*event.alarmType)) : null);
    out.add(QStringLiteral("Severity"), event.severity ? QJsonValue(toWire(*event.severity)) : null);
    out.add(QStringLiteral("Message"), AlarmText::message(event));
    return out;
}

} // namespace srtdesk
