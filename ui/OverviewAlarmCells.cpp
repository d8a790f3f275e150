// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OverviewAlarmCells.h"

#include "core/model/AlarmText.h"
#include "ui/WindowText.h"

namespace srtdesk {

void OverviewAlarmCells::update(const QList<Alarm> &active)
{
    QHash<qint64, QList<Alarm>> byService;
    for (const Alarm &alarm : active)
        byService[alarm.serviceId].append(alarm);
    m_cells.clear();
    m_streamLevels.clear();
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        const QList<Alarm> &alarms = it.value();
        OverviewCell cell;
        QStringList lines;
        bool pending = false;
        for (const Alarm &alarm : alarms) {
            const HealthLevel level = alarm.severity == AlarmSeverity::Minor ? HealthLevel::Warning : HealthLevel::Critical;
            cell.level = worse(cell.level, level);
            if (alarm.type == AlarmType::TsErrors || alarm.type == AlarmType::TsSync)
                m_streamLevels[alarm.serviceId] = worse(m_streamLevels.value(alarm.serviceId, HealthLevel::Normal), level);
            lines.append(AlarmText::title(alarm.severity) + QStringLiteral(" · ") + AlarmText::title(alarm.type)
                         + QStringLiteral(": ") + AlarmText::message(alarm)
                         + (alarm.acknowledged ? QStringLiteral(" ") + WindowText::tr("(acknowledged)") : QString()));
            pending |= !alarm.acknowledged;
        }
        cell.text = alarms.size() == 1 ? AlarmText::title(alarms.first().type)
                                       : WindowText::tr("%n alarm(s)", nullptr, int(alarms.size()));
        if (!pending)
            cell.text += QStringLiteral(" ✓");
        cell.toolTip = lines.join(QLatin1Char('\n'));
        m_cells.insert(it.key(), cell);
    }
}

} // namespace srtdesk
