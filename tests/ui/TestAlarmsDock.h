// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The alarms dock (issue 16, item 2) over a real AlarmSystem and real loopback links whose
// feeds are missing: the badge opens it, alarms are acknowledged one by one and all at once,
// "Go to service" selects the service, the history filters and exports as CSV, new alarms
// notify unless the setting is off, and rules are edited globally (Settings) and per service
// (the service form).
class TestAlarmsDock : public QObject
{
    Q_OBJECT

private slots:
    void badgeOpensTheDockAndAlarmsAreActedOn();
    void historyFiltersAndExports();
    void notificationsFollowTheSetting();
    void globalRulesAreEditedInSettings();
    void serviceRulesAreEditedInTheServiceForm();
};
