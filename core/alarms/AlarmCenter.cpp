// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/AlarmCenter.h"

#include "core/ServiceManager.h"
#include "core/UntranslatedScope.h"
#include "core/alarms/AlarmsLogging.h"
#include "core/alarms/EventLog.h"
#include "core/model/AlarmText.h"
#include "core/store/HistoryStore.h"

#include <QDateTime>
#include <QSet>

namespace srtdesk {

AlarmCenter::AlarmCenter(ServiceManager &manager, EventLog &events, HistoryStore &history, QObject *parent)
    : QObject(parent), m_manager(manager), m_events(events), m_history(history), m_lastId(history.lastAlarmId())
{
    adoptActive();
    connect(&m_manager, &ServiceManager::statisticsSampled, this, &AlarmCenter::evaluate);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, &AlarmCenter::onServiceStateChanged);
    connect(&m_manager, &ServiceManager::serviceRemoved, this,
            [this](qint64 id) { clearService(id, QDateTime::currentMSecsSinceEpoch()); });
}

AlarmCenter::~AlarmCenter() = default;

void AlarmCenter::adoptActive()
{
    const QList<Alarm> stillActive = m_history.activeAlarms();
    for (const Alarm &alarm : stillActive) {
        m_active.emplace(alarm.id, alarm);
        m_evaluators[alarm.serviceId].adoptRaised(alarm.type);
    }
}

AlarmRules AlarmCenter::effectiveRules(qint64 serviceId) const
{
    return m_manager.alarmOverrides(serviceId).applyTo(m_rules);
}

QList<Alarm> AlarmCenter::active() const
{
    QList<Alarm> result;
    for (const auto &[id, alarm] : m_active)
        result.append(alarm);
    return result;
}

QList<Alarm> AlarmCenter::all(int limit) const
{
    return m_history.alarms(limit);
}

void AlarmCenter::evaluate(const QList<ServiceTick> &ticks)
{
    QSet<qint64> running;
    for (const ServiceTick &tick : ticks) {
        running.insert(tick.serviceId);
        const QList<AlarmEvaluator::Transition> transitions =
            m_evaluators[tick.serviceId].evaluate(tick, effectiveRules(tick.serviceId));
        for (const AlarmEvaluator::Transition &transition : transitions) {
            if (transition.raised)
                raise(tick, transition);
            else
                clear(tick.serviceId, transition.type, transition.atMs);
        }
    }
    // Alarms of services that do not run (stopped while this process was down, or gone).
    QSet<qint64> idle;
    for (const auto &[id, alarm] : m_active) {
        if (!running.contains(alarm.serviceId))
            idle.insert(alarm.serviceId);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 serviceId : std::as_const(idle))
        clearService(serviceId, now);
}

void AlarmCenter::onServiceStateChanged(qint64 serviceId)
{
    const auto status = m_manager.get(serviceId);
    if (!status || !status->running)
        clearService(serviceId, QDateTime::currentMSecsSinceEpoch());
}

void AlarmCenter::clearService(qint64 serviceId, qint64 nowMs)
{
    const auto it = m_evaluators.find(serviceId);
    if (it == m_evaluators.end())
        return;
    const QList<AlarmEvaluator::Transition> transitions = it->second.clearAll(nowMs);
    m_evaluators.erase(it);
    for (const AlarmEvaluator::Transition &transition : transitions)
        clear(serviceId, transition.type, nowMs);
}

void AlarmCenter::raise(const ServiceTick &tick, const AlarmEvaluator::Transition &transition)
{
    Alarm alarm;
    alarm.id = ++m_lastId;
    alarm.serviceId = tick.serviceId;
    alarm.kind = tick.kind;
    alarm.serviceName = tick.serviceName;
    alarm.type = transition.type;
    alarm.severity = transition.severity;
    alarm.raisedAtMs = transition.atMs;
    alarm.value = transition.value;
    alarm.threshold = transition.threshold;
    alarm.seconds = transition.seconds;
    m_active.emplace(alarm.id, alarm);
    m_history.putAlarm(alarm);
    {
        const UntranslatedScope english;
        qCInfo(lcAlarms).noquote() << "alarm" << alarm.id << "raised:" << toWire(alarm.kind) << alarm.serviceId
                                   << alarm.serviceName << toWire(alarm.type) << "-" << AlarmText::message(alarm);
    }
    recordAlarmEvent(EventType::AlarmRaised, alarm, alarm.raisedAtMs);
    emit alarmRaised(alarm);
    emit activeAlarmsChanged();
}

void AlarmCenter::clear(qint64 serviceId, AlarmType type, qint64 nowMs)
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->second.serviceId != serviceId || it->second.type != type)
            continue;
        Alarm alarm = it->second;
        m_active.erase(it);
        alarm.clearedAtMs = std::max(nowMs, alarm.raisedAtMs);
        m_history.putAlarm(alarm);
        qCInfo(lcAlarms).noquote() << "alarm" << alarm.id << "cleared:" << toWire(alarm.kind) << alarm.serviceId
                                   << alarm.serviceName << toWire(alarm.type);
        recordAlarmEvent(EventType::AlarmCleared, alarm, alarm.clearedAtMs);
        emit alarmCleared(alarm);
        emit activeAlarmsChanged();
        return;
    }
}

AlarmCenter::Acknowledgement AlarmCenter::acknowledge(qint64 id, Alarm *out)
{
    Alarm alarm;
    const auto active = m_active.find(id);
    if (active != m_active.end()) {
        alarm = active->second;
    } else if (const auto stored = m_history.alarm(id)) {
        alarm = *stored;
    } else {
        return Acknowledgement::NotFound;
    }
    if (alarm.acknowledged) {
        *out = alarm;
        return Acknowledgement::AlreadyAcknowledged;
    }
    alarm.acknowledged = true;
    alarm.acknowledgedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (active != m_active.end())
        active->second = alarm;
    m_history.putAlarm(alarm);
    qCInfo(lcAlarms).noquote() << "alarm" << alarm.id << "acknowledged";
    recordAlarmEvent(EventType::AlarmAcknowledged, alarm, alarm.acknowledgedAtMs);
    *out = alarm;
    emit alarmAcknowledged(alarm);
    if (alarm.isActive())
        emit activeAlarmsChanged();
    return Acknowledgement::Done;
}

void AlarmCenter::recordAlarmEvent(EventType type, const Alarm &alarm, qint64 timeMs)
{
    EventRecord event;
    event.timeMs = timeMs;
    event.type = type;
    event.serviceId = alarm.serviceId;
    event.kind = alarm.kind;
    event.serviceName = alarm.serviceName;
    event.alarmId = alarm.id;
    event.alarmType = alarm.type;
    event.severity = alarm.severity;
    event.value = alarm.value;
    event.threshold = alarm.threshold;
    event.seconds = alarm.seconds;
    m_events.record(event);
}

} // namespace srtdesk
