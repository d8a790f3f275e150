// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/HistoryQueue.h"
#include "core/store/HistoryRetention.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace srtdesk {

// The one writer of the history file, on its own thread with its own SQLite connection: every
// flush interval it writes what HistoryQueue holds in one transaction, folds complete minutes
// of 1-second samples into 1-minute aggregates, and now and then prunes what retention no
// longer keeps, in small chunks. A write that fails (a full disk) leaves the batch queued and
// is retried with a growing pause; nothing else waits for it.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    HistoryWriter(QString filePath, HistoryQueue &queue, const HistoryRetention &retention, int flushIntervalMs);
    ~HistoryWriter() override;

    // Called on the writer's thread (queued, or blocking-queued from the owner).
    void start();
    bool flushNow();
    void pruneNow();
    void stop(); // a last flush, then the connection closes

private:
    bool ensureOpen();
    void closeConnection();
    void onFlushTimer();
    bool writeBatch(const HistoryQueue::Batch &batch);
    bool execBatch(const HistoryQueue::Batch &batch, QString *error);
    bool aggregateMinutes(qint64 fromMs, QString *error);
    // Deletes the rows `selectIds` names, at most kPruneChunk per transaction.
    int pruneChunked(const QString &selectIds, const QList<QVariant> &values);
    qint64 initialAggregatedUntil();
    void noteFailure(const QString &reason);

    static constexpr int kPruneChunk = 5000;
    static constexpr int kMaxBackoffMs = 30000;

    const QString m_filePath;
    const QString m_connectionName;
    HistoryQueue &m_queue;
    const HistoryRetention m_retention;
    const int m_flushIntervalMs;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    bool m_open = false;
    qint64 m_aggregatedUntil = -1; // minutes before this are aggregated; -1 before the first look
    int m_failures = 0;            // consecutive failed writes
    QString m_lastFailure;
};

} // namespace srtdesk
