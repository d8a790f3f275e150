#pragma once

#include "core/model/OrderedJson.h"
#include "core/model/ServiceStatus.h"

#include <QJsonObject>

namespace srtdesk {

// Writes services in the original API's GET shape, field for field and in its order.
class ServiceSerializer
{
public:
    enum class Passphrase {
        Masked,   // "" when empty, "********" when set: what leaves the process by default
        Included, // the passphrase itself: storage, or an export the user explicitly asked for
        Omitted   // no PassPhrase field at all
    };

    static inline const QString kMask = QStringLiteral("********");

    // The configuration fields, starting with Id (left out while the id is 0).
    static OrderedJson config(const ServiceConfig &config, Passphrase passphrase);
    // The configuration followed by Status, ContainerId and every statistic of the kind.
    static OrderedJson status(const ServiceStatus &status, Passphrase passphrase);

    // Same content as a QJsonObject (key order lost), for code that edits it further.
    static QJsonObject toObject(const OrderedJson &json);
};

} // namespace srtdesk
