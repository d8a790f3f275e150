// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Webhook.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

class ServiceStore;

// The configured webhooks, kept across restarts: their URLs in the services database
// (setting "webhooks", each with the key of its secret) and their secrets in the SecretStore
// under "webhook/<random id>" — never in SQLite or a log. Used from the owner thread.
class WebhookRegistry
{
    Q_DECLARE_TR_FUNCTIONS(WebhookRegistry)

public:
    static inline const QString kSettingKey = QStringLiteral("webhooks");

    explicit WebhookRegistry(ServiceStore &store);
    WebhookRegistry(const WebhookRegistry &) = delete;
    WebhookRegistry &operator=(const WebhookRegistry &) = delete;

    // A webhook whose secret cannot be read is kept with an empty secret (not delivered to,
    // shown with Secret "" so that it is entered again); *warning says which.
    bool load(QString *error, QString *warning);
    QList<Webhook> webhooks() const;
    // Stores the new list (secrets first, then the row); on failure nothing changed.
    bool replace(const QList<Webhook> &webhooks, QString *error);

private:
    struct Entry
    {
        Webhook webhook;
        QString secretKey;
    };

    QString keyFor(const Webhook &webhook) const; // the key of an unchanged webhook, or ""

    ServiceStore &m_store;
    QList<Entry> m_entries;
};

} // namespace srtdesk
