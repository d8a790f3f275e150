// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/HostResolver.h"

#include <QCoreApplication>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

namespace srtdesk {

namespace {
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    sockaddr_in address{};
};
} // namespace

HostResolver::Result HostResolver::resolve(const QString &host, int port, const std::atomic<bool> &cancel,
                                           sockaddr_in *address, QString *error)
{
    std::memset(address, 0, sizeof *address);
    address->sin_family = AF_INET;
    address->sin_port = htons(quint16(port));
    const QByteArray name = host.trimmed().toUtf8();
    if (name.isEmpty() || inet_pton(AF_INET, name.constData(), &address->sin_addr) == 1) {
        if (name.isEmpty())
            address->sin_addr.s_addr = htonl(INADDR_ANY);
        return Result::Ok;
    }

    // The helper thread owns a reference to the lookup, so it may outlive this call.
    auto lookup = std::make_shared<Lookup>();
    std::thread([lookup, name] {
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo *found = nullptr;
        const int status = getaddrinfo(name.constData(), nullptr, &hints, &found);
        std::lock_guard lock(lookup->mutex);
        lookup->status = status;
        if (status == 0 && found)
            std::memcpy(&lookup->address, found->ai_addr, sizeof lookup->address);
        else if (status == 0)
            lookup->status = EAI_NONAME;
        if (found)
            freeaddrinfo(found);
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();

    std::unique_lock lock(lookup->mutex);
    while (!lookup->finished) {
        if (cancel.load())
            return Result::Cancelled;
        lookup->done.wait_for(lock, std::chrono::milliseconds(50));
    }
    if (lookup->status != 0) {
        if (error) {
            *error = tr("Cannot resolve host name %1: %2.")
                         .arg(host, QString::fromLocal8Bit(gai_strerror(lookup->status)));
        }
        return Result::Failed;
    }
    address->sin_addr = lookup->address.sin_addr;
    return Result::Ok;
}

} // namespace srtdesk
