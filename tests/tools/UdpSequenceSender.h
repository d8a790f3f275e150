// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <thread>

namespace srtdesk::testtools {

// Sends sequence-numbered datagrams (UdpSequencePacket) to ip:port at a steady rate on its
// own thread, until `count` datagrams or `durationMs` have gone out, or stop() is called.
class UdpSequenceSender
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0;
        double mbps = 10.0;          // payload rate (datagram bytes × 8 per second)
        int datagramBytes = 1316;
        qint64 count = -1;           // -1: no limit
        int durationMs = -1;         // -1: no limit
        std::uint64_t firstSequence = 0;
    };

    explicit UdpSequenceSender(const Options &options);
    ~UdpSequenceSender();
    UdpSequenceSender(const UdpSequenceSender &) = delete;
    UdpSequenceSender &operator=(const UdpSequenceSender &) = delete;

    bool start(QString *error = nullptr);
    void stop();
    // Blocks until the sender has finished by itself (count or duration reached) or stopped.
    void wait();
    bool isFinished() const { return m_finished.load(); }
    qint64 sent() const { return m_sent.load(); }
    qint64 sendErrors() const { return m_errors.load(); }
    // The sequence number the next datagram will carry.
    std::uint64_t nextSequence() const { return m_options.firstSequence + std::uint64_t(m_sent.load()); }

private:
    void run();

    Options m_options;
    int m_fd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<qint64> m_sent{0};
    std::atomic<qint64> m_errors{0};
};

} // namespace srtdesk::testtools
