// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/StreamController.h"

#include "core/StreamRequests.h"
#include "core/model/StreamJson.h"
#include "core/monitor/StreamMonitor.h"

#include <chrono>

namespace srtdesk {

namespace {

constexpr std::chrono::milliseconds kBudget(StreamRequests::kBudgetMs);

} // namespace

StreamController::StreamController(ServiceKind kind, ServiceManager &manager)
    : m_kind(kind), m_label(kind == ServiceKind::Rx ? QStringLiteral("RX") : QStringLiteral("TX")), m_manager(manager)
{}

QString StreamController::path(const char *verb) const
{
    return QStringLiteral("/v1/") + QLatin1String(verb) + QLatin1Char('_') + toWire(m_kind) + QStringLiteral("/{id}");
}

QList<RestRoute> StreamController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Get, path("probe"), RestPermission::Read,
         tr("What a running %1 service carries: programmes, codecs, resolution, frame rate, audio channels, sample "
            "rate and languages, read from the last seconds of its stream.")
             .arg(m_label),
         [this](const RestCall &c) { return probe(c.id); }},
        {Method::Get, path("thumbnail"), RestPermission::Read,
         tr("A JPEG (at most 320 pixels wide) of the latest picture a running %1 service carries.").arg(m_label),
         [this](const RestCall &c) { return thumbnail(c.id); }},
    };
}

std::optional<ApiReply> StreamController::refusal(qint64 id, std::shared_ptr<StreamMonitor> *monitor) const
{
    const auto config = m_manager.config(id);
    if (!config || config->kind != m_kind)
        return ApiReply::notFound(tr("There is no %1 service with Id %2.").arg(m_label).arg(id));
    QString why;
    *monitor = m_manager.streamMonitor(id, &why);
    if (!*monitor)
        return ApiReply::conflict(why);
    return std::nullopt;
}

ApiReply StreamController::probe(qint64 id) const
{
    std::shared_ptr<StreamMonitor> monitor;
    if (auto refused = refusal(id, &monitor))
        return *refused;
    return ApiReply::later([monitor] {
        const StreamProbe::Result result = monitor->probe(kBudget);
        if (!result.ok())
            return ApiReply::conflict(result.error);
        return ApiReply::json(StreamJson::probe(result.report));
    });
}

ApiReply StreamController::thumbnail(qint64 id) const
{
    std::shared_ptr<StreamMonitor> monitor;
    if (auto refused = refusal(id, &monitor))
        return *refused;
    return ApiReply::later([monitor] {
        const StreamThumbnail::Result result = monitor->thumbnail(kBudget);
        if (!result.ok())
            return ApiReply::conflict(result.error);
        return ApiReply::text(result.jpeg, "image/jpeg");
    });
}

} // namespace srtdesk
