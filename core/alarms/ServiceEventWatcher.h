// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/EventRecord.h"
#include "core/model/LinkStats.h"

#include <QHash>
#include <QObject>

namespace srtdesk {

class EventLog;
class ServiceManager;

// Turns what ServiceManager announces into events: services added, changed, deleted, started
// and stopped, and their links going up and down (the link's state is compared with the one
// seen last, so a state announced twice is one event).
class ServiceEventWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEventWatcher)

public:
    ServiceEventWatcher(ServiceManager &manager, EventLog &events, QObject *parent = nullptr);
    ~ServiceEventWatcher() override;

private:
    struct Seen
    {
        ServiceKind kind = ServiceKind::Rx;
        QString name;
        bool running = false;
        bool linkUp = false;
    };

    void onAdded(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void onStateChanged(qint64 id);
    void record(EventType type, qint64 id, const Seen &seen, const QString &detail = {});
    Seen current(qint64 id) const;

    ServiceManager &m_manager;
    EventLog &m_events;
    QHash<qint64, Seen> m_seen;
};

} // namespace srtdesk
