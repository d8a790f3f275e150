// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RelayEngine.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/IoShard.h"

#include <algorithm>
#include <thread>

namespace srtdesk {

RelayEngine::RelayEngine(const SrtRuntime &runtime, int ioThreads) : m_runtime(runtime)
{
    const int count = std::clamp(ioThreads > 0 ? ioThreads : defaultIoThreads(), 1, kMaxIoThreads);
    for (int i = 0; i < count; ++i)
        m_shards.push_back(std::make_unique<IoShard>(i));
    qCInfo(lcEngine).noquote() << "relay engine:" << count << "I/O thread(s)";
}

RelayEngine::~RelayEngine() = default;

int RelayEngine::defaultIoThreads()
{
    return std::max(1, int(std::thread::hardware_concurrency()));
}

IoShard &RelayEngine::assignShard()
{
    IoShard *best = m_shards.front().get();
    for (const auto &shard : m_shards) {
        if (shard->load().load() < best->load().load())
            best = shard.get();
    }
    ++best->load();
    return *best;
}

} // namespace srtdesk
