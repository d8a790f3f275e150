// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CallerStats.h"
#include "core/model/FieldError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace srtdesk {

// The callers of a TX listener in the API (issue 14): "Callers" of get_tx, and the body of
// kick_tx, {"Peer": "ip:port"}.
class CallerJson
{
    Q_DECLARE_TR_FUNCTIONS(CallerJson)

public:
    static constexpr const char *kCallersKey = "Callers";
    static constexpr const char *kPeerKey = "Peer";

    // [{"Peer", "StreamId", "ConnectedSince" (ISO 8601 UTC), "LinkRtt", "SendMbitRate",
    //   "SendPacketsLost", "SendPacketsRetransmitted", "SendPacketsDropped"}]
    static QJsonArray array(const QList<CallerStats> &callers);
    // Every key of one caller, in the order array() writes them (OpenAPI, tests).
    static QStringList keys();

    // The peer a kick_tx body names; nullopt with a sentence in `errors` when the body is not
    // a JSON object with a non-empty text "Peer".
    static std::optional<QString> kickedPeer(const QByteArray &body, FieldErrors *errors);
};

} // namespace srtdesk
