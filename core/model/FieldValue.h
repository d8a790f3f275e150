// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <variant>

namespace srtdesk {

// The value of one service field as the field table moves it between ServiceConfig, JSON and
// editors: integers and enumerations as qint64, flags as bool, everything else as text.
using FieldValue = std::variant<qint64, bool, QString>;

} // namespace srtdesk
