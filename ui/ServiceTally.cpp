// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTally.h"

#include "core/model/AlarmText.h"
#include "ui/AlarmTableModel.h"
#include "ui/WindowText.h"

namespace srtdesk {

ServiceTally ServiceTally::of(const QList<ServiceStatus> &services, const QList<Alarm> &activeAlarms)
{
    ServiceTally tally;
    for (const ServiceStatus &s : services) {
        ++(s.config.isRx() ? tally.rxTotal : tally.txTotal);
        if (!s.running)
            continue;
        ++(s.config.isRx() ? tally.rxRunning : tally.txRunning);
        tally.connected += s.stats.state == LinkState::Connected ? 1 : 0;
        tally.waiting += s.stats.state == LinkState::Waiting ? 1 : 0;
    }
    for (const Alarm &alarm : activeAlarms) {
        tally.alarms.append(WindowText::tr("%1 · %2: %3")
                                .arg(AlarmText::title(alarm.severity), AlarmTableModel::serviceText(alarm),
                                     AlarmText::title(alarm.type)));
        tally.unacknowledged += alarm.acknowledged ? 0 : 1;
    }
    return tally;
}

QString ServiceTally::summaryText() const
{
    return WindowText::tr("RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarm(s)",
                          nullptr, int(alarms.size()))
        .arg(rxRunning)
        .arg(rxTotal)
        .arg(txRunning)
        .arg(txTotal)
        .arg(connected)
        .arg(waiting);
}

} // namespace srtdesk
