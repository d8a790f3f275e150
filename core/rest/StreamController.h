// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ServiceManager.h"
#include "core/model/ServiceEnums.h"
#include "core/rest/RestRoute.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace srtdesk {

// What a running service of one kind carries (issue 15): GET /v1/probe_rx|probe_tx/<id>
// (codecs, resolution, frame rate, audio, languages) and GET /v1/thumbnail_rx|thumbnail_tx/<id>
// (a JPEG of the latest decodable picture). Both read the last seconds of the live payload
// through the service's StreamMonitor and take seconds: they run on a worker thread
// (ApiReply::later) while the API goes on answering.
class StreamController
{
    Q_DECLARE_TR_FUNCTIONS(StreamController)

public:
    StreamController(ServiceKind kind, ServiceManager &manager);

    QList<RestRoute> routes();

private:
    QString path(const char *verb) const;
    ApiReply probe(qint64 id) const;
    ApiReply thumbnail(qint64 id) const;
    // 404 for no service of this kind, 409 when it does not run or is not monitored.
    std::optional<ApiReply> refusal(qint64 id, std::shared_ptr<StreamMonitor> *monitor) const;

    ServiceKind m_kind;
    QString m_label;
    ServiceManager &m_manager;
};

} // namespace srtdesk
