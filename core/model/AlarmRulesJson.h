// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/FieldError.h"
#include "core/model/OrderedJson.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace srtdesk {

// The JSON of alarm rules: GET/PUT /v1/alarm_rules (the global set) and the "Alarms" object of
// a service (its overrides). Both are objects keyed by alarm type ("no_input", "loss", …), each
// rule an object of Enabled, Threshold, RaiseAfterSeconds, ClearAfterSeconds, WindowSeconds
// (loss) and Severity. Reading checks types and ranges and names every failing field
// ("no_input.RaiseAfterSeconds", "Alarms.loss.Threshold"); numbers may be numeric strings.
class AlarmRulesJson
{
    Q_DECLARE_TR_FUNCTIONS(AlarmRulesJson)

public:
    // The key of a service's per-service overrides in add/update bodies and get answers.
    static inline const QString kServiceKey = QStringLiteral("Alarms");
    static constexpr int kMaxHoldSecs = 3600;
    static constexpr int kMaxWindowSecs = 3600;

    struct RulesResult
    {
        AlarmRules rules;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };
    struct OverridesResult
    {
        AlarmOverrides overrides;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static OrderedJson rules(const AlarmRules &rules);
    // Only what the service sets: {} when it follows the global rules entirely.
    static OrderedJson overrides(const AlarmOverrides &overrides);

    // A PUT body: the rules and fields it names replace those of `base`; the rest stay.
    static RulesResult parseRules(const QByteArray &json, const AlarmRules &base);
    // A service body's "Alarms" value; field names in errors start with `prefix` ("Alarms").
    static OverridesResult parseOverrides(const QJsonValue &value, const QString &prefix);

    // The stored forms (the same JSON); nullopt when the stored text cannot be read.
    static QString toStored(const AlarmRules &rules);
    static QString toStored(const AlarmOverrides &overrides);
    static std::optional<AlarmRules> rulesFromStored(const QString &text);
    static std::optional<AlarmOverrides> overridesFromStored(const QString &text);
};

} // namespace srtdesk
