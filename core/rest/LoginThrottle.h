// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace srtdesk {

// Counts failed logins per client address in a sliding window. After `maxFailures` within
// `windowSecs` the address is refused until its oldest failure leaves the window. In memory
// only: a restart forgets it.
class LoginThrottle
{
public:
    static constexpr int kMaxTrackedAddresses = 10000;

    LoginThrottle(int maxFailures, int windowSecs) : m_maxFailures(maxFailures), m_windowMsecs(qint64(windowSecs) * 1000) {}

    // 0 when `address` may try to log in; otherwise the seconds until it may again.
    int retryAfterSecs(const QHostAddress &address, qint64 nowMsecs);
    void recordFailure(const QHostAddress &address, qint64 nowMsecs);
    void recordSuccess(const QHostAddress &address);

private:
    static QString keyOf(const QHostAddress &address);
    void prune(qint64 nowMsecs);

    int m_maxFailures;
    qint64 m_windowMsecs;
    QHash<QString, QList<qint64>> m_failures; // address -> failure times, oldest first
};

} // namespace srtdesk
