// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/ServiceEventWatcher.h"

#include "core/ServiceManager.h"
#include "core/alarms/EventLog.h"

namespace srtdesk {

ServiceEventWatcher::ServiceEventWatcher(ServiceManager &manager, EventLog &events, QObject *parent)
    : QObject(parent), m_manager(manager), m_events(events)
{
    const QList<ServiceStatus> services = m_manager.list();
    for (const ServiceStatus &status : services)
        m_seen.insert(status.config.id, current(status.config.id));
    connect(&m_manager, &ServiceManager::serviceAdded, this, &ServiceEventWatcher::onAdded);
    connect(&m_manager, &ServiceManager::serviceUpdated, this, &ServiceEventWatcher::onUpdated);
    connect(&m_manager, &ServiceManager::serviceRemoved, this, &ServiceEventWatcher::onRemoved);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, &ServiceEventWatcher::onStateChanged);
}

ServiceEventWatcher::~ServiceEventWatcher() = default;

ServiceEventWatcher::Seen ServiceEventWatcher::current(qint64 id) const
{
    Seen seen;
    if (const auto status = m_manager.get(id)) {
        seen.kind = status->config.kind;
        seen.name = status->config.serviceName;
        seen.running = status->running;
        seen.linkUp = status->running && status->stats.state == LinkState::Connected;
    }
    return seen;
}

void ServiceEventWatcher::record(EventType type, qint64 id, const Seen &seen, const QString &detail)
{
    EventRecord event;
    event.type = type;
    event.serviceId = id;
    event.kind = seen.kind;
    event.serviceName = seen.name;
    event.detail = detail;
    m_events.record(event);
}

void ServiceEventWatcher::onAdded(qint64 id)
{
    const Seen seen = current(id);
    m_seen.insert(id, seen);
    record(EventType::ServiceAdded, id, seen);
}

void ServiceEventWatcher::onUpdated(qint64 id)
{
    Seen &seen = m_seen[id];
    const Seen now = current(id);
    seen.kind = now.kind;
    seen.name = now.name;
    record(EventType::ServiceChanged, id, seen);
}

void ServiceEventWatcher::onRemoved(qint64 id)
{
    const Seen seen = m_seen.take(id);
    if (seen.running)
        record(EventType::ServiceStopped, id, seen);
    record(EventType::ServiceDeleted, id, seen);
}

void ServiceEventWatcher::onStateChanged(qint64 id)
{
    if (!m_seen.contains(id))
        return;
    Seen &seen = m_seen[id];
    const Seen now = current(id);
    const auto status = m_manager.get(id);
    if (!seen.running && now.running)
        record(EventType::ServiceStarted, id, now);
    if (seen.running && now.running && seen.linkUp != now.linkUp)
        record(now.linkUp ? EventType::LinkUp : EventType::LinkDown, id, now,
               now.linkUp || !status ? QString() : status->stats.lastError);
    if (!seen.running && now.running && now.linkUp)
        record(EventType::LinkUp, id, now);
    if (seen.running && !now.running)
        record(EventType::ServiceStopped, id, now);
    seen = now;
}

} // namespace srtdesk
