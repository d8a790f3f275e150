// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmEnums.h"

#include <QSortFilterProxyModel>

namespace srtdesk {

// The alarm history as the operator narrows it: alarms of at least a severity whose service,
// type or message contains a text (case-insensitive). Sorts by AlarmTableModel::SortRole.
class AlarmFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmFilterModel)

public:
    explicit AlarmFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setMinimumSeverity(AlarmSeverity severity);
    AlarmSeverity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    AlarmSeverity m_minimum = AlarmSeverity::Minor;
};

} // namespace srtdesk
