// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alarms/AlarmEvaluator.h"
#include "core/model/Alarm.h"
#include "core/model/AlarmRules.h"
#include "core/model/ServiceTick.h"

#include <QList>
#include <QObject>

#include <map>

namespace srtdesk {

class EventLog;
class HistoryStore;
class ServiceManager;

// The alarms of every service. On each statistics tick (ServiceManager::statisticsSampled, in
// the owner thread) it runs each running service's AlarmEvaluator with the service's effective
// rules (the global ones with its overrides), and turns what rises and clears into alarms with
// ids, records them (history file) and logs events. A service that stops or is deleted has
// no alarms: they clear at once. Alarms still active when the process ended go on after a
// restart (no duplicate is raised; they clear when their condition is gone).
class AlarmCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmCenter)

public:
    enum class Acknowledgement { Done, AlreadyAcknowledged, NotFound };

    AlarmCenter(ServiceManager &manager, EventLog &events, HistoryStore &history, QObject *parent = nullptr);
    ~AlarmCenter() override;

    void setGlobalRules(const AlarmRules &rules) { m_rules = rules; }
    const AlarmRules &globalRules() const { return m_rules; }
    AlarmRules effectiveRules(qint64 serviceId) const;

    QList<Alarm> active() const; // by id
    // Active and cleared, the latest `limit` by id.
    QList<Alarm> all(int limit) const;
    // Active or cleared; *alarm is the alarm as it is now (when found).
    Acknowledgement acknowledge(qint64 id, Alarm *alarm);

    // The tick's services; exposed so that tests can drive it with ticks of their own.
    void evaluate(const QList<ServiceTick> &ticks);

signals:
    void alarmRaised(const srtdesk::Alarm &alarm);
    void alarmCleared(const srtdesk::Alarm &alarm);
    void alarmAcknowledged(const srtdesk::Alarm &alarm);
    void activeAlarmsChanged();

private:
    void adoptActive();
    void onServiceStateChanged(qint64 serviceId);
    void clearService(qint64 serviceId, qint64 nowMs);
    void raise(const ServiceTick &tick, const AlarmEvaluator::Transition &transition);
    void clear(qint64 serviceId, AlarmType type, qint64 nowMs);
    void recordAlarmEvent(EventType type, const Alarm &alarm, qint64 timeMs);

    ServiceManager &m_manager;
    EventLog &m_events;
    HistoryStore &m_history;
    AlarmRules m_rules = AlarmRules::defaults();
    std::map<qint64, AlarmEvaluator> m_evaluators; // by service id
    std::map<qint64, Alarm> m_active;              // by alarm id
    qint64 m_lastId = 0;
};

} // namespace srtdesk
