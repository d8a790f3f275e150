// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LogCollector.h"

#include "core/LogServiceScope.h"

#include <QMutexLocker>

namespace srtdesk {

namespace {
// The installed collector. Guarded by installMutex() so that a message logged on a worker
// thread never reaches a collector being destroyed.
LogCollector *g_installed = nullptr;
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;

QRecursiveMutex &installMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}
} // namespace

LogCollector::LogCollector(QObject *parent, int keep)
    : QObject(parent)
    , m_keep(qMax(0, keep))
{
    qRegisterMetaType<srtdesk::LogEntry>();
}

LogCollector::~LogCollector()
{
    uninstall();
}

void LogCollector::install()
{
    QMutexLocker lock(&installMutex());
    if (g_installed == this)
        return;
    if (g_installed) {
        // Replace the other collector, keeping the handler it chained to.
        g_installed = this;
        m_previous = g_previous;
        return;
    }
    g_previous = qInstallMessageHandler(&LogCollector::handle);
    m_previous = g_previous;
    g_installed = this;
}

void LogCollector::uninstall()
{
    QMutexLocker lock(&installMutex());
    if (g_installed != this)
        return;
    qInstallMessageHandler(g_previous);
    g_installed = nullptr;
    g_previous = nullptr;
}

bool LogCollector::isInstalled() const
{
    QMutexLocker lock(&installMutex());
    return g_installed == this;
}

QList<LogEntry> LogCollector::recent() const
{
    QMutexLocker lock(&m_mutex);
    return QList<LogEntry>(m_recent.cbegin(), m_recent.cend());
}

int LogCollector::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

void LogCollector::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&installMutex());
        previous = g_previous;
        // A message logged while collecting (e.g. by a slot connected directly) is only
        // passed on, never collected again.
        if (g_installed && !t_inHandler) {
            t_inHandler = true;
            LogEntry entry;
            entry.time = QDateTime::currentDateTime();
            entry.type = type;
            entry.category = QString::fromUtf8(context.category ? context.category : "default");
            entry.message = message;
            entry.serviceId = LogServiceScope::current();
            g_installed->collect(entry);
            t_inHandler = false;
        }
    }
    if (previous)
        previous(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void LogCollector::collect(const LogEntry &entry)
{
    {
        QMutexLocker lock(&m_mutex);
        m_recent.push_back(entry);
        while (int(m_recent.size()) > m_keep)
            m_recent.pop_front();
    }
    emit messageLogged(entry);
}

} // namespace srtdesk
