// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class AlarmSystem;

// Alarms and their rules: GET /v1/alarms (active; ?all=1 with cleared ones), POST
// /v1/ack_alarm/<id>, GET/PUT /v1/alarm_rules (the global rules; a service's overrides are the
// "Alarms" object of its own body). Query parameters and bodies are checked by core/model.
class AlarmController
{
    Q_DECLARE_TR_FUNCTIONS(AlarmController)

public:
    explicit AlarmController(AlarmSystem &alarms);
    AlarmController(const AlarmController &) = delete;
    AlarmController &operator=(const AlarmController &) = delete;

    // Its routes; their handlers refer to this controller, which must outlive them.
    QList<RestRoute> routes();

private:
    ApiReply list(const RestCall &call);
    ApiReply acknowledge(qint64 id);
    ApiReply rules() const;
    ApiReply setRules(const RestCall &call);

    AlarmSystem &m_alarms;
};

} // namespace srtdesk
