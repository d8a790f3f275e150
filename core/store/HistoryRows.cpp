// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/HistoryRows.h"

#include "core/store/HistorySchema.h"

#include <QStringList>

#include <cmath>

namespace srtdesk {

namespace {

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString tsColumns()
{
    QStringList columns;
    for (const char *column : HistorySchema::kTsColumns)
        columns << QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}

// Every text column is NOT NULL: a null QString binds as NULL, so it goes in as "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A NaN would be stored as NULL.
double real(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

qint64 *tsCounter(TsErrorCounters &counters, int index)
{
    qint64 *const fields[8] = {&counters.syncLosses, &counters.syncByteErrors, &counters.patErrors,
                               &counters.ccErrors,   &counters.pmtErrors,      &counters.pidErrors,
                               &counters.pcrRepetitionErrors, &counters.pcrDiscontinuities};
    return fields[index];
}

} // namespace

const QString HistoryRows::kEventColumns = QStringLiteral(
    "id, time_ms, type, service_id, kind, service_name, alarm_id, alarm_type, severity, value, threshold, seconds, "
    "subject, detail");
const QString HistoryRows::kAlarmColumns = QStringLiteral(
    "id, service_id, kind, service_name, type, severity, raised_at, cleared_at, acknowledged, acknowledged_at, value, "
    "threshold, seconds");

QString HistoryRows::sampleColumns(bool aggregate)
{
    if (aggregate) {
        return QStringLiteral("service_id, time_ms, samples, rtt, rtt_max, rate, rate_min, rate_max, input_rate, "
                              "ts_rate, packets, lost, dropped, retransmitted, ")
            + tsColumns();
    }
    return QStringLiteral("service_id, time_ms, rtt, rate, input_rate, ts_rate, packets, lost, dropped, retransmitted, ")
        + tsColumns();
}

QString HistoryRows::insertEventSql()
{
    return QStringLiteral("INSERT OR REPLACE INTO events (") + kEventColumns + QStringLiteral(") VALUES (")
        + placeholders(14) + QLatin1Char(')');
}

QString HistoryRows::upsertAlarmSql()
{
    return QStringLiteral("INSERT OR REPLACE INTO alarms (") + kAlarmColumns + QStringLiteral(") VALUES (")
        + placeholders(13) + QLatin1Char(')');
}

QString HistoryRows::insertSecondSql()
{
    return QStringLiteral("INSERT OR REPLACE INTO samples_second (") + sampleColumns(false) + QStringLiteral(") VALUES (")
        + placeholders(18) + QLatin1Char(')');
}

void HistoryRows::bind(QSqlQuery &query, const EventRecord &event)
{
    query.addBindValue(event.id);
    query.addBindValue(event.timeMs);
    query.addBindValue(toWire(event.type));
    query.addBindValue(event.serviceId);
    query.addBindValue(toWire(event.kind));
    query.addBindValue(text(event.serviceName));
    query.addBindValue(event.alarmId);
    query.addBindValue(event.alarmType ? toWire(*event.alarmType) : QStringLiteral(""));
    query.addBindValue(event.severity ? toWire(*event.severity) : QStringLiteral(""));
    query.addBindValue(real(event.value));
    query.addBindValue(real(event.threshold));
    query.addBindValue(event.seconds);
    query.addBindValue(text(event.subject));
    query.addBindValue(text(event.detail));
}

void HistoryRows::bind(QSqlQuery &query, const Alarm &alarm)
{
    query.addBindValue(alarm.id);
    query.addBindValue(alarm.serviceId);
    query.addBindValue(toWire(alarm.kind));
    query.addBindValue(text(alarm.serviceName));
    query.addBindValue(toWire(alarm.type));
    query.addBindValue(toWire(alarm.severity));
    query.addBindValue(alarm.raisedAtMs);
    query.addBindValue(alarm.clearedAtMs);
    query.addBindValue(alarm.acknowledged ? 1 : 0);
    query.addBindValue(alarm.acknowledgedAtMs);
    query.addBindValue(real(alarm.value));
    query.addBindValue(real(alarm.threshold));
    query.addBindValue(alarm.seconds);
}

void HistoryRows::bind(QSqlQuery &query, const HistorySample &sample)
{
    query.addBindValue(sample.serviceId);
    query.addBindValue(sample.timeMs);
    query.addBindValue(real(sample.rttMs));
    query.addBindValue(real(sample.mbitRate));
    query.addBindValue(real(sample.inputMbitRate));
    query.addBindValue(real(sample.tsMbitRate));
    query.addBindValue(sample.packets);
    query.addBindValue(sample.lost);
    query.addBindValue(sample.dropped);
    query.addBindValue(sample.retransmitted);
    TsErrorCounters counters = sample.tsErrors;
    for (int i = 0; i < 8; ++i)
        query.addBindValue(*tsCounter(counters, i));
}

std::optional<EventRecord> HistoryRows::event(const QSqlQuery &query)
{
    const auto type = eventTypeFromWire(query.value(2).toString());
    const auto kind = serviceKindFromWire(query.value(4).toString());
    if (!type || !kind)
        return std::nullopt;
    EventRecord event;
    event.id = query.value(0).toLongLong();
    event.timeMs = query.value(1).toLongLong();
    event.type = *type;
    event.serviceId = query.value(3).toLongLong();
    event.kind = *kind;
    event.serviceName = query.value(5).toString();
    event.alarmId = query.value(6).toLongLong();
    event.alarmType = alarmTypeFromWire(query.value(7).toString());
    event.severity = alarmSeverityFromWire(query.value(8).toString());
    event.value = query.value(9).toDouble();
    event.threshold = query.value(10).toDouble();
    event.seconds = query.value(11).toInt();
    event.subject = query.value(12).toString();
    event.detail = query.value(13).toString();
    return event;
}

std::optional<Alarm> HistoryRows::alarm(const QSqlQuery &query)
{
    const auto kind = serviceKindFromWire(query.value(2).toString());
    const auto type = alarmTypeFromWire(query.value(4).toString());
    const auto severity = alarmSeverityFromWire(query.value(5).toString());
    if (!kind || !type || !severity)
        return std::nullopt;
    Alarm alarm;
    alarm.id = query.value(0).toLongLong();
    alarm.serviceId = query.value(1).toLongLong();
    alarm.kind = *kind;
    alarm.serviceName = query.value(3).toString();
    alarm.type = *type;
    alarm.severity = *severity;
    alarm.raisedAtMs = query.value(6).toLongLong();
    alarm.clearedAtMs = query.value(7).toLongLong();
    alarm.acknowledged = query.value(8).toInt() != 0;
    alarm.acknowledgedAtMs = query.value(9).toLongLong();
    alarm.value = query.value(10).toDouble();
    alarm.threshold = query.value(11).toDouble();
    alarm.seconds = query.value(12).toInt();
    return alarm;
}

HistorySample HistoryRows::sample(const QSqlQuery &query, bool aggregate)
{
    HistorySample sample;
    int column = 0;
    sample.serviceId = query.value(column++).toLongLong();
    sample.timeMs = query.value(column++).toLongLong();
    sample.samples = aggregate ? query.value(column++).toInt() : 1;
    sample.rttMs = query.value(column++).toDouble();
    sample.rttMaxMs = aggregate ? query.value(column++).toDouble() : sample.rttMs;
    sample.mbitRate = query.value(column++).toDouble();
    sample.mbitRateMin = aggregate ? query.value(column++).toDouble() : sample.mbitRate;
    sample.mbitRateMax = aggregate ? query.value(column++).toDouble() : sample.mbitRate;
    sample.inputMbitRate = query.value(column++).toDouble();
    sample.tsMbitRate = query.value(column++).toDouble();
    sample.packets = query.value(column++).toLongLong();
    sample.lost = query.value(column++).toLongLong();
    sample.dropped = query.value(column++).toLongLong();
    sample.retransmitted = query.value(column++).toLongLong();
    for (int i = 0; i < 8; ++i)
        *tsCounter(sample.tsErrors, i) = query.value(column++).toLongLong();
    return sample;
}

} // namespace srtdesk
