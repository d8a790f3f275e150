// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolButton>

namespace srtdesk {

// The status bar's alarm count: red with the number of services in alarm, quiet green with
// none. A button: clicking it (or Space while it has the focus) emits clicked(), which opens
// what lists the alarms.
class AlarmBadge final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmBadge)

public:
    explicit AlarmBadge(QWidget *parent = nullptr);

    // "RX Madrid" for each service in alarm.
    void setAlarms(const QStringList &alarms);
    int count() const { return int(m_alarms.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_alarms;
};

} // namespace srtdesk
