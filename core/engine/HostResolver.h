// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

#include <netinet/in.h>

namespace srtdesk {

// Resolves a peer (an IPv4 literal or a host name) to an IPv4 socket address without
// making the caller deaf to a stop request: getaddrinfo() runs on a helper thread and the
// caller gives up as soon as `cancel` is set, so a slow DNS never delays stop().
class HostResolver
{
    Q_DECLARE_TR_FUNCTIONS(HostResolver)

public:
    enum class Result { Ok, Failed, Cancelled };

    static Result resolve(const QString &host, int port, const std::atomic<bool> &cancel, sockaddr_in *address,
                          QString *error);
};

} // namespace srtdesk
