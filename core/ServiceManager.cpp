// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ServiceManager.h"

#include "core/LogServiceScope.h"
#include "core/engine/RelayEngine.h"
#include "core/engine/RelayWorker.h"
#include "core/engine/SrtRuntime.h"
#include "core/engine/StatsHistory.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceValidator.h"
#include "core/StreamRequests.h"
#include "core/monitor/StreamMonitor.h"
#include "core/store/ServiceStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QStringList>

#include <limits>

Q_LOGGING_CATEGORY(lcManager, "srtdesk.manager")

namespace srtdesk {

struct ServiceManager::Entry
{
    ServiceConfig config;
    bool desiredRunning = false;
    std::unique_ptr<RelayWorker> worker;
    std::shared_ptr<StreamMonitor> monitor; // while running with stream monitoring
    // Made at the first sample: a service that never ran holds none (the ring is ~400 KiB).
    std::unique_ptr<StatsHistory> history;
    LinkStats previousTotals; // the totals at the previous sample, for per-interval deltas
    QString startError;      // why the last start failed, shown as LastError while stopped
    QString secretError;     // the passphrase could not be read from the secret store: no start
    AlarmOverrides alarms;
    qint64 previousSampleMs = 0; // 0 before the first sample of the current run
};

namespace {

QString joinMessages(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char(' '));
}

// Totals restart from zero on every new link; a drop means a new link, not negative traffic.
qint64 delta(qint64 now, qint64 before)
{
    return now >= before ? now - before : now;
}

} // namespace

ServiceManager::ServiceManager(ServiceStore &store, const SrtRuntime &runtime, QObject *parent)
    : ServiceManager(store, runtime, 0, parent)
{}

ServiceManager::ServiceManager(ServiceStore &store, const SrtRuntime &runtime, int ioThreads, QObject *parent)
    : QObject(parent), m_store(store), m_runtime(runtime),
      m_engine(std::make_unique<RelayEngine>(runtime, ioThreads))
{
    m_sampler.setInterval(m_statsIntervalMs);
    connect(&m_sampler, &QTimer::timeout, this, &ServiceManager::sample);
    m_sampler.start();
}

ServiceManager::~ServiceManager()
{
    shutdown();
}

bool ServiceManager::load(QString *error)
{
    const auto records = m_store.loadAll();
    if (!records) {
        if (error)
            *error = m_store.errorString();
        return false;
    }
    shutdown();
    m_entries.clear();
    for (const ServiceStore::Record &record : *records) {
        auto entry = std::make_unique<Entry>();
        entry->config = record.config;
        entry->desiredRunning = record.desiredRunning;
        entry->secretError = record.secretError;
        entry->startError = record.secretError;
        entry->alarms = record.alarms;
        m_entries.emplace(record.config.id, std::move(entry));
    }
    return true;
}

void ServiceManager::resumeDesired()
{
    for (auto &[id, entry] : m_entries) {
        if (!entry->desiredRunning || entry->worker)
            continue;
        const LogServiceScope scope(id);
        const Result result = startWorker(*entry);
        if (!result.ok())
            qCWarning(lcManager).noquote() << "service" << id << "not resumed:" << result.message;
    }
}

void ServiceManager::shutdown()
{
    QList<qint64> ids;
    for (const auto &[id, entry] : m_entries)
        ids.append(id);
    stopWorkers(ids);
}

void ServiceManager::stopWorkers(const QList<qint64> &ids)
{
    // Every stop is requested first, so that they all complete in one pass of the I/O threads.
    for (qint64 id : ids) {
        if (Entry *entry = find(id); entry && entry->worker)
            entry->worker->requestStop();
    }
    for (qint64 id : ids) {
        if (Entry *entry = find(id))
            stopWorker(*entry);
    }
}

ServiceManager::Entry *ServiceManager::find(qint64 id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.get();
}

const ServiceManager::Entry *ServiceManager::find(qint64 id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.get();
}

ServiceManager::Result ServiceManager::notFound(qint64 id) const
{
    return {Error::NotFound, tr("There is no service with Id %1.").arg(id), {}, id};
}

QList<ServiceConfig> ServiceManager::allConfigs() const
{
    QList<ServiceConfig> configs;
    for (const auto &[id, entry] : m_entries)
        configs.append(entry->config);
    return configs;
}

