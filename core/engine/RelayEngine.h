// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace srtdesk {

class IoShard;
class SrtRuntime;

// The relay engine: a fixed pool of I/O threads (shards) that run every service, whatever
// their number (DESIGN.md "Engine: threads by cores, not by services"). A service is given to
// the shard with the fewest services when it starts and stays there until it stops. Callers
// of one shard share local UDP ports, so libsrt runs one multiplexer for them instead of one
// per service (SharedCallerPorts).
//
// Create after the SrtRuntime and destroy before it; every RelayWorker must be gone first.
class RelayEngine
{
public:
    // `ioThreads` <= 0: one per core.
    explicit RelayEngine(const SrtRuntime &runtime, int ioThreads = 0);
    ~RelayEngine();
    RelayEngine(const RelayEngine &) = delete;
    RelayEngine &operator=(const RelayEngine &) = delete;

    static int defaultIoThreads();
    static constexpr int kMaxIoThreads = 64;
    int ioThreads() const { return int(m_shards.size()); }
    const SrtRuntime &runtime() const { return m_runtime; }

private:
    friend class RelayWorker;
    IoShard &assignShard(); // the least loaded; counts the new service in

    const SrtRuntime &m_runtime;
    std::vector<std::unique_ptr<IoShard>> m_shards;
};

} // namespace srtdesk
