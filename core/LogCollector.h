// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <deque>

namespace srtdesk {

// One message of the process's log.
struct LogEntry
{
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
    qint64 serviceId = 0; // the service it is about (LogServiceScope); 0: none or the process
};

// Collects the process's Qt log (every category: srtdesk.*, libsrt's, Qt's own) and
// re-emits each message as a signal, for a log panel. install() puts a Qt message handler
// in place that chains to the previous one, so stderr output stays as it was. Not a
// singleton: create one in main() and pass it in; at most one is installed at a time.
// messageLogged may be emitted from any thread; connect with a context object and Qt
// queues it to the receiver's thread.
class LogCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogCollector)

public:
    static constexpr int kDefaultKeep = 2000;

    explicit LogCollector(QObject *parent = nullptr, int keep = kDefaultKeep);
    ~LogCollector() override; // uninstalls

    void install();
    void uninstall();
    bool isInstalled() const;

    // The last `keep` messages, oldest first: what was logged before a view connected.
    QList<LogEntry> recent() const;

    // Severity from 0 (debug) to 4 (fatal); QtMsgType's own order puts info after fatal.
    static int severity(QtMsgType type);

signals:
    void messageLogged(const srtdesk::LogEntry &entry);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void collect(const LogEntry &entry);

    const int m_keep;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    std::deque<LogEntry> m_recent;
};

} // namespace srtdesk

Q_DECLARE_METATYPE(srtdesk::LogEntry)
