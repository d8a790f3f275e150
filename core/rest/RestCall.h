// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerRequest>
#include <QString>

namespace srtdesk {

// One request as a handler sees it: routed, its permission checked and its limits applied.
struct RestCall
{
    const QHttpServerRequest &request;
    qint64 id = 0;   // the {id} of the path, 0 when it has none
    QString subject; // the token's user, empty on public routes
};

} // namespace srtdesk
