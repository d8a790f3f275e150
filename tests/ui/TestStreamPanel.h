// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The stream panel (issue 16, item 3) showing what the real TS analyser makes of real MPEG-TS
// made by ffmpeg: programmes, PIDs and codecs, TR 101 290 counters and their trend when
// packets go missing; the Refresh button asks ServiceManager for a probe and a thumbnail and
// shows what comes back; the window's Stream dock follows the selected service.
class TestStreamPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsProgrammesPidsAndCodecs();
    void countsErrorsAndTrendsThem();
    void refreshAsksForProbeAndThumbnail();
    void followsTheSelectedService();

private:
    QByteArray m_ts;
};
