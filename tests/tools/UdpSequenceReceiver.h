// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace srtdesk::testtools {

// Receives the datagrams of a UdpSequenceSender on ip:port (its own thread) and counts what
// arrived: received, unique, missing (gaps up to the highest sequence seen), duplicates,
// out-of-order and corrupted (wrong format, length or payload bytes).
class UdpSequenceReceiver
{
public:
    struct Counts
    {
        qint64 received = 0;   // datagrams, corrupted ones included
        qint64 unique = 0;     // distinct valid sequence numbers
        qint64 missing = 0;    // sequence numbers from `firstSequence` to the highest seen that never came
        qint64 duplicates = 0;
        qint64 outOfOrder = 0; // valid, new, but lower than one already seen
        qint64 corrupted = 0;
        qint64 bytes = 0;
        std::int64_t highest = -1; // highest valid sequence seen, -1 before the first
    };

    UdpSequenceReceiver() = default;
    ~UdpSequenceReceiver();
    UdpSequenceReceiver(const UdpSequenceReceiver &) = delete;
    UdpSequenceReceiver &operator=(const UdpSequenceReceiver &) = delete;

    // Binds ip:port (a multicast group is joined on `interfaceIp`) and starts counting.
    bool start(const QString &ip, int port, QString *error = nullptr, const QString &interfaceIp = {});
    void stop();
    void reset(std::uint64_t firstSequence = 0);
    Counts counts() const;
    // Sequence numbers in [begin, end) that never came: how many, and the first `keep` of
    // them (to tell a lost tail from a lost start or a gap in the middle).
    qint64 missingIn(std::uint64_t begin, std::uint64_t end, std::vector<std::uint64_t> *first = nullptr,
                     std::size_t keep = 8) const;

private:
    void run();
    void account(const char *data, std::size_t length);

    int m_fd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    Counts m_counts;
    std::uint64_t m_firstSequence = 0;
    std::vector<bool> m_seen; // index: sequence - m_firstSequence
};

} // namespace srtdesk::testtools
