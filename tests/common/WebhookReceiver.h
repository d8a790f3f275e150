// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <deque>

class QTcpSocket;

namespace srtdesk::test {

// A real HTTP receiver for webhook tests: a QTcpServer on 127.0.0.1 that reads each request
// (request line, headers, Content-Length body), keeps it, and answers with the next status of
// a script (200 once the script is used up), closing the connection after each answer.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        int answeredStatus = 0;
    };

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;
    void answerNext(const QList<int> &statuses); // appended to the script
    void setDefaultStatus(int status) { m_defaultStatus = status; }
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

signals:
    void received();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<int> m_script;
    int m_defaultStatus = 200;
    QList<Request> m_requests;
};

} // namespace srtdesk::test
