// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace srtdesk {

// Counts failed logins per key in a sliding window: a client address, or a user name (the
// AuthController keeps one throttle of each, so that guessing one user's password from many
// addresses is slowed down as well as guessing many from one). After `maxFailures` within
// `windowSecs` the key is refused until its oldest failure leaves the window. In memory
// only: a restart forgets it.
class LoginThrottle
{
public:
    static constexpr int kMaxTrackedAddresses = 10000;

    LoginThrottle(int maxFailures, int windowSecs) : m_maxFailures(maxFailures), m_windowMsecs(qint64(windowSecs) * 1000) {}

    // 0 when `address` may try to log in; otherwise the seconds until it may again.
    int retryAfterSecs(const QHostAddress &address, qint64 nowMsecs) { return retryAfterSecs(keyOf(address), nowMsecs); }
    void recordFailure(const QHostAddress &address, qint64 nowMsecs) { recordFailure(keyOf(address), nowMsecs); }
    void recordSuccess(const QHostAddress &address) { recordSuccess(keyOf(address)); }

    // The same for any key, such as a user name.
    int retryAfterSecs(const QString &key, qint64 nowMsecs);
    void recordFailure(const QString &key, qint64 nowMsecs);
    void recordSuccess(const QString &key);

    // ::ffff:127.0.0.1 and 127.0.0.1 are one client.
    static QString keyOf(const QHostAddress &address);

private:
    void prune(qint64 nowMsecs);

    int m_maxFailures;
    qint64 m_windowMsecs;
    QHash<QString, QList<qint64>> m_failures; // key -> failure times, oldest first
};

} // namespace srtdesk
