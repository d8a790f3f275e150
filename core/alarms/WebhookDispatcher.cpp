// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/WebhookDispatcher.h"

#include "core/UntranslatedScope.h"
#include "core/alarms/AlarmsLogging.h"
#include "core/alarms/EventLog.h"
#include "core/model/AlarmJson.h"
#include "core/model/WebhookJson.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace srtdesk {

WebhookDispatcher::WebhookDispatcher(EventLog &events, QObject *parent) : WebhookDispatcher(events, Options{}, parent) {}

WebhookDispatcher::WebhookDispatcher(EventLog &events, const Options &options, QObject *parent)
    : QObject(parent), m_events(events), m_options(options)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&m_events, &EventLog::eventRecorded, this, &WebhookDispatcher::onEvent);
}

WebhookDispatcher::~WebhookDispatcher()
{
    for (const auto &target : m_targets) {
        if (target->reply) {
            target->reply->disconnect(this);
            target->reply->abort();
        }
    }
}

QByteArray WebhookDispatcher::signature(const QByteArray &body, const QString &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void WebhookDispatcher::setWebhooks(const QList<Webhook> &webhooks)
{
    std::vector<std::unique_ptr<Target>> next;
    for (const Webhook &webhook : webhooks) {
        auto same = std::find_if(m_targets.begin(), m_targets.end(),
                                 [&](const auto &target) { return target && target->webhook == webhook; });
        if (same != m_targets.end()) {
            next.push_back(std::move(*same));
            continue;
        }
        auto target = std::make_unique<Target>();
        target->webhook = webhook;
        target->retryTimer = std::make_unique<QTimer>();
        target->retryTimer->setSingleShot(true);
        Target *raw = target.get();
        connect(target->retryTimer.get(), &QTimer::timeout, this, [this, raw] { send(*raw); });
        next.push_back(std::move(target));
    }
    for (const auto &gone : m_targets) {
        if (gone && gone->reply) {
            gone->reply->disconnect(this);
            gone->reply->abort();
            gone->reply->deleteLater();
        }
    }
    m_targets = std::move(next);
}

int WebhookDispatcher::pendingDeliveries() const
{
    int pending = 0;
    for (const auto &target : m_targets)
        pending += int(target->queue.size()) + (target->current ? 1 : 0);
    return pending;
}

void WebhookDispatcher::onEvent(const EventRecord &event)
{
    if (m_targets.empty())
        return;
    Delivery delivery;
    delivery.eventId = event.id;
    {
        const UntranslatedScope english; // receivers get the API's language
        delivery.body = AlarmJson::event(event).toJson();
    }
    delivery.reportFailure = event.type != EventType::WebhookFailed;
    for (const auto &target : m_targets) {
        if (target->webhook.secret.isEmpty())
            continue; // its secret could not be read: never send unsigned
        enqueue(*target, delivery);
    }
}

void WebhookDispatcher::enqueue(Target &target, const Delivery &delivery)
{
    target.queue.push_back(delivery);
    if (qsizetype(target.queue.size()) > m_options.queueLimit) {
        target.queue.pop_front();
        ++target.droppedSinceReport;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (target.lastOverflowReportMs < 0 || now - target.lastOverflowReportMs >= m_options.overflowReportMs) {
            qCWarning(lcAlarms).noquote() << "webhook" << WebhookJson::displayUrl(target.webhook.url)
                                          << "queue is full: the oldest waiting events are dropped";
            EventRecord overflow;
            overflow.type = EventType::WebhookFailed;
            overflow.subject = WebhookJson::displayUrl(target.webhook.url);
            overflow.value = double(target.droppedSinceReport);
            target.droppedSinceReport = 0;
            target.lastOverflowReportMs = now;
            reportLater(overflow);
        }
    }
    sendNext(target);
}

void WebhookDispatcher::sendNext(Target &target)
{
    if (target.current || target.queue.empty())
        return;
    target.current = target.queue.front();
    target.queue.pop_front();
    send(target);
}

void WebhookDispatcher::send(Target &target)
{
    if (!target.current)
        return;
    QNetworkRequest request{QUrl(target.webhook.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SRT-Desk/" SRTDESK_VERSION));
    request.setRawHeader("X-SrtDesk-Signature", signature(target.current->body, target.webhook.secret));
    request.setRawHeader("X-SrtDesk-Event-Id", QByteArray::number(target.current->eventId));
    request.setTransferTimeout(m_options.timeoutMs);
    ++target.current->attempt;
    QNetworkReply *reply = m_network.post(request, target.current->body);
    target.reply = reply;
    Target *raw = &target;
    connect(reply, &QNetworkReply::finished, this, [this, raw, reply] { onReplyFinished(raw, reply); });
}

void WebhookDispatcher::onReplyFinished(Target *target, QNetworkReply *reply)
{
    reply->deleteLater();
    if (target->reply != reply)
        return;
    target->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        emit delivered(target->webhook.url, target->current->eventId);
        target->current.reset();
        sendNext(*target);
        return;
    }
    if (status == 0) {
        retryOrFail(*target, reply->errorString(), true);
        return;
    }
    const bool retryable = status == 408 || status == 425 || status == 429 || status >= 500;
    retryOrFail(*target, tr("the receiver answered HTTP %1").arg(status), retryable);
}

void WebhookDispatcher::retryOrFail(Target &target, const QString &reason, bool retryable)
{
    Delivery &delivery = *target.current;
    if (retryable && delivery.attempt <= m_options.retryDelaysMs.size()) {
        const int delay = m_options.retryDelaysMs.at(delivery.attempt - 1);
        qCDebug(lcAlarms).noquote() << "webhook" << WebhookJson::displayUrl(target.webhook.url) << "event"
                                    << delivery.eventId << "attempt" << delivery.attempt << "failed:" << reason << "- retried in"
                                    << delay << "ms";
        target.retryTimer->start(delay);
        return;
    }
    qCWarning(lcAlarms).noquote() << "webhook" << WebhookJson::displayUrl(target.webhook.url) << "did not take event"
                                  << delivery.eventId << "after" << delivery.attempt << "attempt(s):" << reason;
    if (delivery.reportFailure) {
        EventRecord failure;
        failure.type = EventType::WebhookFailed;
        failure.subject = WebhookJson::displayUrl(target.webhook.url);
        failure.detail = reason;
        reportLater(failure);
    }
    target.current.reset();
    sendNext(target);
}

// After the current delivery's state is settled: recording the event delivers it again,
// to this webhook too.
void WebhookDispatcher::reportLater(EventRecord event)
{
    QMetaObject::invokeMethod(this, [this, event] { m_events.record(event); }, Qt::QueuedConnection);
}

} // namespace srtdesk
