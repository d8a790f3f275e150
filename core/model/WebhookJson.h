// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldError.h"
#include "core/model/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace srtdesk {

// GET/PUT /v1/webhooks: [{"Url": "https://…", "Secret": "…"}]. Answers mask every secret as
// "********" (like passphrases); a PUT may send the mask back to keep the stored secret of the
// same Url. Checks every entry and names each failing field ("[1].Url").
class WebhookJson
{
    Q_DECLARE_TR_FUNCTIONS(WebhookJson)

public:
    static constexpr int kMaxWebhooks = 16;
    static constexpr int kMaxUrlLength = 2048;
    // A shorter HMAC key could be guessed from a signed body.
    static constexpr int kMinSecretLength = 16;
    static constexpr int kMaxSecretLength = 1024;
    static inline const QString kMask = QStringLiteral("********");

    struct Result
    {
        QList<Webhook> webhooks;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static QByteArray masked(const QList<Webhook> &webhooks);
    // `stored`: the webhooks in use, whose secrets a masked Secret keeps.
    static Result parse(const QByteArray &json, const QList<Webhook> &stored);
    // The Url as logs and events show it (never with user info).
    static QString displayUrl(const QString &url);
};

} // namespace srtdesk
