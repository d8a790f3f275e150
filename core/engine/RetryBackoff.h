// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// Delays between connection attempts: the first retry comes quickly (500 ms), later ones
// double up to a cap of 5 s, and a successful link starts the series again.
class RetryBackoff
{
public:
    static constexpr int kFirstMs = 500;
    static constexpr int kCapMs = 5000;

    // The delay before the next attempt; each call grows the following one.
    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_attempt = 0;
};

} // namespace srtdesk
