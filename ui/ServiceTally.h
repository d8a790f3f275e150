// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Alarm.h"
#include "core/model/ServiceStatus.h"

#include <QList>
#include <QStringList>

namespace srtdesk {

// How many services run, connect and wait, and the active alarms (AlarmCenter): counted once
// per update, so that the status bar's summary and alarm badge and the tray's tooltip agree.
struct ServiceTally
{
    int rxRunning = 0;
    int rxTotal = 0;
    int txRunning = 0;
    int txTotal = 0;
    int connected = 0;
    int waiting = 0;
    QStringList alarms;   // "Critical · RX 3 Madrid: No input" for each active alarm, by id
    int unacknowledged = 0; // of the active alarms

    static ServiceTally of(const QList<ServiceStatus> &services, const QList<Alarm> &activeAlarms = {});

    int running() const { return rxRunning + txRunning; }

    // "RX: 2 of 3 running · TX: 1 of 1 running · 3 connected · 0 waiting · 1 alarm"
    QString summaryText() const;
};

} // namespace srtdesk
