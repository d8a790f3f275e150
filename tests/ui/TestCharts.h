// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The charts moved through time and compared (issue 16, item 5): the range rules, a day of
// samples drawn with its peaks in a couple of points per pixel, zoom and pan with the mouse and
// the keyboard on all three charts together, a second service overlaid with real traffic.
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void rangeFollowsZoomsAndPans();
    void decimationKeepsPeaks();
    void aDayOfSamplesZoomedAndPanned();
    void secondServiceOverlaid();
    void theLastDaySurvivesARestart();
};
