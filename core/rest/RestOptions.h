// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace srtdesk {

// How the REST API behaves; the defaults are the issue's.
struct RestOptions
{
    int tokenLifetimeSecs = 3600;
    int maxFailedLogins = 5;       // per client address ...
    int failedLoginWindowSecs = 60; // ... within this many seconds, then 429
    qint64 maxBodyBytes = 64 * 1024; // larger bodies get 413
    // Requests beyond this are refused while they arrive (connection closed), to bound memory.
    qint64 hardRequestLimit = 1024 * 1024;
    int idleTimeoutSecs = 60;    // a connection silent this long is closed
    int maxConnections = 256;    // open connections at once; more are closed on arrival
};

} // namespace srtdesk
