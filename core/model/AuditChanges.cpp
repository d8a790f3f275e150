// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AuditChanges.h"

#include "core/model/AlarmRulesJson.h"
#include "core/model/FieldNaming.h"
#include "core/model/ServiceFields.h"
#include "core/model/WebhookJson.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace srtdesk {

namespace {

QString valueText(const ServiceField &field, const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    return field.valueText(std::get<qint64>(value), FieldNaming::Api);
}

QString fieldText(const ServiceField &field, const std::optional<ServiceConfig> &config)
{
    if (!config || !field.read || !field.appliesTo(config->kind))
        return {};
    return valueText(field, field.read(*config));
}

// The secret's change without its value: cleared, or set to something.
AuditChange secretChange(const QString &field, const QString &after)
{
    return {field, QString(), after.isEmpty() ? AuditChanges::kRemoved : AuditChanges::kChanged};
}

QJsonObject objectOf(const OrderedJson &json)
{
    return QJsonDocument::fromJson(json.toJson()).object();
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A number or a flag, written as JSON writes it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

QList<AuditChange> AuditChanges::service(const std::optional<ServiceConfig> &before,
                                         const std::optional<ServiceConfig> &after)
{
    QList<AuditChange> changes;
    const std::optional<ServiceConfig> &any = after ? after : before;
    if (!any)
        return changes;
    for (const ServiceField *field : ServiceFields::of(any->kind)) {
        const QString oldText = fieldText(*field, before);
        const QString newText = fieldText(*field, after);
        if (before && after && oldText == newText)
            continue;
        if (!before && newText.isEmpty())
            continue; // an added service's empty fields say nothing
        if (field->id == FieldId::PassPhrase) {
            if (oldText != newText)
                changes.append(secretChange(field->apiName(), newText));
            continue;
        }
        changes.append({field->apiName(), oldText, newText});
    }
    return changes;
}

QList<AuditChange> AuditChanges::alarmOverrides(const AlarmOverrides &before, const AlarmOverrides &after)
{
    const QString oldText = compact(objectOf(AlarmRulesJson::overrides(before)));
    const QString newText = compact(objectOf(AlarmRulesJson::overrides(after)));
    if (oldText == newText)
        return {};
    return {{AlarmRulesJson::kServiceKey, oldText, newText}};
}

QList<AuditChange> AuditChanges::rules(const AlarmRules &before, const AlarmRules &after)
{
    QList<AuditChange> changes;
    const QJsonObject oldRules = objectOf(AlarmRulesJson::rules(before));
    const QJsonObject newRules = objectOf(AlarmRulesJson::rules(after));
    for (auto type = newRules.begin(); type != newRules.end(); ++type) {
        const QJsonObject oldRule = oldRules.value(type.key()).toObject();
        const QJsonObject newRule = type.value().toObject();
        for (auto field = newRule.begin(); field != newRule.end(); ++field) {
            const QString oldText = compact(oldRule.value(field.key()));
            const QString newText = compact(field.value());
            if (oldText != newText)
                changes.append({type.key() + QLatin1Char('.') + field.key(), oldText, newText});
        }
    }
    return changes;
}

QList<AuditChange> AuditChanges::webhooks(const QList<Webhook> &before, const QList<Webhook> &after)
{
    QList<AuditChange> changes;
    const auto find = [](const QList<Webhook> &list, const QString &url) -> const Webhook * {
        for (const Webhook &hook : list) {
            if (hook.url == url)
                return &hook;
        }
        return nullptr;
    };
    for (const Webhook &hook : after) {
        const Webhook *old = find(before, hook.url);
        const QString name = WebhookJson::displayUrl(hook.url);
        if (!old)
            changes.append({name, QString(), kAdded});
        else if (old->secret != hook.secret)
            changes.append({name + QStringLiteral(".Secret"), QString(), kChanged});
    }
    for (const Webhook &hook : before) {
        if (!find(after, hook.url))
            changes.append({WebhookJson::displayUrl(hook.url), QString(), kRemoved});
    }
    return changes;
}

QList<AuditChange> AuditChanges::user(std::optional<UserRole> roleBefore, std::optional<UserRole> roleAfter,
                                      bool passwordChanged)
{
    QList<AuditChange> changes;
    if (roleBefore != roleAfter) {
        changes.append({QStringLiteral("Role"), roleBefore ? toWire(*roleBefore) : QString(),
                        roleAfter ? toWire(*roleAfter) : QString()});
    }
    if (passwordChanged)
        changes.append({QStringLiteral("Password"), QString(), kChanged});
    return changes;
}

} // namespace srtdesk
