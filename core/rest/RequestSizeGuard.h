// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QTcpSocket;

namespace srtdesk {

// Qt HttpServer 6.4 buffers a whole request before handing it over, however large. The
// guard watches each connection's incoming bytes (it is connected to readyRead before the
// HTTP server is) and, when a request announces or sends more than `hardLimit` bytes,
// answers 413 itself and closes the connection, so memory stays bounded. Requests under the
// hard limit but over the API's body limit are answered 413 by RestServer, cleanly.
// It also closes connections that stay silent for `idleMsecs` (Qt HttpServer 6.4 has no
// keep-alive timeout of its own), so idle clients cannot hold file descriptors forever.
class RequestSizeGuard
{
public:
    static void attach(QTcpSocket *socket, qint64 hardLimit, int idleMsecs);
    // A request on `socket` was complete and handed over: count the next one from zero.
    static void requestCompleted(QTcpSocket *socket);
};

} // namespace srtdesk
