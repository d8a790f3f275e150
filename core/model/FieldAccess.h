// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldValue.h"
#include "core/model/ServiceConfig.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <type_traits>

namespace srtdesk {

// How a row of the field table reaches its ServiceConfig member and its enumeration's wire
// words, without a hand-written function per field.
namespace fieldaccess {

// The type of a data member, from a pointer to it.
template <typename M>
struct MemberOf;
template <typename Class, typename T>
struct MemberOf<T Class::*>
{
    using Type = T;
};

template <auto Member>
FieldValue read(const ServiceConfig &config)
{
    using T = typename MemberOf<decltype(Member)>::Type;
    const T &value = config.*Member;
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, bool>)
        return FieldValue(value);
    else
        return FieldValue(qint64(value));
}

template <auto Member>
void write(ServiceConfig &config, const FieldValue &value)
{
    using T = typename MemberOf<decltype(Member)>::Type;
    T &target = config.*Member;
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, bool>) {
        if (const auto *given = std::get_if<T>(&value))
            target = *given;
    } else if constexpr (std::is_enum_v<T>) {
        if (const auto *number = std::get_if<qint64>(&value))
            target = T(*number);
    } else {
        // Out-of-range numbers are clamped to the member's type, so that the validator names
        // the allowed range instead of seeing a wrapped-around value.
        if (const auto *number = std::get_if<qint64>(&value))
            target = T(std::clamp<qint64>(*number, std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
    }
}

template <typename T>
FieldValue toValue(T value)
{
    if constexpr (std::is_same_v<T, bool>)
        return FieldValue(value);
    else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>)
        return FieldValue(qint64(value));
    else
        return FieldValue(QString::fromLatin1(value));
}

template <auto FromWire>
std::optional<qint64> fromWire(const QString &text)
{
    const auto value = FromWire(text);
    return value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
}

template <auto FromWire>
QString toWireText(qint64 value)
{
    using Enum = typename decltype(FromWire(QString()))::value_type;
    return toWire(Enum(value));
}

} // namespace fieldaccess

} // namespace srtdesk