ServiceManager::Result ServiceManager::add(const ServiceConfig &requested, const std::optional<AlarmOverrides> &alarms)
{
    ServiceConfig config = requested;
    config.id = 0;
    config.serviceName = config.serviceName.trimmed();
    if (const FieldErrors errors = ServiceValidator::validate(config); !errors.isEmpty())
        return {Error::Invalid, joinMessages(errors), errors, 0};
    if (const FieldErrors errors = ServiceValidator::conflicts(config, allConfigs()); !errors.isEmpty())
        return {Error::Conflict, joinMessages(errors), errors, 0};
    const auto id = m_store.insert(config, false, alarms);
    if (!id)
        return {Error::Storage, m_store.errorString(), {}, 0};
    config.id = *id;
    const LogServiceScope scope(*id);
    auto entry = std::make_unique<Entry>();
    entry->config = config;
    entry->alarms = alarms.value_or(AlarmOverrides{});
    m_entries.emplace(*id, std::move(entry));
    qCInfo(lcManager).noquote() << "added" << toWire(config.kind) << *id << config.serviceName;
    emit serviceAdded(*id);
    return {Error::None, tr("Service created."), {}, *id};
}

ServiceManager::Result ServiceManager::update(qint64 id, const ServiceConfig &requested,
                                              const std::optional<AlarmOverrides> &alarms)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    ServiceConfig config = requested;
    config.id = id;
    config.kind = entry->config.kind;
    config.serviceName = config.serviceName.trimmed();
    if (const FieldErrors errors = ServiceValidator::validate(config); !errors.isEmpty())
        return {Error::Invalid, joinMessages(errors), errors, id};
    if (const FieldErrors errors = ServiceValidator::conflicts(config, allConfigs()); !errors.isEmpty())
        return {Error::Conflict, joinMessages(errors), errors, id};
    if (!entry->secretError.isEmpty() && config.passPhrase.isEmpty()) {
        // "Keep the passphrase" cannot be honoured, and silently dropping encryption is not an option.
        const FieldErrors errors{{ServiceFields::get(FieldId::PassPhrase, config.kind).apiName(),
                                  tr("The stored passphrase of this service cannot be read; enter it again.")}};
        return {Error::Invalid, entry->secretError, errors, id};
    }
    if (!m_store.update(config, alarms))
        return {Error::Storage, m_store.errorString(), {}, id};
    const bool wasRunning = entry->worker != nullptr;
    entry->config = config;
    if (alarms)
        entry->alarms = *alarms;
    if (!entry->secretError.isEmpty()) {
        // The passphrase given now replaces the one that could not be read.
        entry->secretError.clear();
        entry->startError.clear();
    }
    emit serviceUpdated(id);
    if (wasRunning) {
        const int links = entry->worker->links();
        stopWorker(*entry);
        const Result started = startWorker(*entry, links);
        if (!started.ok())
            return {started.error, tr("Service updated, but it could not restart: %1").arg(started.message), {}, id};
        return {Error::None, tr("Service updated and restarted."), {}, id};
    }
    return {Error::None, tr("Service updated."), {}, id};
}

ServiceManager::Result ServiceManager::remove(qint64 id)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    const LogServiceScope scope(id);
    if (!m_store.remove(id))
        return {Error::Storage, m_store.errorString(), {}, id};
    stopWorker(*entry);
    m_entries.erase(id);
    qCInfo(lcManager) << "removed" << id;
    emit serviceRemoved(id);
    return {Error::None, tr("Service deleted."), {}, id};
}

ServiceManager::Result ServiceManager::checkStartable(const Entry &entry) const
{
    const ServiceConfig &config = entry.config;
    if (!entry.secretError.isEmpty())
        return {Error::Storage, entry.secretError, {}, config.id};
    if (const FieldErrors errors = ServiceValidator::validate(config); !errors.isEmpty())
        return {Error::Invalid, joinMessages(errors), errors, config.id};
    QList<ServiceConfig> running;
    for (const auto &[id, other] : m_entries) {
        if (other->worker)
            running.append(other->config);
    }
    if (const FieldErrors errors = ServiceValidator::conflicts(config, running); !errors.isEmpty())
        return {Error::Conflict, joinMessages(errors), errors, config.id};
    if (config.groupConnect && !m_runtime.bondingSupported())
        return {Error::Engine, m_runtime.bondingUnavailableReason(), {}, config.id};
    return {Error::None, {}, {}, config.id};
}

