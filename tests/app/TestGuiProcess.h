// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// srtdesk as a real process (offscreen): SIGTERM and SIGINT stop every link through the
// engine and exit 0, keeping each service's desired state, so the next start resumes it
// (an SRT link to srt-live-transmit carries traffic before, not after, and again after the
// restart); and the settings file follows the data directory chosen with --data-dir.
class TestGuiProcess final : public QObject
{
    Q_OBJECT

private slots:
    void signalsStopLinksAndKeepDesiredStates();
    void settingsLiveBesideTheDataDirectory();
};
