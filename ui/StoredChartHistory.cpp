// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StoredChartHistory.h"

#include "core/store/HistoryStore.h"

#include <QDateTime>

#include <limits>

namespace srtdesk {

namespace {
constexpr qint64 kMinuteMs = 60000;
// How far back 1-second samples are kept (HistoryRetention's default): beyond, minutes.
constexpr qint64 kSecondSamplesMs = 60 * kMinuteMs;
} // namespace

StatsSample StoredChartHistory::toChart(const HistorySample &stored, bool isRx)
{
    StatsSample sample;
    sample.msecsSinceEpoch = stored.timeMs;
    sample.rttMs = stored.rttMs > 0 ? stored.rttMs : std::numeric_limits<double>::quiet_NaN();
    (isRx ? sample.recvMbps : sample.sendMbps) = stored.mbitRate;
    sample.lost = stored.lost;
    sample.retransmitted = stored.retransmitted;
    sample.dropped = stored.dropped;
    return sample;
}

QList<StatsSample> StoredChartHistory::read(HistoryStore &history, bool isRx, qint64 serviceId, qint64 fromMs,
                                            qint64 toMs)
{
    using Resolution = HistoryStore::Resolution;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<HistorySample> stored;
    if (fromMs >= now - kSecondSamplesMs) {
        stored = history.samples(serviceId, fromMs, toMs, Resolution::Second);
    } else {
        stored = history.samples(serviceId, fromMs, toMs, Resolution::Minute);
        // Aggregates stop at the last complete minute: the rest from the 1-second samples.
        const qint64 after = stored.isEmpty() ? std::max(fromMs, now - kSecondSamplesMs)
                                              : stored.constLast().timeMs + kMinuteMs;
        if (after <= toMs)
            stored += history.samples(serviceId, after, toMs, Resolution::Second);
    }
    QList<StatsSample> samples;
    samples.reserve(stored.size());
    for (const HistorySample &each : std::as_const(stored))
        samples.append(toChart(each, isRx));
    return samples;
}

} // namespace srtdesk
