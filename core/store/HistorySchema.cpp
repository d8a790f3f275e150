// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/HistorySchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace srtdesk {

const char *const HistorySchema::kTsColumns[8] = {"sync_losses", "sync_byte_errors", "pat_errors",
                                                  "cc_errors",   "pmt_errors",       "pid_errors",
                                                  "pcr_repetition_errors", "pcr_discontinuities"};

namespace {

QString sampleTable(const QString &name, bool aggregate)
{
    QStringList columns{QStringLiteral("service_id INTEGER NOT NULL"), QStringLiteral("time_ms INTEGER NOT NULL")};
    if (aggregate)
        columns << QStringLiteral("samples INTEGER NOT NULL");
    columns << QStringLiteral("rtt REAL NOT NULL");
    if (aggregate)
        columns << QStringLiteral("rtt_max REAL NOT NULL");
    columns << QStringLiteral("rate REAL NOT NULL");
    if (aggregate)
        columns << QStringLiteral("rate_min REAL NOT NULL") << QStringLiteral("rate_max REAL NOT NULL");
    columns << QStringLiteral("input_rate REAL NOT NULL") << QStringLiteral("ts_rate REAL NOT NULL")
            << QStringLiteral("packets INTEGER NOT NULL") << QStringLiteral("lost INTEGER NOT NULL")
            << QStringLiteral("dropped INTEGER NOT NULL") << QStringLiteral("retransmitted INTEGER NOT NULL");
    for (const char *column : HistorySchema::kTsColumns)
        columns << QLatin1String(column) + QStringLiteral(" INTEGER NOT NULL");
    columns << QStringLiteral("PRIMARY KEY (service_id, time_ms)");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS ") + name + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + QStringLiteral(") WITHOUT ROWID");
}

} // namespace

bool HistorySchema::prepare(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        return false;
    };
    if (!run(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error->isEmpty())
            *error = tr("its schema version cannot be read");
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kVersion) {
        *error = tr("it was written by a newer SRT Desk (schema %1; this version knows up to %2)").arg(version).arg(kVersion);
        return false;
    }
    if (!run(QStringLiteral("PRAGMA journal_mode=WAL")) || !run(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    if (version == kVersion)
        return true;
    const bool created = run(QStringLiteral("BEGIN"))
        && run(QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                              " id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, type TEXT NOT NULL,"
                              " service_id INTEGER NOT NULL, kind TEXT NOT NULL, service_name TEXT NOT NULL,"
                              " alarm_id INTEGER NOT NULL, alarm_type TEXT NOT NULL, severity TEXT NOT NULL,"
                              " value REAL NOT NULL, threshold REAL NOT NULL, seconds INTEGER NOT NULL,"
                              " subject TEXT NOT NULL, detail TEXT NOT NULL)"))
        && run(QStringLiteral("CREATE INDEX IF NOT EXISTS events_time ON events (time_ms)"))
        && run(QStringLiteral("CREATE TABLE IF NOT EXISTS alarms ("
                              " id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, kind TEXT NOT NULL,"
                              " service_name TEXT NOT NULL, type TEXT NOT NULL, severity TEXT NOT NULL,"
                              " raised_at INTEGER NOT NULL, cleared_at INTEGER NOT NULL,"
                              " acknowledged INTEGER NOT NULL, acknowledged_at INTEGER NOT NULL,"
                              " value REAL NOT NULL, threshold REAL NOT NULL, seconds INTEGER NOT NULL)"))
        && run(QStringLiteral("CREATE INDEX IF NOT EXISTS alarms_cleared ON alarms (cleared_at)"))
        && run(sampleTable(QStringLiteral("samples_second"), false))
        && run(QStringLiteral("CREATE INDEX IF NOT EXISTS samples_second_time ON samples_second (time_ms)"))
        && run(sampleTable(QStringLiteral("samples_minute"), true))
        && run(QStringLiteral("CREATE INDEX IF NOT EXISTS samples_minute_time ON samples_minute (time_ms)"))
        && run(QStringLiteral("PRAGMA user_version=%1").arg(kVersion)) && run(QStringLiteral("COMMIT"));
    if (!created)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return created;
}

} // namespace srtdesk
