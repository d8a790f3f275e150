// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTransfer.h"

#include "core/ServiceManager.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

namespace {

// An item of a bare array or a lone object says its kind through its field names.
ServiceKind guessKind(const QJsonObject &item)
{
    static const QStringList txKeys = ServiceSerializer::keysOnlyOf(ServiceKind::Tx);
    for (const QString &key : txKeys) {
        if (item.contains(key))
            return ServiceKind::Tx;
    }
    return ServiceKind::Rx;
}

QString nameKey()
{
    return ServiceFields::get(FieldId::ServiceName, ServiceKind::Rx).apiName();
}

QString itemName(const QJsonObject &item, int index)
{
    const QString name = item.value(nameKey()).toString();
    return name.isEmpty() ? ServiceTransfer::tr("item %1").arg(index + 1) : QStringLiteral("\"%1\"").arg(name);
}

void parseItems(const QJsonArray &items, std::optional<ServiceKind> kind, ServiceTransfer::Parsed &out)
{
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            out.problems.append(ServiceTransfer::tr("Item %1 is not a JSON object.").arg(i + 1));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        const ServiceKind itemKind = kind.value_or(guessKind(item));
        const ServiceParser::Result parsed = ServiceParser::parse(item, ServiceConfig::defaults(itemKind));
        if (!parsed.ok()) {
            QStringList messages;
            for (const FieldError &error : parsed.errors)
                messages.append(error.message);
            out.problems.append(ServiceTransfer::tr("%1: %2").arg(itemName(item, i), messages.join(QLatin1Char(' '))));
            continue;
        }
        ServiceConfig config = parsed.config;
        config.id = 0;
        if (config.passPhrase == ServiceSerializer::kMask) {
            config.passPhrase.clear();
            ++out.maskedPassphrases;
        }
        out.configs.append(config);
    }
}

} // namespace

QByteArray ServiceTransfer::exportJson(const QList<ServiceConfig> &configs, bool includePassphrases)
{
    const auto mode = includePassphrases ? ServiceSerializer::Passphrase::Included : ServiceSerializer::Passphrase::Omitted;
    QList<OrderedJson> rx;
    QList<OrderedJson> tx;
    for (const ServiceConfig &config : configs)
        (config.isRx() ? rx : tx).append(ServiceSerializer::config(config, mode));
    // The two arrays keep the original's field order, so the whole is assembled by hand.
    QByteArray out("{\n\"rx\": ");
    out += OrderedJson::arrayToJson(rx);
    out += ",\n\"tx\": ";
    out += OrderedJson::arrayToJson(tx);
    out += "\n}\n";
    return out;
}

ServiceTransfer::Parsed ServiceTransfer::parseJson(const QByteArray &json)
{
    Parsed out;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems.append(tr("The file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
        return out;
    }
    if (document.isArray()) {
        parseItems(document.array(), std::nullopt, out);
        return out;
    }
    const QJsonObject root = document.object();
    bool found = false;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const auto kind = serviceKindFromWire(it.key());
        if (kind && it.value().isArray()) {
            parseItems(it.value().toArray(), kind, out);
            found = true;
        }
    }
    if (!found) {
        if (root.contains(nameKey()))
            parseItems(QJsonArray{root}, std::nullopt, out);
        else
            out.problems.append(tr("The file holds no services: expected {\"rx\": [...], \"tx\": [...]}, "
                                   "an array of services or one service."));
    }
    return out;
}

ServiceTransfer::Report ServiceTransfer::import(ServiceManager &manager, const QList<ServiceConfig> &configs)
{
    Report report;
    for (const ServiceConfig &config : configs) {
        const ServiceManager::Result result = manager.add(config);
        if (result.ok()) {
            report.added.append(result.id);
            continue;
        }
        QStringList messages;
        for (const FieldError &error : result.fields)
            messages.append(error.message);
        if (messages.isEmpty())
            messages.append(result.message);
        report.problems.append(tr("%1 %2: %3")
                                   .arg(config.isRx() ? tr("RX") : tr("TX"), config.serviceName, messages.join(QLatin1Char(' '))));
    }
    return report;
}

} // namespace srtdesk
