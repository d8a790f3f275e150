// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "core/model/ServiceEnums.h"
#include "core/model/StreamHealth.h"

#include <QString>

#include <optional>

namespace srtdesk {

// One running service at one statistics tick, as ServiceManager samples it in its own thread:
// what alarms are evaluated from and what the statistics history records.
struct ServiceTick
{
    qint64 serviceId = 0;
    ServiceKind kind = ServiceKind::Rx;
    QString serviceName;
    qint64 nowMs = 0;      // UTC, ms since the epoch
    qint64 intervalMs = 0; // since this service's previous tick; 0 on its first
    LinkStats stats;       // the snapshot (totals since the link came up, rates)
    // What comes into the service, Mbit/s over the interval: a TX's UDP input, an RX's payload
    // received from its SRT peer. 0 means nothing came in.
    double inputMbitRate = 0;
    // During the interval.
    qint64 packets = 0;
    qint64 lost = 0;
    qint64 dropped = 0;
    qint64 retransmitted = 0;
    // The transport stream's health when stream monitoring runs for the service.
    std::optional<StreamHealth> health;
};

} // namespace srtdesk
