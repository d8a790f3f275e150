// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/LoginThrottle.h"

namespace srtdesk {

QString LoginThrottle::keyOf(const QHostAddress &address)
{
    // ::ffff:127.0.0.1 and 127.0.0.1 are one client.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void LoginThrottle::prune(qint64 nowMsecs)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        QList<qint64> &times = it.value();
        while (!times.isEmpty() && nowMsecs - times.first() >= m_windowMsecs)
            times.removeFirst();
        it = times.isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

int LoginThrottle::retryAfterSecs(const QHostAddress &address, qint64 nowMsecs)
{
    prune(nowMsecs);
    const auto it = m_failures.constFind(keyOf(address));
    if (it == m_failures.constEnd() || it->size() < m_maxFailures)
        return 0;
    // The address may try again when enough failures have left the window.
    const qint64 freeAt = it->at(it->size() - m_maxFailures) + m_windowMsecs;
    return int(std::max<qint64>(1, (freeAt - nowMsecs + 999) / 1000));
}

void LoginThrottle::recordFailure(const QHostAddress &address, qint64 nowMsecs)
{
    prune(nowMsecs);
    const QString key = keyOf(address);
    if (!m_failures.contains(key) && m_failures.size() >= kMaxTrackedAddresses) {
        // Under a flood from many addresses forget the oldest entry rather than grow without bound.
        auto oldest = m_failures.begin();
        for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
            if (it->last() < oldest->last())
                oldest = it;
        }
        m_failures.erase(oldest);
    }
    m_failures[key].append(nowMsecs);
}

void LoginThrottle::recordSuccess(const QHostAddress &address)
{
    m_failures.remove(keyOf(address));
}

} // namespace srtdesk
