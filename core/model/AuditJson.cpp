// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AuditJson.h"

#include "core/model/AlarmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

namespace {

const QString kField = QStringLiteral("Field");
const QString kOld = QStringLiteral("Old");
const QString kNew = QStringLiteral("New");

} // namespace

OrderedJson AuditJson::entry(const AuditEntry &entry)
{
    OrderedJson out;
    out.add(QStringLiteral("Id"), entry.id);
    out.add(QStringLiteral("Time"), AlarmJson::isoTime(entry.timeMs));
    out.add(QStringLiteral("User"), entry.user);
    out.add(QStringLiteral("Source"), entry.source);
    out.add(QStringLiteral("Action"), toWire(entry.action));
    out.add(QStringLiteral("Target"), entry.target);
    QList<OrderedJson> changes;
    for (const AuditChange &change : entry.changes) {
        OrderedJson item;
        item.add(kField, change.field);
        item.add(kOld, change.oldValue);
        item.add(kNew, change.newValue);
        changes.append(item);
    }
    out.addArray(QStringLiteral("Changes"), changes);
    return out;
}

QString AuditJson::changesToStored(const QList<AuditChange> &changes)
{
    QJsonArray array;
    for (const AuditChange &change : changes)
        array.append(QJsonObject{{kField, change.field}, {kOld, change.oldValue}, {kNew, change.newValue}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<AuditChange>> AuditJson::changesFromStored(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<AuditChange> changes;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        changes.append({object.value(kField).toString(), object.value(kOld).toString(), object.value(kNew).toString()});
    }
    return changes;
}

} // namespace srtdesk