ServiceManager::Result ServiceManager::startWorker(Entry &entry, int earlierLinks)
{
    const qint64 id = entry.config.id;
    const LogServiceScope scope(id);
    const Result startable = checkStartable(entry);
    if (!startable.ok()) {
        entry.startError = startable.message;
        emit serviceStateChanged(id);
        return startable;
    }
    entry.startError.clear();
    entry.previousTotals = LinkStats{};
    entry.previousSampleMs = 0;
    entry.worker = std::make_unique<RelayWorker>(
        entry.config, *m_engine,
        [this, id] {
            // Called on an I/O thread: only post to ours.
            QMetaObject::invokeMethod(this, [this, id] { onWorkerStateChanged(id); }, Qt::QueuedConnection);
        },
        tapFor(entry));
    entry.worker->setStatsIntervalMs(m_statsIntervalMs);
    entry.worker->setEarlierLinks(earlierLinks);
    entry.worker->start();
    qCInfo(lcManager).noquote() << "started" << toWire(entry.config.kind) << id << entry.config.serviceName;
    emit serviceStateChanged(id);
    return {Error::None, tr("Service started."), {}, id};
}

std::shared_ptr<PayloadTap> ServiceManager::tapFor(Entry &entry) const
{
    entry.monitor.reset();
    if (m_tapFactory)
        return m_tapFactory(entry.config);
    if (!m_streamAnalysis)
        return nullptr;
    StreamMonitor::Options options;
    options.intervalUs = std::int64_t(m_statsIntervalMs) * 1000;
    entry.monitor = std::make_shared<StreamMonitor>(options);
    return entry.monitor;
}

void ServiceManager::stopWorker(Entry &entry)
{
    if (!entry.worker)
        return;
    const LogServiceScope scope(entry.config.id);
    entry.worker->stop();
    entry.worker.reset();
    entry.monitor.reset();
    qCInfo(lcManager) << "stopped" << entry.config.id;
    emit serviceStateChanged(entry.config.id);
}

ServiceManager::Result ServiceManager::start(qint64 id)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    if (entry->worker)
        return {Error::None, tr("Service is already running."), {}, id};
    return startRun(*entry, 0);
}

ServiceManager::Result ServiceManager::startRun(Entry &entry, int earlierLinks)
{
    const qint64 id = entry.config.id;
    if (const Result startable = checkStartable(entry); !startable.ok()) {
        entry.startError = startable.message;
        emit serviceStateChanged(id);
        return startable;
    }
    // The desired state is stored first: a start that is acknowledged survives a crash.
    if (!entry.desiredRunning) {
        if (!m_store.setDesiredRunning(id, true))
            return {Error::Storage, m_store.errorString(), {}, id};
        entry.desiredRunning = true;
    }
    return startWorker(entry, earlierLinks);
}

ServiceManager::Result ServiceManager::stop(qint64 id)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    if (entry->desiredRunning) {
        if (!m_store.setDesiredRunning(id, false))
            return {Error::Storage, m_store.errorString(), {}, id};
        entry->desiredRunning = false;
    }
    if (!entry->worker)
        return {Error::None, tr("Service is already stopped."), {}, id};
    stopWorker(*entry);
    return {Error::None, tr("Service stopped."), {}, id};
}

ServiceManager::Result ServiceManager::kick(qint64 id, const QString &peer)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    if (!entry->worker || !entry->worker->kick(peer)) {
        return {Error::NotFound,
                tr("Service \"%1\" has no caller %2.").arg(entry->config.serviceName, peer.trimmed()), {}, id};
    }
    qCInfo(lcManager).noquote() << "service" << entry->config.serviceName << ": caller" << peer.trimmed()
                                << "disconnected on request";
    emit serviceStateChanged(id);
    return {Error::None, tr("Caller %1 disconnected.").arg(peer.trimmed()), {}, id};
}

