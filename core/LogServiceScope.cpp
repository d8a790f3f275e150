// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LogServiceScope.h"

namespace srtdesk {

thread_local qint64 LogServiceScope::s_current = 0;

LogServiceScope::LogServiceScope(qint64 serviceId)
    : m_previous(s_current)
{
    s_current = serviceId;
}

LogServiceScope::~LogServiceScope()
{
    s_current = m_previous;
}

qint64 LogServiceScope::current()
{
    return s_current;
}

} // namespace srtdesk
