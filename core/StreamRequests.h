// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ProbeReport.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace srtdesk {

class StreamMonitor;

// A probe or a thumbnail of a running service's stream, on a worker thread (they block for
// seconds while payload gathers), answered on the thread of `context` — for the window, through
// ServiceManager::requestProbe/requestThumbnail. Nothing is answered once `context` is gone.
class StreamRequests
{
public:
    // How long one may take, payload gathering included.
    static constexpr int kBudgetMs = 8000;

    using ProbeAnswer = std::function<void(const ProbeReport &report, const QString &error)>;
    using ThumbnailAnswer = std::function<void(const QByteArray &jpeg, const QString &error)>;

    static void probe(std::shared_ptr<StreamMonitor> monitor, QObject *context, ProbeAnswer answer);
    static void thumbnail(std::shared_ptr<StreamMonitor> monitor, QObject *context, ThumbnailAnswer answer);
};

} // namespace srtdesk
