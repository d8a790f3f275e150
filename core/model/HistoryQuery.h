// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldError.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace srtdesk {

// The query parameters of GET /v1/alarms (all, limit) and GET /v1/events (since, limit),
// checked here like every other input: a clear message naming the parameter.
class HistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQuery)

public:
    static constexpr int kDefaultEventLimit = 100;
    static constexpr int kDefaultAlarmLimit = 1000;
    static constexpr int kMaxLimit = 10000;

    struct Events
    {
        qint64 sinceMs = -1; // -1: the latest `limit` events
        int limit = kDefaultEventLimit;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };
    struct Alarms
    {
        bool all = false; // cleared ones too (the latest `limit`)
        int limit = kDefaultAlarmLimit;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static Events events(const QUrlQuery &query);
    static Alarms alarms(const QUrlQuery &query);
    // An ISO 8601 time; without an offset it is taken as UTC. -1 when it is not one.
    static qint64 parseTime(const QString &text);
};

} // namespace srtdesk
