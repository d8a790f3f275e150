// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/OrderedJson.h"
#include "core/model/ServiceStatus.h"

#include <QJsonObject>
#include <QStringList>

namespace srtdesk {

// Writes services in the original API's GET shape, field for field and in its order, as the
// field table (ServiceFields) and the statistics table (ServiceStatistics) spell it.
class ServiceSerializer
{
public:
    enum class Passphrase {
        Masked,   // "" when empty, "********" when set: what leaves the process by default
        Included, // the passphrase itself: storage, or an export the user explicitly asked for
        Omitted   // no PassPhrase field at all
    };

    static inline const QString kMask = QStringLiteral("********");
    // The store's key of a service, first in the GET shape; not a parameter, so not in the table.
    static inline const QString kIdKey = QStringLiteral("Id");

    // The configuration fields, starting with Id (left out while the id is 0).
    static OrderedJson config(const ServiceConfig &config, Passphrase passphrase);
    // The configuration followed by Status, ContainerId and every statistic of the kind.
    static OrderedJson status(const ServiceStatus &status, Passphrase passphrase);

    // Same content as a QJsonObject (key order lost), for code that edits it further.
    static QJsonObject toObject(const OrderedJson &json);

    // The keys the GET shape of `kind` has and that of the other kind never has (UdpIn,
    // SendPackets, … for a TX): they tell the kind of an item that does not say it.
    static QStringList keysOnlyOf(ServiceKind kind);
};

} // namespace srtdesk
