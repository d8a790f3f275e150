// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "core/model/ServiceConfig.h"

namespace srtdesk {

// A service as views show it: its configuration, whether it runs, and its link.
struct ServiceStatus
{
    ServiceConfig config;
    bool running = false; // Status of the original
    LinkStats stats;
};

} // namespace srtdesk
