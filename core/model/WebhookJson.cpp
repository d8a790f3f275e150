// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/WebhookJson.h"

#include "core/model/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace srtdesk {

namespace {

QString fieldName(qsizetype index, const QString &name)
{
    return QStringLiteral("[%1].%2").arg(index).arg(name);
}

QString secretOf(const QList<Webhook> &webhooks, const QString &url)
{
    for (const Webhook &webhook : webhooks) {
        if (webhook.url == url)
            return webhook.secret;
    }
    return {};
}

} // namespace

QByteArray WebhookJson::masked(const QList<Webhook> &webhooks)
{
    QList<OrderedJson> items;
    for (const Webhook &webhook : webhooks) {
        OrderedJson item;
        item.add(QStringLiteral("Url"), webhook.url);
        // "" says the stored secret could not be read: it must be entered again.
        item.add(QStringLiteral("Secret"), webhook.secret.isEmpty() ? QString() : kMask);
        items.append(item);
    }
    return OrderedJson::arrayToJson(items);
}

QString WebhookJson::displayUrl(const QString &url)
{
    return QUrl(url).toString(QUrl::RemoveUserInfo);
}

WebhookJson::Result WebhookJson::parse(const QByteArray &json, const QList<Webhook> &stored)
{
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({QStringLiteral("body"), tr("The body is not valid JSON (%1 at byte %2).")
                                                          .arg(parseError.errorString())
                                                          .arg(parseError.offset)});
        return result;
    }
    if (!document.isArray()) {
        result.errors.append({QStringLiteral("body"),
                              tr("The body must be a JSON array of {\"Url\": …, \"Secret\": …} objects.")});
        return result;
    }
    const QJsonArray array = document.array();
    if (array.size() > kMaxWebhooks) {
        result.errors.append({QStringLiteral("body"), tr("At most %1 webhooks can be configured.").arg(kMaxWebhooks)});
        return result;
    }
    QStringList seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.errors.append({QStringLiteral("[%1]").arg(i), tr("Webhook %1 must be an object with Url and Secret.").arg(i)});
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("Url") && it.key() != QLatin1String("Secret"))
                result.errors.append({fieldName(i, it.key()), tr("%1 is not a webhook field (Url, Secret).").arg(fieldName(i, it.key()))});
        }
        Webhook webhook;
        const QString urlField = fieldName(i, QStringLiteral("Url"));
        const QJsonValue urlValue = object.value(QStringLiteral("Url"));
        const QUrl url(urlValue.toString().trimmed(), QUrl::StrictMode);
        if (!urlValue.isString() || urlValue.toString().trimmed().isEmpty()) {
            result.errors.append({urlField, tr("%1 is required: the http:// or https:// address events are posted to.").arg(urlField)});
        } else if (urlValue.toString().size() > kMaxUrlLength) {
            result.errors.append({urlField, tr("%1 is longer than %2 characters.").arg(urlField).arg(kMaxUrlLength)});
        } else if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                   || url.host().isEmpty()) {
            result.errors.append({urlField, tr("%1 must be an http:// or https:// address with a host.").arg(urlField)});
        } else if (!url.userInfo().isEmpty()) {
            result.errors.append({urlField, tr("%1 must not contain a user name or password: they would show in answers "
                                               "and logs. Receivers check the signature made with the Secret instead.")
                                                .arg(urlField)});
        } else if (seen.contains(url.toString())) {
            result.errors.append({urlField, tr("%1 is listed twice.").arg(urlField)});
        } else {
            webhook.url = url.toString();
            seen.append(webhook.url);
        }

        const QString secretField = fieldName(i, QStringLiteral("Secret"));
        const QJsonValue secretValue = object.value(QStringLiteral("Secret"));
        if (!secretValue.isString()) {
            result.errors.append({secretField, tr("%1 is required: the key receivers check the signature with.").arg(secretField)});
        } else if (secretValue.toString() == kMask) {
            webhook.secret = secretOf(stored, webhook.url);
            if (webhook.secret.isEmpty() && !webhook.url.isEmpty())
                result.errors.append({secretField, tr("%1 is masked, but no webhook with this Url has a stored secret; "
                                                      "send the secret itself.")
                                                       .arg(secretField)});
        } else if (secretValue.toString().size() < kMinSecretLength || secretValue.toString().size() > kMaxSecretLength) {
            result.errors.append({secretField, tr("%1 must be %2 to %3 characters long.")
                                                   .arg(secretField)
                                                   .arg(kMinSecretLength)
                                                   .arg(kMaxSecretLength)});
        } else {
            webhook.secret = secretValue.toString();
        }
        result.webhooks.append(webhook);
    }
    if (!result.ok())
        result.webhooks.clear();
    return result;
}

} // namespace srtdesk
