// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ServiceManager.h"

#include <QList>
#include <QStringList>

class QWidget;

namespace srtdesk {

// Runs one ServiceManager operation over several services and reports the ones that failed,
// named, in one message (and each in the log). Start, stop, restart and delete of a
// selection and start all / stop all all go through here.
class BulkOperation final
{
public:
    using Operation = ServiceManager::Result (ServiceManager::*)(qint64 id);
    enum class Applies { ToEvery, ToRunning, ToStopped };

    // `title` heads the failure report, e.g. "Start services".
    BulkOperation(ServiceManager &manager, Operation operation, Applies applies, const QString &title);

    // Runs on each of `ids` that exists and is in the state `applies` asks for. Returns the
    // failures as "name: message", in the order of `ids`.
    QStringList run(const QList<qint64> &ids) const;
    // run(), then the report when anything failed; true when nothing did.
    bool runAndReport(const QList<qint64> &ids, QWidget *parent) const;

private:
    bool applies(const ServiceStatus &status) const;
    void report(const QStringList &failures, QWidget *parent) const;

    ServiceManager &m_manager;
    const Operation m_operation;
    const Applies m_applies;
    const QString m_title;
};

} // namespace srtdesk
