// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <thread>

namespace tsfixtures {

// Sends a transport stream to a UDP port on 127.0.0.1 in real time, 7 TS packets per datagram
// (as an encoder or a playout does), from its own thread, once from start to end.
class TsUdpFeeder
{
public:
    TsUdpFeeder(QByteArray ts, int port, int bitRate);
    ~TsUdpFeeder();
    TsUdpFeeder(const TsUdpFeeder &) = delete;
    TsUdpFeeder &operator=(const TsUdpFeeder &) = delete;

    void start();
    void stop();
    bool finished() const { return m_finished; }
    std::int64_t bytesSent() const { return m_sent; }

private:
    void run();

    const QByteArray m_ts;
    const int m_port;
    const int m_bitRate;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<std::int64_t> m_sent{0};
};

} // namespace tsfixtures
