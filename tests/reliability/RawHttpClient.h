// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <memory>

namespace srtdesk::test {

// Sends hand-made HTTP/1.1 requests, malformed ones included, over one keep-alive TCP
// connection (reconnecting when the server closes it) and reads the answers.
class RawHttpClient
{
public:
    struct Answer
    {
        int status = 0; // 0: no answer (closed or timed out)
        QByteArray body;
        bool closed = false;
    };

    explicit RawHttpClient(quint16 port) : m_port(port) {}

    Answer send(const QByteArray &request, int timeoutMs = 5000);

private:
    bool ensureConnected();
    bool readMore(int timeoutMs);

    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace srtdesk::test
