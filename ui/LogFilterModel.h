// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace srtdesk {

// Log rows at or above a severity, optionally only those that name one service.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setMinimumSeverity(int severity); // LogCollector::severity scale
    // Messages that mention the service by name ("service <name> ...") or id; empty: all.
    void setService(const QString &name, qint64 id);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 1;
    QString m_serviceName;
    qint64 m_serviceId = 0;
    QString m_text;
};

} // namespace srtdesk
