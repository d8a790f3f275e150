// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/StatisticField.h"

namespace srtdesk {

StatisticField::StatisticField(const char *rx, const char *tx, StatisticType valueType)
    : rxName(rx), txName(tx), type(valueType)
{
}

StatisticField &StatisticField::in(const char *unitText)
{
    unit = unitText;
    return *this;
}

StatisticField &StatisticField::describedAs(const char *text)
{
    description = text;
    return *this;
}

StatisticField &StatisticField::exportedAs(const char *name, MetricType kind)
{
    metric = name;
    metricType = kind;
    return *this;
}

StatisticField &StatisticField::extending()
{
    extension = true;
    return *this;
}

StatisticField &StatisticField::reading(StatisticValue (*reader)(const ServiceStatus &))
{
    read = reader;
    return *this;
}

QString StatisticField::name(ServiceKind kind) const
{
    return QString::fromLatin1(kind == ServiceKind::Rx ? rxName : txName);
}

QString StatisticField::names() const
{
    if (rxName && txName && qstrcmp(rxName, txName) != 0)
        return QStringLiteral("%1 (rx) / %2 (tx)").arg(QLatin1String(rxName), QLatin1String(txName));
    return QString::fromLatin1(rxName ? rxName : txName);
}

QString StatisticField::metricHelp() const
{
    return names() + QStringLiteral(": ") + QString::fromUtf8(description);
}

double StatisticField::number(const ServiceStatus &status) const
{
    const StatisticValue value = read(status);
    if (const auto *integer = std::get_if<qint64>(&value))
        return double(*integer);
    if (const auto *real = std::get_if<double>(&value))
        return *real;
    return 0;
}

} // namespace srtdesk
