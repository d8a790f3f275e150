// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/FieldError.h"
#include "core/model/ProbeReport.h"
#include "core/model/ServiceStatus.h"
#include "core/model/ServiceTick.h"
#include "core/model/StatsSample.h"
#include "core/model/StreamHealth.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace srtdesk {

class PayloadTap;
class RelayEngine;
class RelayWorker;
class ServiceStore;
class SrtRuntime;
class StreamMonitor;

// The one owner of every service: configuration (through ServiceStore), the relay engine that
// runs them (a fixed pool of I/O threads, RelayEngine) and their statistics history. The GUI
// and the REST API are two views over it. Lives in the main thread; relays publish snapshots
// that a timer samples every statsInterval.
class ServiceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceManager)

public:
    enum class Error { None, NotFound, Invalid, Conflict, Storage, Engine };

    struct Result
    {
        Error error = Error::None;
        QString message;    // a sentence a user understands; empty when ok
        FieldErrors fields; // per-field problems for Invalid and Conflict
        qint64 id = 0;      // the service concerned (the new id after add)
        bool ok() const { return error == Error::None; }
    };

    // Where a started service's relayed payload goes (stream monitoring); null: nowhere.
    using TapFactory = std::function<std::shared_ptr<PayloadTap>(const ServiceConfig &config)>;

    ServiceManager(ServiceStore &store, const SrtRuntime &runtime, QObject *parent = nullptr);
    // `ioThreads`: I/O threads of the relay engine; <= 0 = one per core.
    ServiceManager(ServiceStore &store, const SrtRuntime &runtime, int ioThreads, QObject *parent = nullptr);
    ~ServiceManager() override; // stops every link; desired states stay as they are

    // Reads every service from the store. false when the store cannot be read.
    bool load(QString *error = nullptr);
    // Starts the services whose desired state is running.
    void resumeDesired();
    // Stops every link without touching desired states (shutdown, SIGTERM).
    void shutdown();

    // `alarms`: the service's alarm rule overrides, stored with it (update: nullopt keeps them).
    Result add(const ServiceConfig &config, const std::optional<AlarmOverrides> &alarms = std::nullopt); // config.id ignored
    Result update(qint64 id, const ServiceConfig &config,
                  const std::optional<AlarmOverrides> &alarms = std::nullopt); // restarts it when running
    Result remove(qint64 id);                            // stops it first
    Result start(qint64 id);
    Result stop(qint64 id);
    Result restart(qint64 id);
    // TX listener: disconnects the caller at `peer` ("ip:port" as LinkStats::callers shows it);
    // NotFound when the service does not run or has no such caller.
    Result kick(qint64 id, const QString &peer);
    void startAll();
    void stopAll();

    QList<ServiceStatus> list() const;                 // ordered by id
    QList<ServiceStatus> list(ServiceKind kind) const; // ordered by id
    std::optional<ServiceStatus> get(qint64 id) const;
    std::optional<ServiceConfig> config(qint64 id) const;
    AlarmOverrides alarmOverrides(qint64 id) const; // none for an unknown id
    QList<StatsSample> history(qint64 id, qint64 windowMsecs) const;
    int count(ServiceKind kind) const;

    int statsIntervalMs() const { return m_statsIntervalMs; }
    void setStatsIntervalMs(int msecs);
    bool bondingSupported() const;
    QString bondingUnavailableReason() const;
    // The linked libsrt's version, e.g. "1.5.1" (for the About box: ui reads no engine header).
    QString libsrtVersion() const;
    int ioThreads() const;
    // Asked once per start of a service, instead of stream monitoring; applies from the next start.
    void setTapFactory(TapFactory factory) { m_tapFactory = std::move(factory); }

    // Stream monitoring (docs/MONITORING.md): on by default; applies from a service's next start.
    void setStreamAnalysis(bool on) { m_streamAnalysis = on; }
    bool streamAnalysis() const { return m_streamAnalysis; }
    // The last interval's transport stream health; Format None when the service is not running.
    StreamHealth streamHealth(qint64 id) const;
    // The running service's monitor, for a probe or a thumbnail (they block: never on this
    // thread); null when the service does not run or monitoring is off. *why says why then.
    std::shared_ptr<StreamMonitor> streamMonitor(qint64 id, QString *why = nullptr) const;
    // Probe and thumbnail off this thread; the answer comes as probeFinished/thumbnailFinished.
    void requestProbe(qint64 id);
    void requestThumbnail(qint64 id);


signals:
    void serviceAdded(qint64 id);
    void serviceUpdated(qint64 id);
    void serviceRemoved(qint64 id);
    void serviceStateChanged(qint64 id); // running, link state or last error changed
    void statisticsUpdated();           // every service sampled once more
    // Just before statisticsUpdated: each running service at this tick (alarms, history).
    void statisticsSampled(const QList<ServiceTick> &ticks);
    // `error` is a sentence for the operator; empty when the probe or thumbnail worked.
    void probeFinished(qint64 id, const srtdesk::ProbeReport &report, const QString &error);
    void thumbnailFinished(qint64 id, const QByteArray &jpeg, const QString &error);

private:
    struct Entry;

    Entry *find(qint64 id);
    const Entry *find(qint64 id) const;
    Result notFound(qint64 id) const;
    Result checkStartable(const Entry &entry) const;
    // Checks, stores the desired state, starts. `earlierLinks`: links of the worker this one
    // replaces in the same run (update, restart).
    Result startRun(Entry &entry, int earlierLinks);
    Result startWorker(Entry &entry, int earlierLinks = 0);
    void stopWorker(Entry &entry);
    void stopWorkers(const QList<qint64> &ids);
    void sample();
    ServiceTick tickOf(const Entry &entry, qint64 nowMs) const;
    std::shared_ptr<PayloadTap> tapFor(Entry &entry) const;
    void onWorkerStateChanged(qint64 id);
    QList<ServiceConfig> allConfigs() const;
    ServiceStatus statusOf(const Entry &entry) const;

    ServiceStore &m_store;
    const SrtRuntime &m_runtime;
    std::unique_ptr<RelayEngine> m_engine; // declared before the entries: outlives their workers
    std::map<qint64, std::unique_ptr<Entry>> m_entries;
    TapFactory m_tapFactory;
    bool m_streamAnalysis = true;
    QTimer m_sampler;
    int m_statsIntervalMs = 1000;
};

} // namespace srtdesk
