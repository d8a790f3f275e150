// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace srtdesk::test {

// The real srtdeskd binary started as a child process on a loopback port with a data dir.
class DaemonProcess
{
public:
    DaemonProcess(QString dataDir, int port, QString password);
    ~DaemonProcess();

    // Starts it and waits until /v1/health answers. false with the daemon's output otherwise.
    bool start(QString *error);
    void kill();      // SIGKILL: no chance to clean up
    bool terminate(); // SIGTERM and wait
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QByteArray output() { return m_process.readAll(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QString m_dataDir;
    int m_port;
    QString m_password;
    QProcess m_process;
};

} // namespace srtdesk::test
