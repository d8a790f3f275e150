// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/HistoryStore.h"

#include "core/store/HistoryRows.h"
#include "core/store/HistorySchema.h"
#include "core/store/HistoryWriter.h"
#include "core/store/StoreLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <map>

namespace srtdesk {

namespace {

bool looksDamaged(const QString &error)
{
    return error.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("malformed"), Qt::CaseInsensitive);
}

} // namespace

HistoryStore::HistoryStore() : HistoryStore(Options{}) {}

HistoryStore::HistoryStore(const Options &options)
    : m_options(options),
      m_queue(options.queue),
      m_connectionName(QStringLiteral("srtdesk-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

bool HistoryStore::open(const QString &dataDir)
{
    close();
    m_error.clear();
    QDir().mkpath(dataDir);
    m_filePath = QDir(dataDir).filePath(kFileName);
    const bool opened = openReader();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("history-writer"));
    m_writer = new HistoryWriter(m_filePath, m_queue, m_options.retention, m_options.flushIntervalMs);
    m_writer->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::start, Qt::QueuedConnection);
    return opened;
}

void HistoryStore::close()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_writer;
        m_writer = nullptr;
        m_thread.reset();
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryStore::openReader()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                              ? QSqlDatabase::database(m_connectionName, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        // A read waits at most this long for the writer's checkpoint; it never waits on a disk.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        QString error;
        if (db.open() && HistorySchema::prepare(db, &error))
            return true;
        if (error.isEmpty())
            error = db.lastError().text();
        db.close();
        if (attempt == 0 && looksDamaged(error) && moveDamagedAside(error))
            continue;
        const QString message = tr("The history file %1 cannot be used now (%2); events and statistics are kept in "
                                   "memory until it can be written.")
                                    .arg(QDir::toNativeSeparators(m_filePath), error);
        if (message != m_error) // reads retry the file: say it once
            qCWarning(lcStore).noquote() << message;
        m_error = message;
        return false;
    }
    return false;
}

// History is not configuration: a damaged file is kept aside for inspection and a new one begins.
bool HistoryStore::moveDamagedAside(const QString &reason)
{
    const QString aside = m_filePath + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    if (!QFile::rename(m_filePath, aside))
        return false;
    QFile::remove(m_filePath + QStringLiteral("-wal"));
    QFile::remove(m_filePath + QStringLiteral("-shm"));
    qCWarning(lcStore).noquote() << "the history file" << m_filePath << "is damaged (" << reason << "); it was moved to"
                                 << aside << "and a new one was started";
    return true;
}

QSqlDatabase HistoryStore::reader()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() && !m_filePath.isEmpty() && openReader())
        db = QSqlDatabase::database(m_connectionName, false);
    return db;
}

void HistoryStore::addEvent(const EventRecord &event)
{
    m_queue.addEvent(event);
}

void HistoryStore::putAlarm(const Alarm &alarm)
{
    m_queue.putAlarm(alarm);
}

void HistoryStore::addSamples(const QList<HistorySample> &samples)
{
    m_queue.addSamples(samples);
}

// Every reader takes what waits to be written before it queries the file: an item the writer
// commits in between is then in both (the same id), never in neither.
QList<EventRecord> HistoryStore::events(qint64 sinceMs, int limit)
{
    const QList<EventRecord> unwritten = m_queue.unwrittenEvents();
    std::map<qint64, EventRecord> byId;
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (!db.isOpen()) {
        // the file cannot be read now: what waits to be written only
    } else if (sinceMs >= 0) {
        query.prepare(QStringLiteral("SELECT ") + HistoryRows::kEventColumns
                      + QStringLiteral(" FROM events WHERE time_ms >= ? ORDER BY id LIMIT ?"));
        query.addBindValue(sinceMs);
    } else {
        query.prepare(QStringLiteral("SELECT ") + HistoryRows::kEventColumns
                      + QStringLiteral(" FROM events ORDER BY id DESC LIMIT ?"));
    }
    query.addBindValue(limit);
    if (db.isOpen() && query.exec()) {
        while (query.next()) {
            if (const auto event = HistoryRows::event(query))
                byId[event->id] = *event;
        }
    }
    for (const EventRecord &event : unwritten) {
        if (sinceMs < 0 || event.timeMs >= sinceMs)
            byId[event.id] = event;
    }
    QList<EventRecord> result;
    for (const auto &[id, event] : byId)
        result.append(event);
    if (result.size() > limit)
        result = sinceMs >= 0 ? result.first(limit) : result.last(limit);
    return result;
}

