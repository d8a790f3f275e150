// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <QList>

class QWidget;

namespace srtdesk {

class AlarmCenter;
class ServiceManager;

// What the operator does to services from the window: add, edit and duplicate through the
// service dialog; delete, start, stop and restart a selection; start or stop all. Asks before
// what stops links, reports failures (BulkOperation). Knows nothing of tables or selection:
// the window passes the ids.
class ServiceCommands final
{
public:
    // `parent`: the window the dialogs and messages belong to.
    ServiceCommands(ServiceManager &manager, const AlarmCenter &alarms, QWidget *parent);
    ServiceCommands(const ServiceCommands &) = delete;
    ServiceCommands &operator=(const ServiceCommands &) = delete;

    // The id of the service saved, 0 when the dialog was cancelled.
    qint64 add(ServiceKind kind);
    qint64 edit(qint64 id);
    qint64 duplicate(qint64 id);

    void remove(const QList<qint64> &ids); // asks first
    void start(const QList<qint64> &ids);  // those stopped
    void stop(const QList<qint64> &ids);   // those running
    void restart(const QList<qint64> &ids); // those running
    void startAll();
    void stopAll(); // asks first

private:
    bool confirmRemove(const QList<qint64> &ids);

    ServiceManager &m_manager;
    const AlarmCenter &m_alarms;
    QWidget *m_parent = nullptr;
};

} // namespace srtdesk
