// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldAccess.h"
#include "core/model/ServiceStatus.h"

#include <QString>

#include <variant>

namespace srtdesk {

// How a statistic is written: JSON integer, JSON number (always with a decimal point, as the
// original), or text.
enum class StatisticType { Integer, Number, Text };
// Its Prometheus metric type; None: not exported.
enum class MetricType { None, Gauge, Counter };

using StatisticValue = std::variant<qint64, double, QString>;

// One row of the statistics table (ServiceStatistics): a value the GET shape reports after
// a service's configuration, with its JSON name per kind and its Prometheus metric.
struct StatisticField
{
    StatisticField(const char *rx, const char *tx, StatisticType valueType);

    const char *rxName;  // nullptr: an RX has no such statistic
    const char *txName;  // nullptr: a TX has none
    StatisticType type;
    const char *unit = nullptr;        // "ms", "Mbit/s", "packets", "bytes", "%"
    const char *description = nullptr; // English: OpenAPI and the Prometheus help
    const char *metric = nullptr;      // Prometheus name
    MetricType metricType = MetricType::None;
    bool extension = false;            // SRT Desk's, written after every statistic of the original
    StatisticValue (*read)(const ServiceStatus &) = nullptr;

    // Chained setters for the table.
    StatisticField &in(const char *unitText);
    StatisticField &describedAs(const char *text);
    StatisticField &exportedAs(const char *name, MetricType kind);
    StatisticField &extending();
    StatisticField &reading(StatisticValue (*reader)(const ServiceStatus &));
    template <auto Member> StatisticField &stored();

    bool appliesTo(ServiceKind kind) const { return (kind == ServiceKind::Rx ? rxName : txName) != nullptr; }
    QString name(ServiceKind kind) const;
    // "RecvPackets (rx) / SendPackets (tx)", or the one name both kinds use.
    QString names() const;
    // "# HELP" text: the names and the description.
    QString metricHelp() const;
    double number(const ServiceStatus &status) const; // for Prometheus; 0 for text
};

namespace fieldaccess {

template <auto Member>
StatisticValue readStatistic(const ServiceStatus &status)
{
    using T = typename MemberOf<decltype(Member)>::Type;
    const T &value = status.stats.*Member;
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, double>)
        return StatisticValue(value);
    else
        return StatisticValue(qint64(value));
}

} // namespace fieldaccess

template <auto Member>
StatisticField &StatisticField::stored()
{
    read = &fieldaccess::readStatistic<Member>;
    return *this;
}

} // namespace srtdesk
