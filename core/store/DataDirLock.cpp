// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DataDirLock.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace srtdesk {

DataDirLock::DataDirLock() = default;

DataDirLock::~DataDirLock() = default;

bool DataDirLock::acquire(const QString &dataDir)
{
    m_error.clear();
    // The directory holds the service database: private to its owner when we create it.
    const bool existed = QDir(dataDir).exists();
    if (!QDir().mkpath(dataDir)) {
        m_error = tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(dataDir));
        return false;
    }
    if (!existed)
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("srtdesk.lock")));
    // A lock whose process is gone is stale and taken over; a live owner is never overridden.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app)) {
            m_error = tr("The data directory %1 is in use by %2 (process %3 on %4). Stop it first, or use "
                         "another --data-dir.")
                          .arg(QDir::toNativeSeparators(dataDir), app.isEmpty() ? tr("another program") : app)
                          .arg(pid)
                          .arg(host);
        } else {
            m_error = tr("The data directory %1 is in use by another process.").arg(QDir::toNativeSeparators(dataDir));
        }
        break;
    }
    case QLockFile::PermissionError:
        m_error = tr("Cannot create the lock file in %1: the directory is read-only or not writable by this user.")
                      .arg(QDir::toNativeSeparators(dataDir));
        break;
    default:
        m_error = tr("Cannot lock the data directory %1.").arg(QDir::toNativeSeparators(dataDir));
        break;
    }
    return false;
}

void DataDirLock::release()
{
    m_lock.reset();
}

} // namespace srtdesk
