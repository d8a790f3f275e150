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

void AlarmBadge::setAlarms(const QStringList &alarms)
{
    if (alarms == m_alarms && !text().isEmpty())
        return;
    m_alarms = alarms;
    retranslate();
}

void AlarmBadge::retranslate()
{
    const int n = int(m_alarms.size());
    if (n > 0) {
        setText(WindowText::tr("⚠ %n alarm(s)", nullptr, n));
        setStyleSheet(QStringLiteral("QToolButton { color: white; background: #b0241b; padding: 1px 8px; font-weight: "
                                     "bold; border: 1px solid #8a1c15; border-radius: 3px; }"
                                     "QToolButton:focus { border: 2px solid #1a4f8b; }"));
        setToolTip(WindowText::tr("Running with the link down or failing: %1").arg(m_alarms.join(QStringLiteral(", ")))
                   + QLatin1Char('\n') + WindowText::tr("Click to see them."));
    } else {
        setText(WindowText::tr("No alarms"));
        setStyleSheet(QStringLiteral("QToolButton { color: #1d7a32; padding: 1px 8px; border: 1px solid transparent; }"
                                     "QToolButton:focus { border: 2px solid #1a4f8b; border-radius: 3px; }"));
        setToolTip(WindowText::tr("No service is in alarm."));
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
