// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace srtdesk {

// Turns SIGTERM/SIGINT (or any given signals) into a Qt signal in the main thread, with the
// self-pipe pattern: the handler only write()s the signal number into a socketpair, a
// QSocketNotifier reads it in the event loop. One instance per process.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void signalReceived(int signalNumber);

private:
    static void handler(int signalNumber);
    void readSignal();

    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace srtdesk
