// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AlarmRulesJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace srtdesk {

namespace {

const QString kEnabled = QStringLiteral("Enabled");
const QString kThreshold = QStringLiteral("Threshold");
const QString kRaiseAfter = QStringLiteral("RaiseAfterSeconds");
const QString kClearAfter = QStringLiteral("ClearAfterSeconds");
const QString kWindow = QStringLiteral("WindowSeconds");
const QString kSeverity = QStringLiteral("Severity");

// Reads the fields of one rule object, checking each present one.
class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(AlarmRulesJson)

public:
    RuleReader(AlarmType type, QString prefix, FieldErrors &errors)
        : m_type(type), m_prefix(std::move(prefix)), m_errors(errors)
    {
    }

    AlarmRuleOverride read(const QJsonValue &value)
    {
        AlarmRuleOverride out;
        if (!value.isObject()) {
            fail(m_prefix, tr("%1 must be an object of rule fields.").arg(m_prefix));
            return out;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isKnownField(it.key()))
                fail(field(it.key()), tr("%1 is not a field of this rule (%2).").arg(field(it.key()), allowed()));
        }
        readEnabled(object, out);
        readThreshold(object, out);
        out.raiseAfterSecs = readSeconds(object, kRaiseAfter, 0, AlarmRulesJson::kMaxHoldSecs);
        out.clearAfterSecs = readSeconds(object, kClearAfter, 0, AlarmRulesJson::kMaxHoldSecs);
        if (AlarmRules::hasWindow(m_type))
            out.windowSecs = readSeconds(object, kWindow, 1, AlarmRulesJson::kMaxWindowSecs);
        readSeverity(object, out);
        return out;
    }

private:
    QString field(const QString &name) const { return m_prefix + QLatin1Char('.') + name; }
    void fail(const QString &name, const QString &message) { m_errors.append({name, message}); }

    bool isKnownField(const QString &key) const
    {
        if (key == kEnabled || key == kRaiseAfter || key == kClearAfter || key == kSeverity)
            return true;
        return (key == kThreshold && AlarmRules::hasThreshold(m_type)) || (key == kWindow && AlarmRules::hasWindow(m_type));
    }

    QString allowed() const
    {
        QStringList names{kEnabled};
        if (AlarmRules::hasThreshold(m_type))
            names << kThreshold;
        names << kRaiseAfter << kClearAfter;
        if (AlarmRules::hasWindow(m_type))
            names << kWindow;
        names << kSeverity;
        return names.join(QStringLiteral(", "));
    }

    static std::optional<double> numberOf(const QJsonValue &value)
    {
        if (value.isDouble())
            return value.toDouble();
        if (value.isString()) {
            bool ok = false;
            const double parsed = value.toString().trimmed().toDouble(&ok);
            if (ok)
                return parsed;
        }
        return std::nullopt;
    }

    void readEnabled(const QJsonObject &object, AlarmRuleOverride &out)
    {
        if (!object.contains(kEnabled))
            return;
        const QJsonValue value = object.value(kEnabled);
        if (value.isBool()) {
            out.enabled = value.toBool();
            return;
        }
        const auto number = numberOf(value);
        if (number && (*number == 0 || *number == 1)) {
            out.enabled = *number == 1;
            return;
        }
        fail(field(kEnabled), tr("%1 must be true or false.").arg(field(kEnabled)));
    }

    void readThreshold(const QJsonObject &object, AlarmRuleOverride &out)
    {
        if (!AlarmRules::hasThreshold(m_type) || !object.contains(kThreshold))
            return;
        const AlarmRules::ThresholdRange range = AlarmRules::thresholdRange(m_type);
        const auto number = numberOf(object.value(kThreshold));
        const bool inRange = number && std::isfinite(*number)
            && (range.lowExclusive ? *number > range.low : *number >= range.low) && *number <= range.high
            && (!range.integer || std::floor(*number) == *number);
        if (!inRange) {
            const QString name = field(kThreshold);
            if (range.integer)
                fail(name, tr("%1 must be a whole number from %2 to %3.").arg(name).arg(range.low).arg(range.high));
            else if (range.lowExclusive)
                fail(name, tr("%1 must be a number above %2 and at most %3.").arg(name).arg(range.low).arg(range.high));
            else
                fail(name, tr("%1 must be a number from %2 to %3.").arg(name).arg(range.low).arg(range.high));
            return;
        }
        out.threshold = *number;
    }

    std::optional<int> readSeconds(const QJsonObject &object, const QString &key, int low, int high)
    {
        if (!object.contains(key))
            return std::nullopt;
        const auto number = numberOf(object.value(key));
        if (!number || !std::isfinite(*number) || std::floor(*number) != *number || *number < low || *number > high) {
            fail(field(key), tr("%1 must be a whole number of seconds from %2 to %3.").arg(field(key)).arg(low).arg(high));
            return std::nullopt;
        }
        return int(*number);
    }

    void readSeverity(const QJsonObject &object, AlarmRuleOverride &out)
    {
        if (!object.contains(kSeverity))
            return;
        const QJsonValue value = object.value(kSeverity);
        const auto severity = value.isString() ? alarmSeverityFromWire(value.toString()) : std::nullopt;
        if (!severity) {
            fail(field(kSeverity), tr("%1 must be one of: minor, major, critical.").arg(field(kSeverity)));
            return;
        }
        out.severity = severity;
    }

    AlarmType m_type;
    QString m_prefix;
    FieldErrors &m_errors;
};

