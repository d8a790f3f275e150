// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RelayState.h"

#include "core/monitor/PayloadTap.h"

namespace srtdesk {

RelayState::RelayState(const ServiceConfig &config, Callback callback, std::shared_ptr<PayloadTap> tap)
    : m_config(config), m_tap(std::move(tap)), m_callback(std::move(callback))
{}

LinkStats RelayState::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void RelayState::changeState(LinkState state, const std::optional<QString> &lastError)
{
    bool changed = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stats.state != state) {
            m_stats.state = state;
            changed = true;
        }
        if (lastError && m_stats.lastError != *lastError) {
            m_stats.lastError = *lastError;
            changed = true;
        }
    }
    if (changed)
        notify();
}

void RelayState::notify() const
{
    if (m_callback)
        m_callback();
}

} // namespace srtdesk
