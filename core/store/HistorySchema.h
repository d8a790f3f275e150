// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace srtdesk {

// The tables of the history file (history.sqlite): events, alarms, and statistics as
// 1-second samples and 1-minute aggregates. Versioned with PRAGMA user_version like the
// services database; a newer file is refused.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int kVersion = 1;

    // Sets the connection up (WAL, synchronous NORMAL: history may lose its last second on a
    // power cut, never its consistency) and creates the tables it lacks. false with *error.
    static bool prepare(QSqlDatabase db, QString *error);
    // The counter columns shared by both sample tables, in TsErrorCounters order.
    static const char *const kTsColumns[8];
};

} // namespace srtdesk
