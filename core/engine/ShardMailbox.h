// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <mutex>

namespace srtdesk {

// Commands for one I/O shard from any thread: a queue plus an eventfd that the shard's
// srt_epoll watches as a system socket, so that a command wakes the shard instead of waiting
// for its next timeout. Held by shared pointer: a late poster (a DNS lookup that finished
// after its engine was destroyed) finds a closed mailbox and its command is dropped.
class ShardMailbox
{
public:
    using Command = std::function<void()>;

    ShardMailbox();
    ~ShardMailbox();
    ShardMailbox(const ShardMailbox &) = delete;
    ShardMailbox &operator=(const ShardMailbox &) = delete;

    int fd() const { return m_fd; }
    // false when the mailbox is closed (the command is not queued).
    bool post(Command command);
    // Shard thread: every queued command, in order (the eventfd is reset first).
    std::deque<Command> take();
    // No further command is accepted.
    void close();

private:
    int m_fd = -1;
    std::mutex m_mutex;
    std::deque<Command> m_commands; // guarded by m_mutex
    bool m_closed = false;          // guarded by m_mutex
};

} // namespace srtdesk
