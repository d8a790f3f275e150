// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/EventLog.h"

#include "core/alarms/AlarmsLogging.h"
#include "core/model/AlarmText.h"
#include "core/store/HistoryStore.h"
#include "core/UntranslatedScope.h"

#include <QDateTime>

namespace srtdesk {

EventLog::EventLog(HistoryStore &history, QObject *parent)
    : QObject(parent), m_history(history), m_lastId(history.lastEventId())
{
}

EventLog::~EventLog() = default;

EventRecord EventLog::record(EventRecord event)
{
    event.id = ++m_lastId;
    if (event.timeMs == 0)
        event.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_history.addEvent(event);
    {
        const UntranslatedScope english; // logs are in English
        qCDebug(lcAlarms).noquote() << "event" << event.id << toWire(event.type) << event.serviceName
                                    << AlarmText::message(event);
    }
    emit eventRecorded(event);
    return event;
}

QList<EventRecord> EventLog::events(qint64 sinceMs, int limit) const
{
    return m_history.events(sinceMs, limit);
}

} // namespace srtdesk
