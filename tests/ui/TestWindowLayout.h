// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The window on a small screen and from the keyboard (issue 16, defect 7 and item 7): at
// 1024×700, in English and in Spanish, no table scrolls sideways, no chart cuts its time
// labels, the status bar keeps its alarm badge whole; the badge opens the alarms; every action
// can be reached from the keyboard; the custom widgets have accessible names; the overview can
// show tiles.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void fitsAt1024x700_data();
    void fitsAt1024x700();
    void everyActionHasAKeyboardPath();
    void customWidgetsHaveAccessibleNames();
    void tilesShowEveryService();
    void menuKeyOpensTheRowMenuAtTheCurrentRow();
};
