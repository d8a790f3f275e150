// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/WebhookReceiver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace srtdesk::test {

WebhookReceiver::WebhookReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onConnection);
}

WebhookReceiver::~WebhookReceiver()
{
    // The sockets are the server's children and go with it, after this object's members: they
    // must not call back into them.
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_server.close();
}

bool WebhookReceiver::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void WebhookReceiver::answerNext(const QList<int> &statuses)
{
    m_script.insert(m_script.end(), statuses.cbegin(), statuses.cend());
}

void WebhookReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void WebhookReceiver::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the rest of the body is still on its way
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    int status = m_defaultStatus;
    if (!m_script.empty()) {
        status = m_script.front();
        m_script.pop_front();
    }
    request.answeredStatus = status;
    m_requests.append(request);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
    emit received();
}

} // namespace srtdesk::test
