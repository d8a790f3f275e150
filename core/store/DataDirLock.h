// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace srtdesk {

// Makes one process the only owner of a data directory, through a lock file in it.
// A second process learns which process (pid, program, host) holds it.
class DataDirLock
{
    Q_DECLARE_TR_FUNCTIONS(DataDirLock)

public:
    DataDirLock();
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Creates `dataDir` if needed and takes the lock. false with errorString() otherwise.
    bool acquire(const QString &dataDir);
    void release();
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};

} // namespace srtdesk
