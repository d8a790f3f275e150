// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fanout/FanoutSupport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace srtdesk::test {

namespace {

bool toAddress(const QString &ip, int port, sockaddr_storage *address, int *length)
{
    std::memset(address, 0, sizeof *address);
    const QByteArray text = ip.toLatin1();
    auto *in4 = reinterpret_cast<sockaddr_in *>(address);
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(address);
    if (inet_pton(AF_INET, text.constData(), &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons(quint16(port));
        *length = sizeof *in4;
        return true;
    }
    if (inet_pton(AF_INET6, text.constData(), &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(quint16(port));
        *length = sizeof *in6;
        return true;
    }
    return false;
}

} // namespace

int fanoutPort(int block, int offset)
{
    static const int base = qEnvironmentVariableIntValue("SRTDESK_FANOUT_PORT_BASE") > 0
                                ? qEnvironmentVariableIntValue("SRTDESK_FANOUT_PORT_BASE")
                                : 22000;
    return base + block * 20 + offset;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return condition();
        QTest::qWait(20);
    }
    return true;
}

SRTSOCKET plainSrtCaller(const QString &localIp, const QString &peerIp, int port, const QString &streamId,
                         int *rejectReason)
{
    *rejectReason = SRT_REJ_UNKNOWN;
    sockaddr_storage peer{};
    int peerLength = 0;
    if (!toAddress(peerIp, port, &peer, &peerLength))
        return SRT_INVALID_SOCK;
    const SRTSOCKET socket = srt_create_socket();
    const int latency = 400;
    const int timeoutMs = 3000;
    srt_setsockflag(socket, SRTO_LATENCY, &latency, sizeof latency);
    srt_setsockflag(socket, SRTO_CONNTIMEO, &timeoutMs, sizeof timeoutMs);
    if (!streamId.isEmpty()) {
        const QByteArray id = streamId.toUtf8();
        srt_setsockflag(socket, SRTO_STREAMID, id.constData(), int(id.size()));
    }
    if (!localIp.isEmpty()) {
        sockaddr_storage local{};
        int localLength = 0;
        if (!toAddress(localIp, 0, &local, &localLength)
            || srt_bind(socket, reinterpret_cast<const sockaddr *>(&local), localLength) == SRT_ERROR) {
            srt_close(socket);
            return SRT_INVALID_SOCK;
        }
    }
    if (srt_connect(socket, reinterpret_cast<const sockaddr *>(&peer), peerLength) == SRT_ERROR) {
        *rejectReason = srt_getrejectreason(socket);
        srt_close(socket);
        return SRT_INVALID_SOCK;
    }
    return socket;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace srtdesk::test
