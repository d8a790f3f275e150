// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/WebhookRegistry.h"

#include "core/alarms/AlarmsLogging.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace srtdesk {

WebhookRegistry::WebhookRegistry(ServiceStore &store) : m_store(store) {}

bool WebhookRegistry::load(QString *error, QString *warning)
{
    m_entries.clear();
    const auto stored = m_store.setting(kSettingKey);
    if (!stored) {
        if (!m_store.errorString().isEmpty()) {
            *error = m_store.errorString();
            return false;
        }
        return true; // none configured
    }
    const QJsonArray array = QJsonDocument::fromJson(stored->toUtf8()).array();
    QStringList keys;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        m_entries.append({{object.value(QStringLiteral("Url")).toString(), QString()},
                          object.value(QStringLiteral("SecretKey")).toString()});
        keys.append(m_entries.last().secretKey);
    }
    const QList<SecretStore::ReadResult> secrets = m_store.secretStore()->readMany(keys);
    QStringList unreadable;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (secrets.value(i).found())
            m_entries[i].webhook.secret = QString::fromUtf8(secrets.at(i).data);
        else
            unreadable.append(m_entries.at(i).webhook.url);
    }
    if (!unreadable.isEmpty()) {
        *warning = tr("The secret of the webhook(s) %1 cannot be read from the secret store; nothing is sent to "
                      "them until it is entered again.")
                       .arg(unreadable.join(QStringLiteral(", ")));
    }
    return true;
}

QList<Webhook> WebhookRegistry::webhooks() const
{
    QList<Webhook> result;
    for (const Entry &entry : m_entries)
        result.append(entry.webhook);
    return result;
}

QString WebhookRegistry::keyFor(const Webhook &webhook) const
{
    for (const Entry &entry : m_entries) {
        if (entry.webhook == webhook && !entry.webhook.secret.isEmpty())
            return entry.secretKey;
    }
    return {};
}

bool WebhookRegistry::replace(const QList<Webhook> &webhooks, QString *error)
{
    SecretStore &secrets = *m_store.secretStore();
    QList<Entry> next;
    QStringList written;
    const auto undo = [&] {
        for (const QString &key : std::as_const(written))
            secrets.remove(key);
    };
    for (const Webhook &webhook : webhooks) {
        QString key = keyFor(webhook);
        if (key.isEmpty()) {
            key = QStringLiteral("webhook/") + QUuid::createUuid().toString(QUuid::Id128).left(16);
            if (!secrets.write(key, webhook.secret.toUtf8())) {
                *error = tr("The webhooks were not saved: a secret could not be stored. %1").arg(secrets.errorString());
                undo();
                return false;
            }
            written.append(key);
        }
        next.append({webhook, key});
    }
    QJsonArray array;
    for (const Entry &entry : std::as_const(next))
        array.append(QJsonObject{{QStringLiteral("Url"), entry.webhook.url}, {QStringLiteral("SecretKey"), entry.secretKey}});
    if (!m_store.setSetting(kSettingKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))) {
        *error = m_store.errorString();
        undo();
        return false;
    }
    for (const Entry &old : std::as_const(m_entries)) {
        const bool kept = std::any_of(next.cbegin(), next.cend(), [&](const Entry &e) { return e.secretKey == old.secretKey; });
        if (!kept && !old.secretKey.isEmpty() && !secrets.remove(old.secretKey))
            qCWarning(lcAlarms).noquote() << "a former webhook secret could not be deleted:" << secrets.errorString();
    }
    m_entries = next;
    return true;
}

} // namespace srtdesk
