#pragma once

#include "core/rest/RequestSizeGuard.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace srtdesk {

// A QTcpServer or QSslServer whose connections get a RequestSizeGuard before the HTTP
// server sees them (QAbstractHttpServer takes them through nextPendingConnection()).
template <typename Base>
class GuardedServer final : public Base
{
public:
    GuardedServer(qint64 hardLimit, QObject *parent = nullptr) : Base(parent), m_hardLimit(hardLimit) {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            RequestSizeGuard::attach(socket, m_hardLimit);
        return socket;
    }

private:
    qint64 m_hardLimit;
};

} // namespace srtdesk