QString typeNames()
{
    QStringList names;
    for (const AlarmType type : kAllAlarmTypes)
        names.append(toWire(type));
    return names.join(QStringLiteral(", "));
}

QString join(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

// Every rule object of `object`, each checked; unknown rule names are errors too.
AlarmOverrides readRuleObjects(const QJsonObject &object, const QString &prefix, FieldErrors &errors)
{
    AlarmOverrides out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto type = alarmTypeFromWire(it.key());
        if (!type || it.key() != toWire(*type)) {
            errors.append({join(prefix, it.key()),
                           AlarmRulesJson::tr("%1 is not an alarm type (%2).").arg(join(prefix, it.key()), typeNames())});
            continue;
        }
        RuleReader reader(*type, join(prefix, it.key()), errors);
        out.rule(*type) = reader.read(it.value());
    }
    return out;
}

OrderedJson ruleJson(AlarmType type, const AlarmRuleOverride &rule)
{
    OrderedJson out;
    if (rule.enabled)
        out.add(kEnabled, QJsonValue(*rule.enabled));
    if (rule.threshold && AlarmRules::hasThreshold(type))
        out.add(kThreshold, *rule.threshold);
    if (rule.raiseAfterSecs)
        out.add(kRaiseAfter, *rule.raiseAfterSecs);
    if (rule.clearAfterSecs)
        out.add(kClearAfter, *rule.clearAfterSecs);
    if (rule.windowSecs && AlarmRules::hasWindow(type))
        out.add(kWindow, *rule.windowSecs);
    if (rule.severity)
        out.add(kSeverity, toWire(*rule.severity));
    return out;
}

AlarmRuleOverride complete(const AlarmRule &rule)
{
    return {rule.enabled, rule.threshold, rule.raiseAfterSecs, rule.clearAfterSecs, rule.windowSecs, rule.severity};
}

std::optional<QJsonObject> objectOf(const QByteArray &json, FieldErrors &errors)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        errors.append({QStringLiteral("body"), AlarmRulesJson::tr("The body is not valid JSON (%1 at byte %2).")
                                                   .arg(error.errorString())
                                                   .arg(error.offset)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({QStringLiteral("body"), AlarmRulesJson::tr("The body must be a JSON object.")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace

OrderedJson AlarmRulesJson::rules(const AlarmRules &rules)
{
    OrderedJson out;
    for (const AlarmType type : kAllAlarmTypes)
        out.add(toWire(type), ruleJson(type, complete(rules.rule(type))));
    return out;
}

OrderedJson AlarmRulesJson::overrides(const AlarmOverrides &overrides)
{
    OrderedJson out;
    for (const AlarmType type : kAllAlarmTypes) {
        if (!overrides.rule(type).isEmpty())
            out.add(toWire(type), ruleJson(type, overrides.rule(type)));
    }
    return out;
}

AlarmRulesJson::RulesResult AlarmRulesJson::parseRules(const QByteArray &json, const AlarmRules &base)
{
    RulesResult result{base, {}};
    const auto object = objectOf(json, result.errors);
    if (!object)
        return result;
    const AlarmOverrides changes = readRuleObjects(*object, QString(), result.errors);
    if (!result.ok())
        return result;
    result.rules = changes.applyTo(base);
    const AlarmRule &low = result.rules.rule(AlarmType::LowBitrate);
    const AlarmRule &high = result.rules.rule(AlarmType::HighBitrate);
    if (low.enabled && high.enabled && low.threshold >= high.threshold) {
        result.errors.append({QStringLiteral("low_bitrate.Threshold"),
                              tr("low_bitrate.Threshold (%1) must be below high_bitrate.Threshold (%2) while both are "
                                 "enabled.")
                                  .arg(low.threshold)
                                  .arg(high.threshold)});
    }
    return result;
}

AlarmRulesJson::OverridesResult AlarmRulesJson::parseOverrides(const QJsonValue &value, const QString &prefix)
{
    OverridesResult result;
    if (value.isNull() || value.isUndefined())
        return result;
    if (!value.isObject()) {
        result.errors.append({prefix, tr("%1 must be an object keyed by alarm type (%2).").arg(prefix, typeNames())});
        return result;
    }
    result.overrides = readRuleObjects(value.toObject(), prefix, result.errors);
    return result;
}

QString AlarmRulesJson::toStored(const AlarmRules &rules)
{
    return QString::fromUtf8(AlarmRulesJson::rules(rules).toJson());
}

QString AlarmRulesJson::toStored(const AlarmOverrides &overrides)
{
    return QString::fromUtf8(AlarmRulesJson::overrides(overrides).toJson());
}

std::optional<AlarmRules> AlarmRulesJson::rulesFromStored(const QString &text)
{
    const RulesResult parsed = parseRules(text.toUtf8(), AlarmRules::defaults());
    return parsed.ok() ? std::optional<AlarmRules>(parsed.rules) : std::nullopt;
}

std::optional<AlarmOverrides> AlarmRulesJson::overridesFromStored(const QString &text)
{
    FieldErrors errors;
    const auto object = objectOf(text.toUtf8(), errors);
    if (!object)
        return std::nullopt;
    const AlarmOverrides overrides = readRuleObjects(*object, QString(), errors);
    return errors.isEmpty() ? std::optional<AlarmOverrides>(overrides) : std::nullopt;
}

} // namespace srtdesk
