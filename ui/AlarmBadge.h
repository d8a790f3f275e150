// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolButton>

namespace srtdesk {

// The status bar's count of active alarms: red while any is unacknowledged, amber when all
// are acknowledged, quiet green with none. A button: clicking it (or Space while it has the
// focus) emits clicked(), which opens the alarms dock.
class AlarmBadge final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmBadge)

public:
    explicit AlarmBadge(QWidget *parent = nullptr);

    // One line for each active alarm ("Critical · RX 3 Madrid: No input"), and how many of
    // them are not acknowledged.
    void setAlarms(const QStringList &alarms, int unacknowledged);
    int count() const { return int(m_alarms.size()); }
    int unacknowledged() const { return m_unacknowledged; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_alarms;
    int m_unacknowledged = 0;
};

} // namespace srtdesk