QList<Alarm> HistoryStore::alarms(int limit)
{
    const QList<Alarm> unwritten = m_queue.unwrittenAlarms();
    std::map<qint64, Alarm> byId;
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (db.isOpen())
        query.prepare(QStringLiteral("SELECT ") + HistoryRows::kAlarmColumns + QStringLiteral(" FROM alarms ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (db.isOpen() && query.exec()) {
        while (query.next()) {
            if (const auto alarm = HistoryRows::alarm(query))
                byId[alarm->id] = *alarm;
        }
    }
    for (const Alarm &alarm : unwritten)
        byId[alarm.id] = alarm;
    QList<Alarm> result;
    for (const auto &[id, alarm] : byId)
        result.append(alarm);
    return result.size() > limit ? result.last(limit) : result;
}

QList<Alarm> HistoryStore::activeAlarms()
{
    const QList<Alarm> unwritten = m_queue.unwrittenAlarms();
    std::map<qint64, Alarm> byId;
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (db.isOpen() && query.exec(QStringLiteral("SELECT ") + HistoryRows::kAlarmColumns
                                  + QStringLiteral(" FROM alarms WHERE cleared_at = 0 ORDER BY id"))) {
        while (query.next()) {
            if (const auto alarm = HistoryRows::alarm(query))
                byId[alarm->id] = *alarm;
        }
    }
    for (const Alarm &alarm : unwritten) {
        if (alarm.isActive())
            byId[alarm.id] = alarm;
        else
            byId.erase(alarm.id);
    }
    QList<Alarm> result;
    for (const auto &[id, alarm] : byId)
        result.append(alarm);
    return result;
}

std::optional<Alarm> HistoryStore::alarm(qint64 id)
{
    const QList<Alarm> unwritten = m_queue.unwrittenAlarms();
    for (const Alarm &alarm : unwritten) {
        if (alarm.id == id)
            return alarm;
    }
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (!db.isOpen())
        return std::nullopt;
    query.prepare(QStringLiteral("SELECT ") + HistoryRows::kAlarmColumns + QStringLiteral(" FROM alarms WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return HistoryRows::alarm(query);
    return std::nullopt;
}

QList<HistorySample> HistoryStore::samples(qint64 serviceId, qint64 fromMs, qint64 toMs, Resolution resolution)
{
    if (resolution == Resolution::Auto) {
        const qint64 secondsFrom = QDateTime::currentMSecsSinceEpoch() - m_options.retention.secondSamplesMs;
        resolution = fromMs >= secondsFrom ? Resolution::Second : Resolution::Minute;
    }
    const bool minutes = resolution == Resolution::Minute;
    const QList<HistorySample> unwritten = minutes ? QList<HistorySample>() : m_queue.unwrittenSamples(serviceId);
    std::map<qint64, HistorySample> byTime;
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (db.isOpen())
        query.prepare(QStringLiteral("SELECT ") + HistoryRows::sampleColumns(minutes) + QStringLiteral(" FROM ")
                  + (minutes ? QStringLiteral("samples_minute") : QStringLiteral("samples_second"))
                  + QStringLiteral(" WHERE service_id = ? AND time_ms >= ? AND time_ms <= ? ORDER BY time_ms"));
    query.addBindValue(serviceId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (db.isOpen() && query.exec()) {
        while (query.next()) {
            const HistorySample sample = HistoryRows::sample(query, minutes);
            byTime[sample.timeMs] = sample;
        }
    }
    for (const HistorySample &sample : unwritten) {
        if (sample.timeMs >= fromMs && sample.timeMs <= toMs)
            byTime[sample.timeMs] = sample;
    }
    QList<HistorySample> result;
    for (const auto &[time, sample] : byTime)
        result.append(sample);
    return result;
}

qint64 HistoryStore::maxId(const QString &table)
{
    QSqlDatabase db = reader();
    QSqlQuery query(db);
    if (db.isOpen() && query.exec(QStringLiteral("SELECT MAX(id) FROM ") + table) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 HistoryStore::lastEventId()
{
    qint64 last = maxId(QStringLiteral("events"));
    for (const EventRecord &event : m_queue.unwrittenEvents())
        last = std::max(last, event.id);
    return last;
}

qint64 HistoryStore::lastAlarmId()
{
    qint64 last = maxId(QStringLiteral("alarms"));
    for (const Alarm &alarm : m_queue.unwrittenAlarms())
        last = std::max(last, alarm.id);
    return last;
}

bool HistoryStore::flush()
{
    if (!m_writer)
        return false;
    bool written = false;
    QMetaObject::invokeMethod(
        m_writer, [this, &written] { written = m_writer->flushNow(); }, Qt::BlockingQueuedConnection);
    return written;
}

void HistoryStore::prune()
{
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::pruneNow, Qt::BlockingQueuedConnection);
}

} // namespace srtdesk
