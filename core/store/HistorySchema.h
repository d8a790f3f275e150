// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace srtdesk {

// The tables of the history file (history.sqlite): events, alarms, statistics as 1-second
// samples and 1-minute aggregates, and the audit trail. Versioned with PRAGMA user_version
// like the services database; a newer file is refused. A new file gets the tables of version 1
// and then every step, as an older file gets the steps it lacks, in one transaction.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int kVersion = 2; // 1: events, alarms, samples; 2: audit

    // Sets the connection up (WAL, synchronous NORMAL: history may lose its last second on a
    // power cut, never its consistency) and creates the tables it lacks. false with *error.
    static bool prepare(QSqlDatabase db, QString *error);
    // The counter columns shared by both sample tables, in TsErrorCounters order.
    static const char *const kTsColumns[8];
};

} // namespace srtdesk
