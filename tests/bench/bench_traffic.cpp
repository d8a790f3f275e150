// SPDX-License-Identifier: GPL-3.0-or-later
// bench-traffic: paced, sequence-numbered UDP traffic over N streams, counted at the far end.
// Built by tests/bench/run-bench with the system compiler (no Qt, no libsrt), so that one
// small process drives and counts every stream of a benchmark run.
//
//   bench-traffic --send 127.0.0.1:5000,127.0.0.1:5002 --recv 127.0.0.1:6000,127.0.0.1:6002
//                 --rate 2 [--size 1316] --duration 10 [--ready-timeout 20] [--drain 1] [--fanout 1]
//
// Stream i sends to send[i] and is counted on recv[i]. With --fanout 1 there is one --send
// address (e.g. a multicast group) and every recv[i] must see every datagram of that stream. First every stream is probed (one
// probe datagram every 20 ms per stream until each recv port has seen its probe), then
// "READY" is printed, the streams send at --rate Mbit/s each for --duration seconds, "SENT"
// is printed, and after --drain seconds the counts are printed as one line of JSON.
// Datagram: "BNCH" | u32 stream | u64 sequence (probe: all ones) | filler.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::uint64_t kProbe = ~std::uint64_t(0);
constexpr int kBatch = 64;

struct Stream {
    sockaddr_in to{};
    sockaddr_in at{};
    int sendFd = -1;
    int recvFd = -1;
    std::uint64_t sent = 0;
    std::atomic<bool> probed{false};
    // Receiver side (receiver thread only until it is joined).
    std::vector<std::uint8_t> seen;
    std::uint64_t unique = 0;
    std::uint64_t duplicates = 0;
    std::uint64_t corrupted = 0;
    std::uint64_t outOfOrder = 0;
    std::int64_t highest = -1;
};

bool parseEndpoint(const std::string &text, sockaddr_in *out)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    std::memset(out, 0, sizeof *out);
    out->sin_family = AF_INET;
    out->sin_port = htons(std::uint16_t(std::atoi(text.c_str() + colon + 1)));
    return inet_pton(AF_INET, text.substr(0, colon).c_str(), &out->sin_addr) == 1;
}

std::vector<std::string> split(const std::string &text)
{
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        const auto comma = text.find(',', begin);
        const auto end = comma == std::string::npos ? text.size() : comma;
        if (end > begin)
            parts.push_back(text.substr(begin, end - begin));
        if (comma == std::string::npos)
            break;
        begin = comma + 1;
    }
    return parts;
}

void fill(char *buffer, std::size_t size, std::uint32_t stream, std::uint64_t sequence)
{
    std::memcpy(buffer, "BNCH", 4);
    const std::uint32_t s = htonl(stream);
    std::memcpy(buffer + 4, &s, 4);
    for (int i = 0; i < 8; ++i)
        buffer[8 + i] = char((sequence >> (56 - 8 * i)) & 0xFF);
    (void)size;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: bench-traffic --send ip:port[,..] --recv ip:port[,..] --rate MBPS --duration S "
                         "[--size BYTES] [--ready-timeout S] [--drain S]\n");
    std::exit(2);
}

