// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/RequestSizeGuard.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace srtdesk {

// A QTcpServer or QSslServer whose connections get a RequestSizeGuard before the HTTP
// server sees them (QAbstractHttpServer takes them through nextPendingConnection()).
// Beyond `maxConnections` open connections, new ones are closed at once.
template <typename Base>
class GuardedServer final : public Base
{
public:
    GuardedServer(qint64 hardLimit, int idleMsecs, int maxConnections, QObject *parent = nullptr)
        : Base(parent), m_hardLimit(hardLimit), m_idleMsecs(idleMsecs), m_maxConnections(maxConnections)
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            // Accepted sockets stay children of the server until they are deleted.
            if (this->template findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size() > m_maxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            RequestSizeGuard::attach(socket, m_hardLimit, m_idleMsecs);
            // No Nagle: a reply leaves as headers then body, and with Nagle the body waited for
            // the client's delayed ACK (~40 ms per request, tests/bench and docs/PERFORMANCE.md).
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            return socket;
        }
        return nullptr;
    }

private:
    qint64 m_hardLimit;
    int m_idleMsecs;
    int m_maxConnections;
};

} // namespace srtdesk
