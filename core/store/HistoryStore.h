// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/EventRecord.h"
#include "core/model/HistorySample.h"
#include "core/store/HistoryQueue.h"
#include "core/store/HistoryRetention.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace srtdesk {

class HistoryWriter;

// Events, alarms and statistics history in their own SQLite file, history.sqlite, next to the
// services database. A separate file because: its one writer thread never competes with
// ServiceStore for SQLite's write lock (a service change never waits for a history batch);
// it can be written with synchronous=NORMAL while services keep FULL; it grows to tens of MB
// and is neither quick_check-ed nor vacuumed with the services at start; and a damaged or
// full history file never makes the services unreadable (a damaged one is moved aside).
//
// Recording (add*/put*) never blocks on the disk: it queues (HistoryQueue) for the writer
// thread (HistoryWriter). Reading is on the calling thread with its own connection (WAL:
// readers and the writer do not block each other), and includes what still waits to be
// written. Used from one owner thread.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static inline const QString kFileName = QStringLiteral("history.sqlite");

    struct Options
    {
        HistoryRetention retention;
        HistoryQueue::Limits queue;
        int flushIntervalMs = 1000;
    };
    enum class Resolution { Auto, Second, Minute };

    HistoryStore();
    explicit HistoryStore(const Options &options);
    ~HistoryStore(); // writes what it can, then stops the writer
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (or creates) the file in `dataDir` and starts the writer. false with errorString()
    // when the file cannot be used now (a full or read-only disk): recording still works, in
    // memory, and the writer keeps trying. A damaged file is renamed *.damaged-<time> first.
    bool open(const QString &dataDir);
    void close();
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }

    void addEvent(const EventRecord &event);
    void putAlarm(const Alarm &alarm);
    void addSamples(const QList<HistorySample> &samples);

    // Events from `sinceMs` on, oldest first, at most `limit`; sinceMs < 0: the latest `limit`.
    QList<EventRecord> events(qint64 sinceMs, int limit);
    // The latest `limit` alarms (active and cleared), by id.
    QList<Alarm> alarms(int limit);
    QList<Alarm> activeAlarms();
    std::optional<Alarm> alarm(qint64 id);
    // A service's statistics in [fromMs, toMs], oldest first: 1-second samples while the window
    // is within the last hour, 1-minute aggregates beyond (Resolution::Auto).
    QList<HistorySample> samples(qint64 serviceId, qint64 fromMs, qint64 toMs, Resolution resolution = Resolution::Auto);
    // The highest ids recorded, so that new ones continue after a restart.
    qint64 lastEventId();
    qint64 lastAlarmId();

    // Blocks until the writer has tried to write everything queued; true when it did.
    bool flush();
    void prune(); // blocks until the writer pruned (tests)
    HistoryQueue::Dropped dropped() const { return m_queue.dropped(); }

private:
    bool openReader();
    bool moveDamagedAside(const QString &reason);
    QSqlDatabase reader();
    qint64 maxId(const QString &table);

    const Options m_options;
    HistoryQueue m_queue;
    QString m_filePath;
    QString m_connectionName;
    QString m_error;
    std::unique_ptr<QThread> m_thread;
    HistoryWriter *m_writer = nullptr; // lives on m_thread
};

} // namespace srtdesk
