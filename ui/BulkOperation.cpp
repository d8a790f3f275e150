// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BulkOperation.h"

#include "ui/UiLogging.h"
#include "ui/WindowText.h"

#include <QMessageBox>

namespace srtdesk {

BulkOperation::BulkOperation(ServiceManager &manager, Operation operation, Applies applies, const QString &title)
    : m_manager(manager)
    , m_operation(operation)
    , m_applies(applies)
    , m_title(title)
{
}

bool BulkOperation::applies(const ServiceStatus &status) const
{
    switch (m_applies) {
    case Applies::ToRunning:
        return status.running;
    case Applies::ToStopped:
        return !status.running;
    case Applies::ToEvery:
        break;
    }
    return true;
}

QStringList BulkOperation::run(const QList<qint64> &ids) const
{
    QStringList failures;
    for (qint64 id : ids) {
        const auto status = m_manager.get(id);
        if (!status || !applies(*status))
            continue;
        const ServiceManager::Result result = (m_manager.*m_operation)(id);
        if (!result.ok())
            failures.append(WindowText::tr("%1: %2").arg(status->config.serviceName, result.message));
    }
    return failures;
}

bool BulkOperation::runAndReport(const QList<qint64> &ids, QWidget *parent) const
{
    const QStringList failures = run(ids);
    report(failures, parent);
    return failures.isEmpty();
}

void BulkOperation::report(const QStringList &failures, QWidget *parent) const
{
    if (failures.isEmpty())
        return;
    for (const QString &failure : failures)
        qCWarning(lcUi).noquote() << m_title << failure;
    QMessageBox::warning(parent, m_title, failures.join(QLatin1Char('\n')));
}

} // namespace srtdesk
