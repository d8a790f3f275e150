// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/UnixSignalWatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srtdesk {

int UnixSignalWatcher::s_fds[2] = {-1, -1};

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent), m_signals(signalNumbers)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0) {
        qWarning("cannot create the signal socket pair: %s", strerror(errno));
        return;
    }
    ::fcntl(s_fds[0], F_SETFL, ::fcntl(s_fds[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(s_fds[1], F_SETFL, ::fcntl(s_fds[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = &UnixSignalWatcher::handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : std::as_const(m_signals))
        ::sigaction(number, &action, nullptr);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int number : std::as_const(m_signals))
        ::sigaction(number, &action, nullptr);
    for (int &fd : s_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void UnixSignalWatcher::handler(int signalNumber)
{
    // Async-signal-safe: one write, errno preserved.
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    if (s_fds[0] >= 0) {
        [[maybe_unused]] const auto written = ::write(s_fds[0], &byte, 1);
    }
    errno = savedErrno;
}

void UnixSignalWatcher::readSignal()
{
    char byte = 0;
    while (::read(s_fds[1], &byte, 1) == 1)
        emit signalReceived(int(byte));
}

} // namespace srtdesk
