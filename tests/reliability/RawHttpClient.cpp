// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"

#include <QElapsedTimer>
#include <QHostAddress>

namespace srtdesk::test {

bool RawHttpClient::ensureConnected()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return true;
    m_socket = std::make_unique<QTcpSocket>();
    m_buffer.clear();
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(3000);
}

bool RawHttpClient::readMore(int timeoutMs)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket->readAll();
    return true;
}

RawHttpClient::Answer RawHttpClient::send(const QByteArray &request, int timeoutMs)
{
    Answer answer;
    if (!ensureConnected())
        return answer;
    m_socket->write(request);
    m_socket->flush();
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (timer.elapsed() > timeoutMs || !readMore(timeoutMs)) {
            answer.closed = m_socket->state() != QAbstractSocket::ConnectedState;
            m_socket.reset();
            return answer;
        }
    }
    const QByteArray head = m_buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    answer.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    bool close = false;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            length = lower.mid(15).trimmed().toLongLong();
        if (lower.startsWith("connection:") && lower.contains("close"))
            close = true;
    }
    while (m_buffer.size() < headerEnd + 4 + length) {
        if (timer.elapsed() > timeoutMs || !readMore(timeoutMs))
            break;
    }
    answer.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    if (close) {
        answer.closed = true;
        m_socket.reset();
    }
    return answer;
}

} // namespace srtdesk::test
