// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace srtdesk {

// While one exists on a thread, what that thread logs is about one service: LogCollector tags
// each message with the service's id, and the log panel filters on that id rather than on a
// name that another service's name may contain ("TX 1" in "TX 1 copy"). A relay worker's
// thread holds one for its whole life, the manager one while it logs about a service; libsrt's
// own threads hold none. Scopes nest: the innermost one counts.
class LogServiceScope
{
public:
    explicit LogServiceScope(qint64 serviceId);
    ~LogServiceScope();
    LogServiceScope(const LogServiceScope &) = delete;
    LogServiceScope &operator=(const LogServiceScope &) = delete;

    // The service of the innermost scope on this thread; 0: none.
    static qint64 current();

private:
    const qint64 m_previous;
    static thread_local qint64 s_current;
};

} // namespace srtdesk
