// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceSerializer.h"

#include "core/model/ServiceFields.h"
#include "core/model/ServiceStatistics.h"

#include <QJsonDocument>

namespace srtdesk {

namespace {

QString passphraseText(const QString &passphrase, ServiceSerializer::Passphrase mode)
{
    if (mode == ServiceSerializer::Passphrase::Included || passphrase.isEmpty())
        return passphrase;
    return ServiceSerializer::kMask;
}

void addField(OrderedJson &out, const ServiceField &field, const ServiceConfig &config,
              ServiceSerializer::Passphrase passphrase)
{
    const QString key = field.writtenName(config.kind);
    const FieldValue value = field.read(config);
    if (const auto *flag = std::get_if<bool>(&value)) {
        out.add(key, int(*flag)); // the original writes 0 and 1
    } else if (const auto *number = std::get_if<qint64>(&value)) {
        if (field.type == FieldType::Choice)
            out.add(key, field.valueText(*number, FieldNaming::Api));
        else if (!(field.omittedWhenEmpty && *number == 0))
            out.add(key, *number);
    } else if (const auto *text = std::get_if<QString>(&value)) {
        if (field.type == FieldType::Passphrase) {
            if (passphrase != ServiceSerializer::Passphrase::Omitted)
                out.add(key, passphraseText(*text, passphrase));
        } else if (!(field.omittedWhenEmpty && text->isEmpty())) {
            out.add(key, *text);
        }
    }
}

void addStatistic(OrderedJson &out, const StatisticField &statistic, const ServiceStatus &status)
{
    const QString key = statistic.name(status.config.kind);
    const StatisticValue value = statistic.read(status);
    if (const auto *integer = std::get_if<qint64>(&value))
        out.add(key, *integer);
    else if (const auto *real = std::get_if<double>(&value))
        out.add(key, *real);
    else if (const auto *text = std::get_if<QString>(&value))
        out.add(key, *text);
}

QStringList writtenKeys(ServiceKind kind)
{
    QStringList keys;
    for (const ServiceField *field : ServiceFields::written(kind))
        keys.append(field->writtenName(kind));
    for (const StatisticField *statistic : ServiceStatistics::of(kind))
        keys.append(statistic->name(kind));
    return keys;
}

} // namespace

OrderedJson ServiceSerializer::config(const ServiceConfig &c, Passphrase passphrase)
{
    OrderedJson out;
    if (c.id > 0)
        out.add(kIdKey, c.id);
    for (const ServiceField *field : ServiceFields::written(c.kind))
        addField(out, *field, c, passphrase);
    return out;
}

OrderedJson ServiceSerializer::status(const ServiceStatus &status, Passphrase passphrase)
{
    OrderedJson out = config(status.config, passphrase);
    for (const StatisticField *statistic : ServiceStatistics::of(status.config.kind))
        addStatistic(out, *statistic, status);
    return out;
}

QJsonObject ServiceSerializer::toObject(const OrderedJson &json)
{
    return QJsonDocument::fromJson(json.toJson()).object();
}

QStringList ServiceSerializer::keysOnlyOf(ServiceKind kind)
{
    const QStringList others = writtenKeys(kind == ServiceKind::Rx ? ServiceKind::Tx : ServiceKind::Rx);
    QStringList keys;
    for (const QString &key : writtenKeys(kind)) {
        if (!others.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace srtdesk
