// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace srtdesk {

// Log rows at or above a severity, optionally only those about one service (tagged with its id
// where they were logged: LogServiceScope), optionally only those containing a text.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setMinimumSeverity(int severity); // LogCollector::severity scale
    // Only the messages about this service; 0: every message.
    void setService(qint64 id);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 1;
    qint64 m_serviceId = 0;
    QString m_text;
};

} // namespace srtdesk
