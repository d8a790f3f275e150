// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/EventRecord.h"
#include "core/model/HistorySample.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace srtdesk {

// Rows of the history file and the structs they hold, both ways, in one place: the writer
// binds them, the readers read them back with the column lists given here.
class HistoryRows
{
public:
    static const QString kEventColumns;
    static const QString kAlarmColumns;
    static QString sampleColumns(bool aggregate);

    static QString insertEventSql();
    static QString upsertAlarmSql();
    static QString insertSecondSql();

    static void bind(QSqlQuery &query, const EventRecord &event);
    static void bind(QSqlQuery &query, const Alarm &alarm);
    static void bind(QSqlQuery &query, const HistorySample &sample);

    // nullopt for a row this version cannot read (an unknown type): it is skipped.
    static std::optional<EventRecord> event(const QSqlQuery &query);
    static std::optional<Alarm> alarm(const QSqlQuery &query);
    static HistorySample sample(const QSqlQuery &query, bool aggregate);
};

} // namespace srtdesk
