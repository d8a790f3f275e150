// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/HistoryQueue.h"

namespace srtdesk {

void HistoryQueue::addEvent(const EventRecord &event)
{
    std::lock_guard lock(m_mutex);
    m_events.push_back(event);
    applyLimits();
}

void HistoryQueue::putAlarm(const Alarm &alarm)
{
    std::lock_guard lock(m_mutex);
    m_alarms.insert(alarm.id, alarm);
    applyLimits();
}

void HistoryQueue::addSamples(const QList<HistorySample> &samples)
{
    std::lock_guard lock(m_mutex);
    m_samples.insert(m_samples.end(), samples.cbegin(), samples.cend());
    applyLimits();
}

HistoryQueue::Batch HistoryQueue::take()
{
    std::lock_guard lock(m_mutex);
    m_inFlight.events = QList<EventRecord>(m_events.cbegin(), m_events.cend());
    m_inFlight.alarms = m_alarms.values();
    m_inFlight.samples = QList<HistorySample>(m_samples.cbegin(), m_samples.cend());
    m_events.clear();
    m_alarms.clear();
    m_samples.clear();
    return m_inFlight;
}

void HistoryQueue::finish(bool written)
{
    std::lock_guard lock(m_mutex);
    if (!written) {
        m_events.insert(m_events.begin(), m_inFlight.events.cbegin(), m_inFlight.events.cend());
        for (const Alarm &alarm : std::as_const(m_inFlight.alarms)) {
            if (!m_alarms.contains(alarm.id)) // a newer state came meanwhile
                m_alarms.insert(alarm.id, alarm);
        }
        m_samples.insert(m_samples.begin(), m_inFlight.samples.cbegin(), m_inFlight.samples.cend());
        applyLimits();
    }
    m_inFlight = Batch{};
}

// Samples go first (the charts lose a stretch), then the oldest events, then the oldest
// cleared alarms; an active alarm is never dropped.
void HistoryQueue::applyLimits()
{
    while (qsizetype(m_samples.size()) > m_limits.samples) {
        m_samples.pop_front();
        ++m_dropped.samples;
    }
    while (qsizetype(m_events.size()) > m_limits.events) {
        m_events.pop_front();
        ++m_dropped.events;
    }
    while (m_alarms.size() > m_limits.alarms) {
        auto oldest = m_alarms.end();
        for (auto it = m_alarms.begin(); it != m_alarms.end(); ++it) {
            if (!it->isActive() && (oldest == m_alarms.end() || it->id < oldest->id))
                oldest = it;
        }
        if (oldest == m_alarms.end())
            break;
        m_alarms.erase(oldest);
        ++m_dropped.alarms;
    }
}

QList<EventRecord> HistoryQueue::unwrittenEvents() const
{
    std::lock_guard lock(m_mutex);
    QList<EventRecord> events = m_inFlight.events;
    events.append(QList<EventRecord>(m_events.cbegin(), m_events.cend()));
    return events;
}

QList<Alarm> HistoryQueue::unwrittenAlarms() const
{
    std::lock_guard lock(m_mutex);
    QList<Alarm> alarms = m_inFlight.alarms;
    // The pending state is newer than the one in flight.
    for (qsizetype i = alarms.size() - 1; i >= 0; --i) {
        if (m_alarms.contains(alarms.at(i).id))
            alarms.removeAt(i);
    }
    alarms.append(m_alarms.values());
    return alarms;
}

QList<HistorySample> HistoryQueue::unwrittenSamples(qint64 serviceId) const
{
    std::lock_guard lock(m_mutex);
    QList<HistorySample> samples;
    for (const HistorySample &sample : m_inFlight.samples) {
        if (sample.serviceId == serviceId)
            samples.append(sample);
    }
    for (const HistorySample &sample : m_samples) {
        if (sample.serviceId == serviceId)
            samples.append(sample);
    }
    return samples;
}

bool HistoryQueue::isEmpty() const
{
    std::lock_guard lock(m_mutex);
    return m_events.empty() && m_alarms.isEmpty() && m_samples.empty() && m_inFlight.isEmpty();
}

HistoryQueue::Dropped HistoryQueue::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace srtdesk