ServiceManager::Result ServiceManager::restart(qint64 id)
{
    Entry *entry = find(id);
    if (!entry)
        return notFound(id);
    // A restart stays within the run: Reconnections goes on counting (RelayWorker::setEarlierLinks).
    const int links = entry->worker ? entry->worker->links() : 0;
    stopWorker(*entry);
    const Result result = startRun(*entry, links);
    if (!result.ok())
        return result;
    return {Error::None, tr("Service restarted."), {}, id};
}

void ServiceManager::startAll()
{
    QList<qint64> ids;
    for (const auto &[id, entry] : m_entries)
        ids.append(id);
    for (qint64 id : ids)
        start(id);
}

void ServiceManager::stopAll()
{
    QList<qint64> running;
    for (auto &[id, entry] : m_entries) {
        // As stop(): the desired state is stored first; a service whose state cannot be stored
        // keeps running, as a failed stop() leaves it.
        if (entry->desiredRunning) {
            if (!m_store.setDesiredRunning(id, false)) {
                qCWarning(lcManager).noquote() << "service" << id << "not stopped:" << m_store.errorString();
                continue;
            }
            entry->desiredRunning = false;
        }
        if (entry->worker)
            running.append(id);
    }
    stopWorkers(running);
}

ServiceStatus ServiceManager::statusOf(const Entry &entry) const
{
    ServiceStatus status;
    status.config = entry.config;
    status.running = entry.worker != nullptr;
    if (entry.worker)
        status.stats = entry.worker->snapshot();
    else
        status.stats.lastError = entry.startError;
    if (entry.monitor)
        status.stream = entry.monitor->health();
    return status;
}

QList<ServiceStatus> ServiceManager::list() const
{
    QList<ServiceStatus> result;
    result.reserve(qsizetype(m_entries.size()));
    for (const auto &[id, entry] : m_entries)
        result.append(statusOf(*entry));
    return result;
}

QList<ServiceStatus> ServiceManager::list(ServiceKind kind) const
{
    QList<ServiceStatus> result;
    for (const auto &[id, entry] : m_entries) {
        if (entry->config.kind == kind)
            result.append(statusOf(*entry));
    }
    return result;
}

std::optional<ServiceStatus> ServiceManager::get(qint64 id) const
{
    const Entry *entry = find(id);
    if (!entry)
        return std::nullopt;
    return statusOf(*entry);
}

std::optional<ServiceConfig> ServiceManager::config(qint64 id) const
{
    const Entry *entry = find(id);
    if (!entry)
        return std::nullopt;
    return entry->config;
}

AlarmOverrides ServiceManager::alarmOverrides(qint64 id) const
{
    const Entry *entry = find(id);
    return entry ? entry->alarms : AlarmOverrides{};
}

QList<StatsSample> ServiceManager::history(qint64 id, qint64 windowMsecs) const
{
    const Entry *entry = find(id);
    if (!entry)
        return {};
    return entry->history ? entry->history->window(windowMsecs) : QList<StatsSample>();
}

int ServiceManager::count(ServiceKind kind) const
{
    int n = 0;
    for (const auto &[id, entry] : m_entries)
        n += entry->config.kind == kind ? 1 : 0;
    return n;
}

void ServiceManager::setStatsIntervalMs(int msecs)
{
    m_statsIntervalMs = std::clamp(msecs, 100, 60000);
    m_sampler.setInterval(m_statsIntervalMs);
    for (auto &[id, entry] : m_entries) {
        if (entry->worker)
            entry->worker->setStatsIntervalMs(m_statsIntervalMs);
    }
}

int ServiceManager::ioThreads() const
{
    return m_engine->ioThreads();
}

bool ServiceManager::bondingSupported() const
{
    return m_runtime.bondingSupported();
}

QString ServiceManager::bondingUnavailableReason() const
{
    return m_runtime.bondingUnavailableReason();
}

QString ServiceManager::libsrtVersion() const
{
    return SrtRuntime::libraryVersion();
}

