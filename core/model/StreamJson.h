// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/OrderedJson.h"
#include "core/model/ProbeReport.h"
#include "core/model/StreamHealth.h"

namespace srtdesk {

// The REST shapes of stream monitoring: the "Stream" object of GET /v1/get_rx|get_tx/<id> and
// the body of GET /v1/probe_rx|probe_tx/<id> (issue 15).
class StreamJson
{
public:
    // Counters since the link came up; rates over the last statistics interval.
    static OrderedJson health(const StreamHealth &health);
    static OrderedJson probe(const ProbeReport &report);
};

} // namespace srtdesk
