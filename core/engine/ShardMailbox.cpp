// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ShardMailbox.h"

#include <cstdint>

#include <sys/eventfd.h>
#include <unistd.h>

namespace srtdesk {

ShardMailbox::ShardMailbox() : m_fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

ShardMailbox::~ShardMailbox()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ShardMailbox::post(Command command)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return false;
        wake = m_commands.empty(); // one wake-up per batch of commands is enough
        m_commands.push_back(std::move(command));
    }
    if (wake) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_fd, &one, sizeof one);
    }
    return true;
}

std::deque<ShardMailbox::Command> ShardMailbox::take()
{
    std::uint64_t count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_fd, &count, sizeof count);
    std::lock_guard lock(m_mutex);
    std::deque<Command> commands;
    commands.swap(m_commands);
    return commands;
}

void ShardMailbox::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
}

} // namespace srtdesk
