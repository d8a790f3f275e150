// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmNotifier.h"

#include "core/alarms/AlarmCenter.h"
#include "core/model/AlarmText.h"
#include "ui/AlarmTableModel.h"
#include "ui/AppSettings.h"
#include "ui/WindowText.h"

namespace srtdesk {

AlarmNotifier::AlarmNotifier(AlarmCenter &center, const AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&center, &AlarmCenter::alarmRaised, this, &AlarmNotifier::onRaised);
}

void AlarmNotifier::onRaised(const Alarm &alarm)
{
    if (!m_settings.notifyAlarms())
        return;
    emit notificationReady(WindowText::tr("%1 alarm: %2").arg(AlarmText::title(alarm.severity), AlarmText::title(alarm.type)),
                           AlarmTableModel::serviceText(alarm) + QLatin1Char('\n') + AlarmText::message(alarm),
                           alarm.severity == AlarmSeverity::Critical);
}

} // namespace srtdesk
