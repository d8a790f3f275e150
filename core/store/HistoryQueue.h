// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/EventRecord.h"
#include "core/model/HistorySample.h"

#include <QHash>
#include <QList>

#include <deque>
#include <mutex>

namespace srtdesk {

// What waits to be written to the history file, shared by the threads that record (the
// owner thread) and the one writer thread. Adding never blocks on the disk: it takes a mutex
// held only for list operations. Bounded: while the file cannot be written (a full disk),
// the oldest samples, then the oldest events and cleared alarms, are dropped and counted.
// Readers see what is not yet written (unwritten*()), so nothing recorded is missing from an
// answer while it waits.
class HistoryQueue
{
public:
    struct Limits
    {
        int events = 50000;
        int alarms = 20000;
        int samples = 200000; // e.g. 100 services for half an hour
    };
    struct Batch
    {
        QList<EventRecord> events;
        QList<Alarm> alarms;
        QList<HistorySample> samples;
        bool isEmpty() const { return events.isEmpty() && alarms.isEmpty() && samples.isEmpty(); }
    };
    struct Dropped
    {
        qint64 events = 0;
        qint64 alarms = 0;
        qint64 samples = 0;
    };

    HistoryQueue() = default;
    explicit HistoryQueue(const Limits &limits) : m_limits(limits) {}
    HistoryQueue(const HistoryQueue &) = delete;
    HistoryQueue &operator=(const HistoryQueue &) = delete;

    void addEvent(const EventRecord &event);
    void putAlarm(const Alarm &alarm); // the latest state of an alarm replaces an unwritten earlier one
    void addSamples(const QList<HistorySample> &samples);

    // The writer: takes everything pending as one batch, then says whether it was written.
    // A batch that was not written goes back in front of what came since.
    Batch take();
    void finish(bool written);

    QList<EventRecord> unwrittenEvents() const;
    QList<Alarm> unwrittenAlarms() const;
    QList<HistorySample> unwrittenSamples(qint64 serviceId) const;
    bool isEmpty() const;
    Dropped dropped() const;

private:
    void applyLimits();

    const Limits m_limits;
    mutable std::mutex m_mutex;
    std::deque<EventRecord> m_events;
    QHash<qint64, Alarm> m_alarms;
    std::deque<HistorySample> m_samples;
    Batch m_inFlight;
    Dropped m_dropped;
};

} // namespace srtdesk