void ServiceManager::sample()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<ServiceTick> ticks;
    for (auto &[id, entry] : m_entries) {
        if (!entry->worker)
            continue;
        const ServiceTick tick = tickOf(*entry, now);
        StatsSample point;
        point.msecsSinceEpoch = now;
        // No point where nothing was measured: no link, or libsrt's start value (LinkStats::rttMeasured).
        point.rttMs = tick.stats.state == LinkState::Connected && tick.stats.rttMeasured
                          ? tick.stats.linkRtt
                          : std::numeric_limits<double>::quiet_NaN();
        (entry->config.isTx() ? point.sendMbps : point.recvMbps) = tick.stats.mbitRate;
        point.lost = tick.lost;
        point.retransmitted = tick.retransmitted;
        point.dropped = tick.dropped;
        if (!entry->history)
            entry->history = std::make_unique<StatsHistory>();
        entry->history->append(point);
        entry->previousTotals = tick.stats;
        entry->previousSampleMs = now;
        ticks.append(tick);
    }
    emit statisticsSampled(ticks);
    emit statisticsUpdated();
}

ServiceTick ServiceManager::tickOf(const Entry &entry, qint64 nowMs) const
{
    const LinkStats stats = entry.worker->snapshot();
    const LinkStats &before = entry.previousTotals;
    ServiceTick tick;
    tick.serviceId = entry.config.id;
    tick.kind = entry.config.kind;
    tick.serviceName = entry.config.serviceName;
    tick.nowMs = nowMs;
    tick.intervalMs = entry.previousSampleMs > 0 ? nowMs - entry.previousSampleMs : 0;
    tick.stats = stats;
    tick.packets = delta(stats.packets, before.packets);
    tick.lost = delta(stats.packetsLost, before.packetsLost);
    tick.dropped = delta(stats.packetsDropped, before.packetsDropped);
    tick.retransmitted = delta(stats.packetsRetransmitted, before.packetsRetransmitted);
    // What came in: a TX's UDP input as the engine measures it (also while no peer is
    // connected); an RX's payload received from its peer.
    if (entry.config.isTx()) {
        tick.inputMbitRate = stats.inputMbitRate;
    } else {
        const qint64 newBytes = delta(stats.bytesUnique, before.bytesUnique);
        tick.inputMbitRate = tick.intervalMs > 0 ? double(newBytes) * 8.0 / 1000.0 / double(tick.intervalMs) : 0.0;
    }
    if (entry.monitor)
        tick.health = entry.monitor->health();
    return tick;
}

StreamHealth ServiceManager::streamHealth(qint64 id) const
{
    const Entry *entry = find(id);
    return entry && entry->monitor ? entry->monitor->health() : StreamHealth{};
}

std::shared_ptr<StreamMonitor> ServiceManager::streamMonitor(qint64 id, QString *why) const
{
    const Entry *entry = find(id);
    QString reason;
    if (!entry)
        reason = tr("There is no service with Id %1.").arg(id);
    else if (!entry->worker)
        reason = tr("Service \"%1\" is not running: start it to look at its stream.").arg(entry->config.serviceName);
    else if (!entry->monitor)
        reason = tr("Stream monitoring is switched off here (srtdeskd --stream-analysis off).");
    else if (entry->monitor->health().format == StreamFormat::None)
        reason = tr("Service \"%1\" carries nothing at the moment: there is no stream to look at.")
                     .arg(entry->config.serviceName);
    if (why)
        *why = reason;
    return reason.isEmpty() ? entry->monitor : nullptr;
}

void ServiceManager::requestProbe(qint64 id)
{
    QString why;
    if (auto monitor = streamMonitor(id, &why))
        StreamRequests::probe(monitor, this,
                              [this, id](const ProbeReport &report, const QString &error) { emit probeFinished(id, report, error); });
    else // queued, like a real answer: a caller connects before it asks
        QMetaObject::invokeMethod(this, [this, id, why] { emit probeFinished(id, {}, why); }, Qt::QueuedConnection);
}

void ServiceManager::requestThumbnail(qint64 id)
{
    QString why;
    if (auto monitor = streamMonitor(id, &why))
        StreamRequests::thumbnail(monitor, this,
                                  [this, id](const QByteArray &jpeg, const QString &error) { emit thumbnailFinished(id, jpeg, error); });
    else
        QMetaObject::invokeMethod(this, [this, id, why] { emit thumbnailFinished(id, {}, why); }, Qt::QueuedConnection);
}

void ServiceManager::onWorkerStateChanged(qint64 id)
{
    if (find(id))
        emit serviceStateChanged(id);
}

} // namespace srtdesk
