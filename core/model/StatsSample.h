// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace srtdesk {

// One point of a service's chart history: rates at the sample time and the packets
// lost, retransmitted and dropped during the interval that ended then.
struct StatsSample
{
    qint64 msecsSinceEpoch = 0;
    double rttMs = 0; // NaN: not measured (no link, or before libsrt's first measurement)
    double sendMbps = 0;
    double recvMbps = 0;
    qint64 lost = 0;
    qint64 retransmitted = 0;
    qint64 dropped = 0;
};

} // namespace srtdesk
