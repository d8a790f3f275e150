// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceCommands.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmCenter.h"
#include "ui/BulkOperation.h"
#include "ui/ServiceDialog.h"
#include "ui/ServiceTally.h"
#include "ui/WindowText.h"

#include <QMessageBox>
#include <QPushButton>

namespace srtdesk {

namespace {

QList<qint64> allIds(const ServiceManager &manager)
{
    QList<qint64> ids;
    for (const ServiceStatus &s : manager.list())
        ids.append(s.config.id);
    return ids;
}

} // namespace

ServiceCommands::ServiceCommands(ServiceManager &manager, const AlarmCenter &alarms, QWidget *parent)
    : m_manager(manager)
    , m_alarms(alarms)
    , m_parent(parent)
{
}

qint64 ServiceCommands::add(ServiceKind kind)
{
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(kind), m_parent);
    dialog.setGlobalAlarmRules(m_alarms.globalRules());
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

qint64 ServiceCommands::edit(qint64 id)
{
    const auto config = m_manager.config(id);
    if (!config)
        return 0;
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Edit, *config, m_parent);
    dialog.setGlobalAlarmRules(m_alarms.globalRules());
    return dialog.exec() == QDialog::Accepted ? id : 0;
}

qint64 ServiceCommands::duplicate(qint64 id)
{
    const auto config = m_manager.config(id);
    if (!config)
        return 0;
    ServiceDialog dialog(m_manager, ServiceDialog::Purpose::Duplicate, *config, m_parent);
    dialog.setGlobalAlarmRules(m_alarms.globalRules());
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

void ServiceCommands::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !confirmRemove(ids))
        return;
    BulkOperation(m_manager, &ServiceManager::remove, BulkOperation::Applies::ToEvery, WindowText::tr("Delete services"))
        .runAndReport(ids, m_parent);
}

bool ServiceCommands::confirmRemove(const QList<qint64> &ids)
{
    QStringList names;
    int running = 0;
    for (qint64 id : ids) {
        if (const auto s = m_manager.get(id)) {
            names.append(WindowText::tr("• %1 %2 (Id %3)")
                             .arg(s->config.isRx() ? WindowText::tr("RX") : WindowText::tr("TX"), s->config.serviceName)
                             .arg(id));
            running += s->running ? 1 : 0;
        }
    }
    QString text = WindowText::tr("Delete %n service(s)?", nullptr, int(ids.size())) + QStringLiteral("\n\n")
                   + names.join(QLatin1Char('\n'));
    if (running > 0)
        text += QStringLiteral("\n\n") + WindowText::tr("%n of them are running: their links stop now.", nullptr, running);
    QMessageBox box(QMessageBox::Warning, WindowText::tr("Delete services"), text, QMessageBox::Cancel, m_parent);
    QPushButton *remove = box.addButton(WindowText::tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void ServiceCommands::start(const QList<qint64> &ids)
{
    BulkOperation(m_manager, &ServiceManager::start, BulkOperation::Applies::ToStopped, WindowText::tr("Start services"))
        .runAndReport(ids, m_parent);
}

void ServiceCommands::stop(const QList<qint64> &ids)
{
    BulkOperation(m_manager, &ServiceManager::stop, BulkOperation::Applies::ToRunning, WindowText::tr("Stop services"))
        .runAndReport(ids, m_parent);
}

void ServiceCommands::restart(const QList<qint64> &ids)
{
    BulkOperation(m_manager, &ServiceManager::restart, BulkOperation::Applies::ToRunning,
                  WindowText::tr("Restart services"))
        .runAndReport(ids, m_parent);
}

void ServiceCommands::startAll()
{
    // Every service, as ServiceManager::startAll(): starting a running one changes nothing.
    BulkOperation(m_manager, &ServiceManager::start, BulkOperation::Applies::ToEvery, WindowText::tr("Start services"))
        .runAndReport(allIds(m_manager), m_parent);
}

void ServiceCommands::stopAll()
{
    const int running = ServiceTally::of(m_manager.list()).running();
    if (running == 0)
        return;
    const auto answer = QMessageBox::question(
        m_parent, WindowText::tr("Stop all services"),
        WindowText::tr("Stop all %n running service(s)? Every link goes down.", nullptr, running),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // Every service, as ServiceManager::stopAll(): a stopped one also stays stopped at the next launch.
    BulkOperation(m_manager, &ServiceManager::stop, BulkOperation::Applies::ToEvery, WindowText::tr("Stop services"))
        .runAndReport(allIds(m_manager), m_parent);
}

} // namespace srtdesk
