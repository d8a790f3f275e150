// SPDX-License-Identifier: GPL-3.0-or-later
#include "DaemonProcess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

namespace srtdesk::test {

DaemonProcess::DaemonProcess(QString dataDir, int port, QString password)
    : m_dataDir(std::move(dataDir)), m_port(port), m_password(std::move(password))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DaemonProcess::~DaemonProcess()
{
    if (isRunning())
        kill();
}

bool DaemonProcess::start(QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), m_password);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("srtdesk.*.info=false"));
    m_process.setProcessEnvironment(env);
    m_process.start(QStringLiteral(SRTDESK_TEST_BIN_DIR "/srtdeskd"),
                    {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--api-port"), QString::number(m_port)});
    if (!m_process.waitForStarted(5000)) {
        *error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("srtdeskd exited with %1: %2")
                         .arg(m_process.exitCode())
                         .arg(QString::fromUtf8(m_process.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("srtdeskd did not answer on port %1").arg(m_port);
    return false;
}

void DaemonProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool DaemonProcess::terminate()
{
    m_process.terminate();
    return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit;
}

} // namespace srtdesk::test
