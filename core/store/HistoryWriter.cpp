// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/HistoryWriter.h"

#include "core/store/HistoryRows.h"
#include "core/store/HistorySchema.h"
#include "core/store/StoreLogging.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <limits>

namespace srtdesk {

namespace {

constexpr qint64 kMinuteMs = 60000;

qint64 minuteStart(qint64 msecs)
{
    return msecs - msecs % kMinuteMs;
}

QString aggregateSql()
{
    QStringList sums;
    for (const char *column : HistorySchema::kTsColumns)
        sums << QStringLiteral("SUM(%1)").arg(QLatin1String(column));
    return QStringLiteral("INSERT OR REPLACE INTO samples_minute (") + HistoryRows::sampleColumns(true)
        + QStringLiteral(") SELECT service_id, (time_ms / 60000) * 60000, COUNT(*), "
                         // 0 is "no RTT measured" (no link yet): not part of the average
                         "COALESCE(AVG(NULLIF(rtt, 0)), 0), MAX(rtt), AVG(rate), "
                         "MIN(rate), MAX(rate), AVG(input_rate), AVG(ts_rate), SUM(packets), SUM(lost), SUM(dropped), "
                         "SUM(retransmitted), ")
        + sums.join(QStringLiteral(", "))
        + QStringLiteral(" FROM samples_second WHERE time_ms >= ? AND time_ms < ? GROUP BY service_id, time_ms / 60000");
}

} // namespace

HistoryWriter::HistoryWriter(QString filePath, HistoryQueue &queue, const HistoryRetention &retention,
                             int flushIntervalMs)
    : m_filePath(std::move(filePath)),
      m_connectionName(QStringLiteral("srtdesk-history-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_queue(queue),
      m_retention(retention),
      m_flushIntervalMs(flushIntervalMs)
{
}

HistoryWriter::~HistoryWriter()
{
    closeConnection();
}

void HistoryWriter::start()
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryWriter::onFlushTimer);
    m_flushTimer->start();
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(60000);
    connect(m_pruneTimer, &QTimer::timeout, this, &HistoryWriter::pruneNow);
    m_pruneTimer->start();
    ensureOpen();
}

void HistoryWriter::stop()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pruneTimer)
        m_pruneTimer->stop();
    flushNow();
    closeConnection();
}

bool HistoryWriter::ensureOpen()
{
    if (m_open)
        return true;
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString error;
    if (!db.open()) {
        noteFailure(db.lastError().text());
        return false;
    }
    if (!HistorySchema::prepare(db, &error)) {
        db.close();
        noteFailure(error);
        return false;
    }
    m_open = true;
    return true;
}

void HistoryWriter::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

void HistoryWriter::onFlushTimer()
{
    const bool written = flushNow();
    // A failing disk is retried less and less often, up to every kMaxBackoffMs.
    const int next = written ? m_flushIntervalMs
                             : std::min(kMaxBackoffMs, m_flushIntervalMs << std::min(m_failures, 5));
    if (m_flushTimer->interval() != next)
        m_flushTimer->setInterval(next);
}

bool HistoryWriter::flushNow()
{
    const HistoryQueue::Batch batch = m_queue.take();
    const bool written = writeBatch(batch);
    m_queue.finish(written);
    return written;
}

void HistoryWriter::noteFailure(const QString &reason)
{
    ++m_failures;
    if (m_failures == 1 || reason != m_lastFailure) {
        qCWarning(lcStore).noquote() << "cannot write the history file" << m_filePath << "-" << reason
                                     << "- events and statistics wait in memory and are retried";
    }
    m_lastFailure = reason;
}

bool HistoryWriter::writeBatch(const HistoryQueue::Batch &batch)
{
    if (!ensureOpen())
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool aggregateDue = m_aggregatedUntil < minuteStart(now);
    if (batch.isEmpty() && !aggregateDue)
        return true;
    QString error;
    if (!execBatch(batch, &error)) {
        noteFailure(error);
        return false;
    }
    if (m_failures > 0) {
        const HistoryQueue::Dropped dropped = m_queue.dropped();
        qCInfo(lcStore).noquote() << "the history file" << m_filePath << "is written again after" << m_failures
                                  << "failed attempt(s); dropped meanwhile so far:" << dropped.samples << "samples,"
                                  << dropped.events << "events," << dropped.alarms << "alarms";
    }
    m_failures = 0;
    m_lastFailure.clear();
    return true;
}

