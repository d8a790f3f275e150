// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>

namespace srtdesk {

// The latest value one thread produced, for readers on other threads. The writer never
// waits: when a reader holds the lock (for the time of copying one shared_ptr) tryPublish
// fails and the writer tries again later. The old value is released outside the lock.
template <class T>
class LatestValue
{
public:
    bool tryPublish(std::shared_ptr<const T> &value)
    {
        std::unique_lock<std::mutex> lock(m_mutex, std::try_to_lock);
        if (!lock.owns_lock())
            return false;
        m_value.swap(value);
        return true;
    }

    std::shared_ptr<const T> get() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_value;
    }

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const T> m_value;
};

} // namespace srtdesk
