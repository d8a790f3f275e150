// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/EventRecord.h"

#include <QList>
#include <QObject>

namespace srtdesk {

class HistoryStore;

// The node's event log: alarms raised, cleared and acknowledged, links up and down, services
// added, changed, started, stopped and deleted, webhook deliveries that failed. Each event
// gets the next id and its time here, goes to the history file (batched by its writer thread)
// and is announced with eventRecorded, which the GUI and the webhooks follow. Lives in the
// owner thread.
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    explicit EventLog(HistoryStore &history, QObject *parent = nullptr);
    ~EventLog() override;

    // Records `event` (its id and, when 0, its time are set here) and returns it as recorded.
    EventRecord record(EventRecord event);
    // From the history file, what waits to be written included: see HistoryStore::events.
    QList<EventRecord> events(qint64 sinceMs, int limit) const;

signals:
    void eventRecorded(const srtdesk::EventRecord &event);

private:
    HistoryStore &m_history;
    qint64 m_lastId = 0;
};

} // namespace srtdesk
