// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alarms/AlarmCenter.h"
#include "core/alarms/EventLog.h"
#include "core/alarms/ServiceEventWatcher.h"
#include "core/alarms/WebhookDispatcher.h"
#include "core/alarms/WebhookRegistry.h"
#include "core/model/AlarmRules.h"
#include "core/model/HistorySample.h"
#include "core/store/HistoryStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

namespace srtdesk {

class ServiceManager;
class ServiceStore;

// Alarms, events, history and webhooks of one node, wired to its ServiceManager: what srtdeskd
// and the GUI create once, next to the manager (after load(), before resumeDesired(), so that
// the first starts are events too), and what the REST controllers and the GUI use.
//
// The history file lives in the data directory beside the services database (HistoryStore says
// why it is a file of its own); the global rules and the webhook list are settings of the
// services database, webhook secrets are in its SecretStore.
class AlarmSystem final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmSystem)

public:
    static inline const QString kRulesSettingKey = QStringLiteral("alarm_rules");

    struct Options
    {
        HistoryStore::Options history;
        WebhookDispatcher::Options webhooks;
    };

    AlarmSystem(ServiceManager &manager, ServiceStore &store, const QString &dataDir, QObject *parent = nullptr);
    AlarmSystem(ServiceManager &manager, ServiceStore &store, const QString &dataDir, const Options &options,
                QObject *parent = nullptr);
    ~AlarmSystem() override;

    // What did not work at start but did not stop it (the history file not writable now, a
    // webhook secret unreadable, stored rules unreadable), one sentence each.
    QStringList warnings() const { return m_warnings; }

    AlarmCenter &alarms() { return *m_center; }
    EventLog &events() { return *m_events; }
    HistoryStore &history() { return *m_history; }
    WebhookDispatcher &dispatcher() { return *m_dispatcher; }

    const AlarmRules &rules() const { return m_center->globalRules(); }
    // Stored first, then in use; false with *error (a storage failure) and nothing changed.
    bool setRules(const AlarmRules &rules, QString *error);
    QList<Webhook> webhooks() const { return m_registry.webhooks(); }
    bool setWebhooks(const QList<Webhook> &webhooks, QString *error);

    // A service's statistics over the last `windowMs` from the history file (survives restarts).
    QList<HistorySample> statisticsHistory(qint64 serviceId, qint64 windowMs);

private:
    void loadRules();
    void loadWebhooks();
    void recordSamples(const QList<ServiceTick> &ticks);

    ServiceStore &m_store;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<AlarmCenter> m_center;
    std::unique_ptr<ServiceEventWatcher> m_watcher;
    WebhookRegistry m_registry;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    QStringList m_warnings;
};

} // namespace srtdesk
