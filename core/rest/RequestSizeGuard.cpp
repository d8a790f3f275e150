// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/RequestSizeGuard.h"

#include "core/rest/RestLogging.h"

#include <QTcpSocket>
#include <QTimer>

namespace srtdesk {

namespace {

constexpr char kPendingProperty[] = "srtdesk_pendingRequestBytes";

// The Content-Length of the request whose headers start `data`, or -1 when not (yet) known.
qint64 declaredLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? data : data.left(end);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        if (line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? length : -1;
    }
    return -1;
}

void refuse(QTcpSocket *socket, qint64 hardLimit)
{
    qCWarning(lcRest).noquote() << "refused a request of more than" << hardLimit << "bytes from"
                                << socket->peerAddress().toString();
    // Nothing more of this connection reaches the HTTP server.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body = "{\"error\": \"The body is too large.\", \"fields\": {}}";
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

void RequestSizeGuard::attach(QTcpSocket *socket, qint64 hardLimit, int idleMsecs)
{
    socket->setProperty(kPendingProperty, qint64(0));
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(idleMsecs);
    QObject::connect(idle, &QTimer::timeout, socket, [socket] {
        qCDebug(lcRest).noquote() << "closing the idle connection of" << socket->peerAddress().toString();
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, hardLimit, idle] {
        idle->start();
        const qint64 before = socket->property(kPendingProperty).toLongLong();
        const qint64 available = socket->bytesAvailable();
        const qint64 pending = before + available;
        socket->setProperty(kPendingProperty, pending);
        if (pending > hardLimit) {
            refuse(socket, hardLimit);
            return;
        }
        if (before == 0 && declaredLength(socket->peek(std::min<qint64>(available, 16 * 1024))) > hardLimit)
            refuse(socket, hardLimit);
    });
}

void RequestSizeGuard::requestCompleted(QTcpSocket *socket)
{
    socket->setProperty(kPendingProperty, qint64(0));
}

} // namespace srtdesk