bool HistoryWriter::execBatch(const HistoryQueue::Batch &batch, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // One row this file refuses (SQLITE_CONSTRAINT) is left out, so that it cannot hold back
    // everything queued behind it; any other failure (a full disk) fails the batch.
    const auto run = [&](QSqlQuery &query) {
        if (query.exec())
            return true;
        if (query.lastError().nativeErrorCode() == QLatin1String("19")) {
            qCWarning(lcStore).noquote() << "history: a row was left out:" << query.lastError().text();
            return true;
        }
        *error = query.lastError().text();
        db.rollback();
        return false;
    };
    QSqlQuery events(db);
    events.prepare(HistoryRows::insertEventSql());
    for (const EventRecord &event : batch.events) {
        HistoryRows::bind(events, event);
        if (!run(events))
            return false;
    }
    QSqlQuery alarms(db);
    alarms.prepare(HistoryRows::upsertAlarmSql());
    for (const Alarm &alarm : batch.alarms) {
        HistoryRows::bind(alarms, alarm);
        if (!run(alarms))
            return false;
    }
    QSqlQuery audit(db);
    audit.prepare(HistoryRows::insertAuditSql());
    for (const AuditEntry &entry : batch.audit) {
        HistoryRows::bind(audit, entry);
        if (!run(audit))
            return false;
    }
    QSqlQuery samples(db);
    samples.prepare(HistoryRows::insertSecondSql());
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const HistorySample &sample : batch.samples) {
        HistoryRows::bind(samples, sample);
        if (!run(samples))
            return false;
        earliest = std::min(earliest, sample.timeMs);
    }
    // Samples that waited (a full disk) may belong to minutes already aggregated: redo those.
    if (m_aggregatedUntil < 0)
        m_aggregatedUntil = initialAggregatedUntil();
    const qint64 from = std::min(m_aggregatedUntil, minuteStart(earliest));
    if (!aggregateMinutes(from, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        m_aggregatedUntil = -1; // read again: the aggregates were rolled back
        return false;
    }
    return true;
}

qint64 HistoryWriter::initialAggregatedUntil()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT MAX(time_ms) FROM samples_minute")) && query.next() && !query.value(0).isNull())
        return query.value(0).toLongLong() + kMinuteMs;
    return minuteStart(QDateTime::currentMSecsSinceEpoch()) - m_retention.secondSamplesMs;
}

bool HistoryWriter::aggregateMinutes(qint64 fromMs, QString *error)
{
    const qint64 until = minuteStart(QDateTime::currentMSecsSinceEpoch());
    if (fromMs >= until)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(aggregateSql());
    query.addBindValue(fromMs);
    query.addBindValue(until);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_aggregatedUntil = until;
    return true;
}

int HistoryWriter::pruneChunked(const QString &selectIds, const QList<QVariant> &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    int total = 0;
    for (;;) {
        QSqlQuery query(db);
        query.prepare(selectIds + QStringLiteral(" LIMIT %1)").arg(kPruneChunk));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            noteFailure(query.lastError().text());
            return total;
        }
        const int deleted = query.numRowsAffected();
        total += std::max(0, deleted);
        if (deleted < kPruneChunk)
            return total;
    }
}

// Each chunk is its own statement (autocommit): the writer never holds the file for long,
// and readers in WAL mode are never blocked by it.
void HistoryWriter::pruneNow()
{
    if (!ensureOpen())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 oldest = now - m_retention.maxAgeMs;
    int pruned = pruneChunked(
        QStringLiteral("DELETE FROM events WHERE id IN (SELECT id FROM events WHERE time_ms < ? ORDER BY id"), {oldest});
    pruned += pruneChunked(QStringLiteral("DELETE FROM alarms WHERE id IN (SELECT id FROM alarms WHERE cleared_at > 0 "
                                          "AND cleared_at < ? ORDER BY id"),
                           {oldest});
    // The audit trail is kept like events: as long, and as many rows.
    pruned += pruneChunked(
        QStringLiteral("DELETE FROM audit WHERE id IN (SELECT id FROM audit WHERE time_ms < ? ORDER BY id"), {oldest});
    pruned += pruneChunked(QStringLiteral("DELETE FROM audit WHERE id IN (SELECT id FROM audit WHERE id <= "
                                          "(SELECT id FROM audit ORDER BY id DESC LIMIT 1 OFFSET ?) ORDER BY id"),
                           {m_retention.maxRows});
    // Beyond maxRows: the oldest rows go first (active alarms stay).
    pruned += pruneChunked(QStringLiteral("DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id <= "
                                          "(SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?) ORDER BY id"),
                           {m_retention.maxRows});
    pruned += pruneChunked(QStringLiteral("DELETE FROM alarms WHERE id IN (SELECT id FROM alarms WHERE cleared_at > 0 "
                                          "AND id <= (SELECT id FROM alarms ORDER BY id DESC LIMIT 1 OFFSET ?) ORDER BY id"),
                           {m_retention.maxRows});
    pruned += pruneChunked(QStringLiteral("DELETE FROM samples_second WHERE (service_id, time_ms) IN (SELECT service_id, "
                                          "time_ms FROM samples_second WHERE time_ms < ?"),
                           {now - m_retention.secondSamplesMs});
    pruned += pruneChunked(QStringLiteral("DELETE FROM samples_minute WHERE (service_id, time_ms) IN (SELECT service_id, "
                                          "time_ms FROM samples_minute WHERE time_ms < ?"),
                           {now - m_retention.minuteSamplesMs});
    if (pruned > 0)
        qCDebug(lcStore) << "history: pruned" << pruned << "rows";
}

} // namespace srtdesk