void sleepUntil(Clock::time_point when)
{
    const auto now = Clock::now();
    if (when <= now)
        return;
    std::this_thread::sleep_for(when - now);
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> sendTo, recvAt;
    double mbps = 10, duration = 5, readyTimeout = 20, drain = 1;
    std::size_t size = 1316;
    bool fanout = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage();
        const std::string value = argv[++i];
        if (arg == "--send")
            sendTo = split(value);
        else if (arg == "--recv")
            recvAt = split(value);
        else if (arg == "--rate")
            mbps = std::atof(value.c_str());
        else if (arg == "--duration")
            duration = std::atof(value.c_str());
        else if (arg == "--size")
            size = std::size_t(std::atoi(value.c_str()));
        else if (arg == "--ready-timeout")
            readyTimeout = std::atof(value.c_str());
        else if (arg == "--drain")
            drain = std::atof(value.c_str());
        else if (arg == "--fanout")
            fanout = std::atoi(value.c_str()) != 0;
        else
            usage();
    }
    if (fanout && sendTo.size() == 1)
        sendTo.resize(recvAt.size(), sendTo.front()); // only the first one sends
    if (sendTo.empty() || sendTo.size() != recvAt.size() || size < 16 || size > 65000 || mbps <= 0)
        usage();

    const std::size_t n = sendTo.size();
    // Streams that send: all of them, or the first one whose datagrams every receiver counts.
    const std::size_t senders = fanout ? 1 : n;
    std::vector<Stream> streams(n);
    const int epfd = epoll_create1(EPOLL_CLOEXEC);
    for (std::size_t i = 0; i < n; ++i) {
        Stream &s = streams[i];
        if (!parseEndpoint(sendTo[i], &s.to) || !parseEndpoint(recvAt[i], &s.at))
            usage();
        s.recvFd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int buffer = 16 * 1024 * 1024;
        if (setsockopt(s.recvFd, SOL_SOCKET, SO_RCVBUFFORCE, &buffer, sizeof buffer) < 0)
            setsockopt(s.recvFd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
        if (bind(s.recvFd, reinterpret_cast<sockaddr *>(&s.at), sizeof s.at) < 0) {
            std::fprintf(stderr, "bench-traffic: cannot bind %s: %s\n", recvAt[i].c_str(), std::strerror(errno));
            return 1;
        }
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = i;
        epoll_ctl(epfd, EPOLL_CTL_ADD, s.recvFd, &event);
        if (i >= senders)
            continue;
        s.sendFd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        const int ttl = 1; // a multicast group stays on this host
        setsockopt(s.sendFd, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
        const int sendBuffer = 4 * 1024 * 1024;
        if (setsockopt(s.sendFd, SOL_SOCKET, SO_SNDBUFFORCE, &sendBuffer, sizeof sendBuffer) < 0)
            setsockopt(s.sendFd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
        if (connect(s.sendFd, reinterpret_cast<sockaddr *>(&s.to), sizeof s.to) < 0) {
            std::fprintf(stderr, "bench-traffic: cannot send to %s: %s\n", sendTo[i].c_str(), std::strerror(errno));
            return 1;
        }
    }

    const double packetsPerSecond = mbps * 1e6 / (double(size) * 8.0);
    const std::uint64_t expected = std::uint64_t(packetsPerSecond * duration) + 2;
    for (auto &s : streams)
        s.seen.assign(expected, 0);

    std::atomic<bool> stop{false};
    std::thread receiver([&] {
        std::vector<std::vector<char>> buffers(kBatch, std::vector<char>(65536));
        std::vector<iovec> iov(kBatch);
        std::vector<mmsghdr> messages(kBatch);
        epoll_event events[64];
        while (!stop.load(std::memory_order_relaxed)) {
            const int ready = epoll_wait(epfd, events, 64, 20);
            for (int e = 0; e < ready; ++e) {
                Stream &s = streams[events[e].data.u64];
                const auto index = fanout ? 0u : std::uint32_t(events[e].data.u64);
                for (;;) {
                    for (int k = 0; k < kBatch; ++k) {
                        iov[k] = {buffers[k].data(), buffers[k].size()};
                        messages[k] = {};
                        messages[k].msg_hdr.msg_iov = &iov[k];
                        messages[k].msg_hdr.msg_iovlen = 1;
                    }
                    const int got = recvmmsg(s.recvFd, messages.data(), kBatch, MSG_DONTWAIT, nullptr);
                    if (got <= 0)
                        break;
                    for (int k = 0; k < got; ++k) {
                        const char *d = buffers[k].data();
                        if (messages[k].msg_len < 16 || std::memcmp(d, "BNCH", 4) != 0) {
                            ++s.corrupted;
                            continue;
                        }
                        std::uint32_t stream = 0;
                        std::memcpy(&stream, d + 4, 4);
                        std::uint64_t sequence = 0;
                        for (int b = 0; b < 8; ++b)
                            sequence = (sequence << 8) | std::uint8_t(d[8 + b]);
                        if (ntohl(stream) != index) {
                            ++s.corrupted;
                            continue;
                        }
                        if (sequence == kProbe) {
                            s.probed.store(true);
                            continue;
                        }
                        if (sequence >= s.seen.size()) {
                            ++s.corrupted;
                            continue;
                        }
                        if (s.seen[sequence]) {
                            ++s.duplicates;
                            continue;
                        }
                        s.seen[sequence] = 1;
                        ++s.unique;
                        if (std::int64_t(sequence) < s.highest)
                            ++s.outOfOrder;
                        else
                            s.highest = std::int64_t(sequence);
                    }
                    if (got < kBatch)
                        break;
                }
            }
        }
    });

    std::vector<char> datagram(size, 'x');
    // Probe until every stream has come through its relays once.
    const auto probeStart = Clock::now();
    bool allReady = false;
    while (Clock::now() - probeStart < std::chrono::duration<double>(readyTimeout)) {
        allReady = true;
        for (std::size_t i = 0; i < n; ++i) {
            if (streams[i].probed.load())
                continue;
            allReady = false;
            if (i < senders) {
                fill(datagram.data(), size, std::uint32_t(i), kProbe);
                send(streams[i].sendFd, datagram.data(), size, 0);
            }
        }
        if (fanout && !allReady) {
            fill(datagram.data(), size, 0, kProbe);
            send(streams[0].sendFd, datagram.data(), size, 0);
        }
        if (allReady)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double readyMs = std::chrono::duration<double, std::milli>(Clock::now() - probeStart).count();
    if (!allReady) {
        stop = true;
        receiver.join();
        std::size_t ready = 0;
        for (auto &s : streams)
            ready += s.probed.load() ? 1 : 0;
        std::printf("{\"ready\": false, \"streamsReady\": %zu, \"streams\": %zu}\n", ready, n);
        return 3;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // late probes out of the way
    std::printf("READY\n");
    std::fflush(stdout);

    // Paced sending: each stream sends what is due, then the thread sleeps until the next
    // datagram of any stream is due (bursts stay a few datagrams long even at high rates).
    std::uint64_t sendErrors = 0;
    const auto begin = Clock::now();
    const auto end = begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(duration));
    const double interval = 1.0 / packetsPerSecond; // seconds between datagrams of one stream
    std::vector<std::vector<char>> burst(kBatch, std::vector<char>(size, 'x'));
    std::vector<iovec> iov(kBatch);
    std::vector<mmsghdr> messages(kBatch);
    const std::uint64_t total = std::uint64_t(packetsPerSecond * duration);
    for (;;) {
        const auto now = Clock::now();
        const double elapsed = std::chrono::duration<double>(now - begin).count();
        bool done = true;
        for (std::size_t i = 0; i < senders; ++i) {
            Stream &s = streams[i];
            // Streams are staggered evenly over one interval.
            const double shifted = elapsed - interval * double(i) / double(senders);
            const std::uint64_t due =
                shifted < 0 ? 0 : std::min<std::uint64_t>(total, std::uint64_t(shifted / interval) + 1);
            if (s.sent < total)
                done = false;
            while (s.sent < due) {
                const int count = int(std::min<std::uint64_t>(kBatch, due - s.sent));
                for (int k = 0; k < count; ++k) {
                    fill(burst[k].data(), size, std::uint32_t(i), s.sent + std::uint64_t(k));
                    iov[k] = {burst[k].data(), size};
                    messages[k] = {};
                    messages[k].msg_hdr.msg_iov = &iov[k];
                    messages[k].msg_hdr.msg_iovlen = 1;
                }
                const int sentNow = sendmmsg(s.sendFd, messages.data(), unsigned(count), 0);
                if (sentNow <= 0) {
                    ++sendErrors;
                    s.sent += std::uint64_t(count); // counted as sent: the receiver reports it missing
                } else {
                    s.sent += std::uint64_t(sentNow);
                }
            }
        }
        if (done || now >= end + std::chrono::seconds(1))
            break;
        // Next datagram due of any stream (they share one rate, staggered by interval / n).
        const double slot = interval / double(senders);
        const double next = (std::floor(elapsed / slot) + 1.0) * slot;
        sleepUntil(begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(next)));
    }
    const double sendSeconds = std::chrono::duration<double>(Clock::now() - begin).count();
    std::printf("SENT\n");
    std::fflush(stdout);

    std::this_thread::sleep_for(std::chrono::duration<double>(drain));
    stop = true;
    receiver.join();
    if (fanout) {
        for (auto &s : streams)
            s.sent = streams[0].sent; // every receiver should have had each of them
    }

    std::uint64_t sent = 0, unique = 0, duplicates = 0, corrupted = 0, outOfOrder = 0, missing = 0;
    std::size_t lossyStreams = 0;
    std::string perStream;
    for (std::size_t i = 0; i < n; ++i) {
        const Stream &s = streams[i];
        sent += s.sent;
        unique += s.unique;
        duplicates += s.duplicates;
        corrupted += s.corrupted;
        outOfOrder += s.outOfOrder;
        const std::uint64_t m = s.sent > s.unique ? s.sent - s.unique : 0;
        missing += m;
        lossyStreams += m > 0 ? 1 : 0;
        perStream += (i ? "," : "") + std::to_string(m);
    }
    std::printf("{\"ready\": true, \"readyMs\": %.1f, \"streams\": %zu, \"sent\": %llu, \"unique\": %llu, "
                "\"missing\": %llu, \"duplicates\": %llu, \"corrupted\": %llu, \"outOfOrder\": %llu, "
                "\"lossyStreams\": %zu, \"sendErrors\": %llu, \"sendSeconds\": %.3f, \"bytesPerDatagram\": %zu, "
                "\"missingPerStream\": [%s]}\n",
                readyMs, n, (unsigned long long)sent, (unsigned long long)unique, (unsigned long long)missing,
                (unsigned long long)duplicates, (unsigned long long)corrupted, (unsigned long long)outOfOrder,
                lossyStreams, (unsigned long long)sendErrors, sendSeconds, size, perStream.c_str());
    return 0;
}
