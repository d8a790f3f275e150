// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/UserRole.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QString>

namespace srtdesk {

// One request as a handler sees it: routed, its permission checked and its limits applied.
struct RestCall
{
    const QHttpServerRequest &request;
    qint64 id = 0;   // the {id} of the path, 0 when it has none
    QString subject; // the token's user, empty on public routes
    UserRole role = UserRole::Observer; // the token's user's role (on public routes: meaningless)
    QString name;    // the {name} of the path, empty when it has none

    // The client's address as the audit trail and the logs write it (::ffff:1.2.3.4 as 1.2.3.4).
    QString source() const
    {
        const QHostAddress address = request.remoteAddress();
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        return isV4 ? QHostAddress(v4).toString() : address.toString();
    }
};

} // namespace srtdesk
