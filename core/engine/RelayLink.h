// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/StatsReader.h"
#include "core/model/LinkStats.h"

#include <QDateTime>
#include <QString>

#include <srt/srt.h>

namespace srtdesk {

// One connected SRT link of a service: the caller of a caller/rendezvous service, or one of a
// TX listener's callers. `last` holds its statistics as of the last reading (LinkSampler).
// Private to core/engine; shard thread only.
struct RelayLink
{
    SRTSOCKET socket = SRT_INVALID_SOCK;
    QString peer;     // "ip:port" / "[ipv6]:port"
    QString streamId; // the caller's SRTO_STREAMID (listener side)
    QDateTime since;  // UTC
    StatsReader reader;
    LinkStats last;   // the link's own statistics at the last reading
    bool read = false; // `last` holds a reading
};

} // namespace srtdesk
