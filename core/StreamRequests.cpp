// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StreamRequests.h"

#include "core/monitor/StreamMonitor.h"

#include <QPointer>
#include <QThreadPool>

#include <chrono>

namespace srtdesk {

namespace {

// Runs `work` on a pool thread, then `deliver` with its result on `context`'s thread.
template<typename Work, typename Deliver>
void offThread(QObject *context, Work work, Deliver deliver)
{
    const QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), deliver = std::move(deliver)] {
        auto result = work();
        if (guard)
            QMetaObject::invokeMethod(guard, [guard, deliver, result] {
                if (guard)
                    deliver(result);
            });
    });
}

} // namespace

void StreamRequests::probe(std::shared_ptr<StreamMonitor> monitor, QObject *context, ProbeAnswer answer)
{
    offThread(
        context, [monitor] { return monitor->probe(std::chrono::milliseconds(kBudgetMs)); },
        [answer = std::move(answer)](const StreamProbe::Result &result) { answer(result.report, result.error); });
}

void StreamRequests::thumbnail(std::shared_ptr<StreamMonitor> monitor, QObject *context, ThumbnailAnswer answer)
{
    offThread(
        context, [monitor] { return monitor->thumbnail(std::chrono::milliseconds(kBudgetMs)); },
        [answer = std::move(answer)](const StreamThumbnail::Result &result) { answer(result.jpeg, result.error); });
}

} // namespace srtdesk
