// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/EventRecord.h"
#include "core/model/Webhook.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QNetworkReply;

namespace srtdesk {

class EventLog;

// Posts every event to every webhook as JSON (AlarmJson::event, in English) with the header
// X-SrtDesk-Signature: sha256=<hex HMAC-SHA256 of the exact body with the webhook's secret>.
// Asynchronous (QNetworkAccessManager in the owner thread): nothing waits for a receiver.
//
// Per webhook, one delivery at a time in event order. A network error, a timeout, 408, 425,
// 429 or 5xx is retried after 1, 2, 4, 8, 16 and 32 s; any other answer but 2xx (redirects are
// not followed) fails at once. A delivery that finally fails becomes a webhook_failed event,
// which is delivered like any other, but whose own failure is not reported again (no loop).
// Each webhook queues at most queueLimit events; beyond, the oldest waiting one is dropped,
// and a webhook_failed event says how many were (at most once a minute per webhook).
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    struct Options
    {
        int queueLimit = 1000;
        QList<int> retryDelaysMs{1000, 2000, 4000, 8000, 16000, 32000};
        int timeoutMs = 10000;
        int overflowReportMs = 60000;
    };

    explicit WebhookDispatcher(EventLog &events, QObject *parent = nullptr);
    WebhookDispatcher(EventLog &events, const Options &options, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Webhooks whose URL and secret stay keep their queue; others start empty.
    void setWebhooks(const QList<Webhook> &webhooks);
    // "sha256=" + the hex HMAC-SHA256 of `body` keyed with `secret`.
    static QByteArray signature(const QByteArray &body, const QString &secret);
    int pendingDeliveries() const;

signals:
    void delivered(const QString &url, qint64 eventId);

private:
    struct Delivery
    {
        qint64 eventId = 0;
        QByteArray body;
        bool reportFailure = true; // false for webhook_failed events: their failure is not an event again
        int attempt = 0;
    };
    struct Target
    {
        Webhook webhook;
        std::deque<Delivery> queue;
        std::optional<Delivery> current; // sending, or waiting to be retried
        QNetworkReply *reply = nullptr;
        std::unique_ptr<QTimer> retryTimer;
        qint64 droppedSinceReport = 0;
        qint64 lastOverflowReportMs = -1;
    };

    void onEvent(const EventRecord &event);
    void enqueue(Target &target, const Delivery &delivery);
    void sendNext(Target &target);
    void send(Target &target);
    void onReplyFinished(Target *target, QNetworkReply *reply);
    void retryOrFail(Target &target, const QString &reason, bool retryable);
    void reportLater(EventRecord event);

    EventLog &m_events;
    const Options m_options;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Target>> m_targets;
};

} // namespace srtdesk
