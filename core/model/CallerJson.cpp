// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/CallerJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace srtdesk {

QJsonArray CallerJson::array(const QList<CallerStats> &callers)
{
    QJsonArray out;
    for (const CallerStats &caller : callers) {
        // The keys in keys()' order: QJsonObject sorts them anyway, the order is for readers.
        out.append(QJsonObject{
            {QLatin1String(kPeerKey), caller.peer},
            {QStringLiteral("StreamId"), caller.streamId},
            {QStringLiteral("ConnectedSince"), caller.connectedSince.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("LinkRtt"), caller.linkRtt},
            {QStringLiteral("SendMbitRate"), caller.sendMbitRate},
            {QStringLiteral("SendPacketsLost"), caller.sendPacketsLost},
            {QStringLiteral("SendPacketsRetransmitted"), caller.sendPacketsRetransmitted},
            {QStringLiteral("SendPacketsDropped"), caller.sendPacketsDropped},
        });
    }
    return out;
}

QStringList CallerJson::keys()
{
    return {QLatin1String(kPeerKey),          QStringLiteral("StreamId"),        QStringLiteral("ConnectedSince"),
            QStringLiteral("LinkRtt"),        QStringLiteral("SendMbitRate"),    QStringLiteral("SendPacketsLost"),
            QStringLiteral("SendPacketsRetransmitted"), QStringLiteral("SendPacketsDropped")};
}

std::optional<QString> CallerJson::kickedPeer(const QByteArray &body, FieldErrors *errors)
{
    const QString key = QLatin1String(kPeerKey);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors->append({QStringLiteral("body"), tr("The body must be a JSON object such as {\"Peer\": \"127.0.0.1:4200\"}.")});
        return std::nullopt;
    }
    const QJsonValue value = document.object().value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        errors->append({key, tr("Peer must be the address of a connected caller as Callers shows it, such as "
                                "\"127.0.0.1:4200\" or \"[::1]:4200\".")});
        return std::nullopt;
    }
    return value.toString().trimmed();
}

} // namespace srtdesk
