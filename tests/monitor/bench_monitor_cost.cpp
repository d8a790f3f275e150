// SPDX-License-Identifier: GPL-3.0-or-later
// Cost of stream monitoring on the data path, per 188-byte packet (not a ctest: timings are
// noisy on shared machines). Feeds a TS file, repeated, in 1316-byte datagrams stamped as if
// they arrived at --rate Mbit/s, through one of:
//   noop       a PayloadTap that does nothing (the virtual call and the loop alone)
//   analyzer   TsAnalyzer: the per-packet walk, PSI through libdvbpsi, one snapshot a second
//   monitor    StreamMonitor, ring idle (what every service costs)
//   recording  StreamMonitor with the ring recording (after a probe or thumbnail request)
// Prints ns per packet. tests/bench/run-monitor-cost runs it, and callgrind on bench-ts-walk:
// the same program with the noop and analyzer modes only, built without FFmpeg (valgrind
// 3.19 stops at an instruction in libhwy, which libavcodec pulls in).
#include "core/monitor/PayloadTap.h"
#include "core/monitor/TsAnalyzer.h"
#ifndef SRTDESK_BENCH_WALK_ONLY
#include "core/monitor/StreamMonitor.h"
#endif

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

using namespace srtdesk;

namespace {

class NoopTap final : public PayloadTap
{
public:
    void payload(const std::uint8_t *data, std::size_t length, std::int64_t) override { m_sum += data[length - 1]; }
    void linkUp(std::int64_t) override {}
    unsigned m_sum = 0;
};

std::unique_ptr<PayloadTap> makeTap(const std::string &mode)
{
    if (mode == "noop")
        return std::make_unique<NoopTap>();
    if (mode == "analyzer")
        return std::make_unique<TsAnalyzer>();
#ifndef SRTDESK_BENCH_WALK_ONLY
    auto monitor = std::make_unique<StreamMonitor>();
    if (mode == "recording")
        monitor->keepRecording(std::int64_t(1) << 60 >> 4); // records for the whole run
    else if (mode != "monitor")
        return nullptr;
    return monitor;
#else
    return nullptr;
#endif
}

std::int64_t steadyNowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FILE.ts noop|analyzer|monitor|recording [stream-seconds] [Mbit/s]\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::vector<std::uint8_t> ts((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string mode = argv[2];
    const double streamSeconds = argc > 3 ? std::atof(argv[3]) : 60.0;
    const double mbitRate = argc > 4 ? std::atof(argv[4]) : 100.0;
    std::unique_ptr<PayloadTap> tap = makeTap(mode);
    if (ts.size() < 1316 || !tap) {
        std::fprintf(stderr, "no TS in %s or unknown mode %s\n", argv[1], mode.c_str());
        return 2;
    }
    const std::size_t datagram = 1316;
    const std::size_t usable = ts.size() / datagram * datagram;
    const double usPerDatagram = datagram * 8 / mbitRate;
    const auto datagrams = std::uint64_t(streamSeconds * 1e6 / usPerDatagram);

    const std::int64_t start = steadyNowUs();
    tap->linkUp(start);
    std::size_t offset = 0;
    // Each datagram is copied into one receive buffer first, as recvmsg would: the tap sees
    // bytes that were just written, in cache, as on the data path. The copy is in every mode,
    // the noop one included.
    std::uint8_t received[1316 * 2];
    const auto began = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < datagrams; ++i) {
        std::uint8_t *buffer = received + (i & 1) * datagram;
        std::memcpy(buffer, ts.data() + offset, datagram);
        tap->payload(buffer, datagram, start + std::int64_t(double(i) * usPerDatagram));
        offset += datagram;
        if (offset == usable)
            offset = 0;
    }
    const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - began).count();
    const double packets = double(datagrams) * 7;
    std::printf("mode %s: %.0f packets (%.0f s of stream at %.0f Mbit/s) in %.3f s: %.2f ns/packet, "
                "%.3f%% of one core at that rate\n",
                mode.c_str(), packets, streamSeconds, mbitRate, ns / 1e9, ns / packets,
                100.0 * (ns / 1e9) / streamSeconds);
    if (auto *analyzer = dynamic_cast<TsAnalyzer *>(tap.get())) {
        analyzer->publishNow(start + std::int64_t(streamSeconds * 1e6));
        std::printf("analyzer saw %lld TS packets, %lld CC errors\n", (long long)analyzer->latest()->tsPackets,
                    (long long)analyzer->latest()->total.ccErrors);
    }
    return 0;
}
