// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/AlarmSystem.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmsLogging.h"
#include "core/model/AlarmRulesJson.h"
#include "core/store/ServiceStore.h"

#include <QDateTime>

namespace srtdesk {

namespace {

HistorySample sampleOf(const ServiceTick &tick)
{
    HistorySample sample;
    sample.serviceId = tick.serviceId;
    sample.timeMs = tick.nowMs;
    sample.rttMs = tick.stats.state == LinkState::Connected ? tick.stats.linkRtt : 0;
    sample.rttMaxMs = sample.rttMs;
    sample.mbitRate = tick.stats.mbitRate;
    sample.mbitRateMin = sample.mbitRate;
    sample.mbitRateMax = sample.mbitRate;
    sample.inputMbitRate = tick.inputMbitRate;
    sample.packets = tick.packets;
    sample.lost = tick.lost;
    sample.dropped = tick.dropped;
    sample.retransmitted = tick.retransmitted;
    if (tick.health) {
        sample.tsMbitRate = tick.health->tsMbitRate;
        sample.tsErrors = tick.health->interval;
    }
    return sample;
}

} // namespace

AlarmSystem::AlarmSystem(ServiceManager &manager, ServiceStore &store, const QString &dataDir, QObject *parent)
    : AlarmSystem(manager, store, dataDir, Options{}, parent)
{
}

AlarmSystem::AlarmSystem(ServiceManager &manager, ServiceStore &store, const QString &dataDir, const Options &options,
                         QObject *parent)
    : QObject(parent), m_store(store), m_history(std::make_unique<HistoryStore>(options.history)), m_registry(store)
{
    if (!m_history->open(dataDir))
        m_warnings.append(m_history->errorString());
    m_events = std::make_unique<EventLog>(*m_history);
    m_center = std::make_unique<AlarmCenter>(manager, *m_events, *m_history);
    m_watcher = std::make_unique<ServiceEventWatcher>(manager, *m_events);
    m_dispatcher = std::make_unique<WebhookDispatcher>(*m_events, options.webhooks);
    loadRules();
    loadWebhooks();
    connect(&manager, &ServiceManager::statisticsSampled, this, &AlarmSystem::recordSamples);
}

AlarmSystem::~AlarmSystem() = default;

void AlarmSystem::loadRules()
{
    const auto stored = m_store.setting(kRulesSettingKey);
    if (!stored) {
        if (!m_store.errorString().isEmpty())
            m_warnings.append(m_store.errorString());
        return; // the defaults
    }
    if (const auto rules = AlarmRulesJson::rulesFromStored(*stored)) {
        m_center->setGlobalRules(*rules);
        return;
    }
    m_warnings.append(tr("The stored alarm rules cannot be read; the default rules apply until they are set again."));
    qCWarning(lcAlarms).noquote() << m_warnings.last();
}

void AlarmSystem::loadWebhooks()
{
    QString error;
    QString warning;
    if (!m_registry.load(&error, &warning))
        m_warnings.append(error);
    if (!warning.isEmpty()) {
        m_warnings.append(warning);
        qCWarning(lcAlarms).noquote() << warning;
    }
    m_dispatcher->setWebhooks(m_registry.webhooks());
}

bool AlarmSystem::setRules(const AlarmRules &rules, QString *error)
{
    if (!m_store.setSetting(kRulesSettingKey, AlarmRulesJson::toStored(rules))) {
        *error = m_store.errorString();
        return false;
    }
    m_center->setGlobalRules(rules);
    return true;
}

bool AlarmSystem::setWebhooks(const QList<Webhook> &webhooks, QString *error)
{
    if (!m_registry.replace(webhooks, error))
        return false;
    m_dispatcher->setWebhooks(m_registry.webhooks());
    return true;
}

QList<HistorySample> AlarmSystem::statisticsHistory(qint64 serviceId, qint64 windowMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_history->samples(serviceId, now - windowMs, now);
}

void AlarmSystem::recordSamples(const QList<ServiceTick> &ticks)
{
    QList<HistorySample> samples;
    samples.reserve(ticks.size());
    for (const ServiceTick &tick : ticks)
        samples.append(sampleOf(tick));
    if (!samples.isEmpty())
        m_history->addSamples(samples);
}

} // namespace srtdesk
