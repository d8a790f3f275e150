// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmBadge.h"

#include "ui/WindowText.h"

#include <QEvent>

namespace srtdesk {

AlarmBadge::AlarmBadge(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("alarms"));
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // never squeezed by the summary
    retranslate();
}

void AlarmBadge::setAlarms(const QStringList &alarms, int unacknowledged)
{
    if (alarms == m_alarms && unacknowledged == m_unacknowledged && !text().isEmpty())
        return;
    m_alarms = alarms;
    m_unacknowledged = unacknowledged;
    retranslate();
}

void AlarmBadge::retranslate()
{
    const int n = int(m_alarms.size());
    if (n > 0) {
        setText(WindowText::tr("⚠ %n alarm(s)", nullptr, n));
        const bool pending = m_unacknowledged > 0;
        setStyleSheet(QStringLiteral("QToolButton { color: %1; background: %2; padding: 1px 8px; font-weight: "
                                     "bold; border: 1px solid %3; border-radius: 3px; }"
                                     "QToolButton:focus { border: 2px solid #1a4f8b; }")
                          .arg(pending ? QStringLiteral("white") : QStringLiteral("#3d2c00"),
                               pending ? QStringLiteral("#b0241b") : QStringLiteral("#f0c040"),
                               pending ? QStringLiteral("#8a1c15") : QStringLiteral("#b08a20")));
        const QString state = pending ? WindowText::tr("%n not acknowledged.", nullptr, m_unacknowledged)
                                      : WindowText::tr("All acknowledged.");
        setToolTip(m_alarms.join(QLatin1Char('\n')) + QLatin1Char('\n') + state + QLatin1Char('\n')
                   + WindowText::tr("Click to see them."));
    } else {
        setText(WindowText::tr("No alarms"));
        setStyleSheet(QStringLiteral("QToolButton { color: #1d7a32; padding: 1px 8px; border: 1px solid transparent; }"
                                     "QToolButton:focus { border: 2px solid #1a4f8b; border-radius: 3px; }"));
        setToolTip(WindowText::tr("No active alarm."));
    }
    setAccessibleName(WindowText::tr("Alarms"));
    setAccessibleDescription(text() + QStringLiteral(". ") + toolTip());
    updateGeometry();
}

void AlarmBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace srtdesk
