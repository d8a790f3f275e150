// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// Which categories SRT Desk's programs log by default: SRT Desk's own from info up, others
// (Qt's, and libsrt's routed through srtdesk.libsrt, whose info is debug for us) from warnings
// up. QT_LOGGING_RULES, when set, wins. Call before SrtRuntime is created: libsrt's own level
// follows what its category lets through.
class LogRules
{
public:
    static void applyDefaults();
};

} // namespace srtdesk
