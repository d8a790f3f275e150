// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace srtdesk {

// One caller of a TX listener (issue 14: one listener, many receivers), as GET get_tx shows it
// under "Callers": who it is, since when, and its own link's statistics (libsrt's srt_bstats
// of its socket; counters since it connected, the rate over the last statistics interval).
struct CallerStats
{
    QString peer;              // "ip:port" or "[ipv6]:port", as kick_tx takes it
    QString streamId;          // the caller's SRTO_STREAMID; empty when it sent none
    QDateTime connectedSince;  // UTC
    double linkRtt = 0;        // ms
    double sendMbitRate = 0;   // Mbit/s over the last statistics interval
    qint64 sendPacketsLost = 0;
    qint64 sendPacketsRetransmitted = 0;
    qint64 sendPacketsDropped = 0;
};

} // namespace srtdesk
