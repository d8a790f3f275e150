// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RetryBackoff.h"

#include <algorithm>

namespace srtdesk {

int RetryBackoff::nextDelayMs()
{
    int delay = kFirstMs;
    for (int i = 0; i < m_attempt && delay < kCapMs; ++i)
        delay *= 2;
    ++m_attempt;
    return std::min(delay, kCapMs);
}

} // namespace srtdesk
