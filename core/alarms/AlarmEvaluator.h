// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/ServiceTick.h"

#include <QList>

#include <array>
#include <deque>

namespace srtdesk {

// The alarm conditions of one service, tick by tick: which alarms rise and which clear. Pure
// logic over the ticks it is given (their nowMs is its only clock), so that every rule and
// hold-off can be checked without waiting.
//
// A condition raises its alarm once it has held for the rule's RaiseAfterSeconds, and clears
// it once it has been gone for ClearAfterSeconds (the hold-offs that damp flapping). An
// interval condition (no input, bit rate) is taken to have started with the interval it was
// seen in. A rule that is disabled clears its alarm at once.
class AlarmEvaluator
{
public:
    struct Transition
    {
        AlarmType type = AlarmType::LinkDown;
        bool raised = false; // false: cleared
        qint64 atMs = 0;
        AlarmSeverity severity = AlarmSeverity::Major;
        double value = 0;     // the measured value (raise)
        double threshold = 0; // the rule's (raise)
        int seconds = 0;      // hold-off, or the loss window (raise)
    };

    QList<Transition> evaluate(const ServiceTick &tick, const AlarmRules &rules);
    // The service stopped or went away: everything raised clears now.
    QList<Transition> clearAll(qint64 nowMs);
    // An alarm that was active before a restart goes on as raised.
    void adoptRaised(AlarmType type);
    bool isRaised(AlarmType type) const { return m_states[std::size_t(indexOf(type))].raised; }

private:
    struct Condition
    {
        bool holds = false;
        double value = 0;
        qint64 sinceMs = 0; // when it started, if it holds
    };
    struct State
    {
        bool raised = false;
        qint64 holdingSinceMs = -1;
        qint64 clearingSinceMs = -1;
    };
    struct WindowPoint
    {
        qint64 timeMs;
        qint64 packets;
        qint64 bad; // loss: lost + dropped; ts_errors: priority 1 errors
    };

    void updateWindows(const ServiceTick &tick, const AlarmRules &rules);
    Condition condition(AlarmType type, const ServiceTick &tick, const AlarmRule &rule) const;
    void step(AlarmType type, const Condition &condition, const AlarmRule &rule, qint64 nowMs,
              QList<Transition> &out);
    static int secondsFor(AlarmType type, const AlarmRule &rule);

    std::array<State, kAllAlarmTypes.size()> m_states;
    std::deque<WindowPoint> m_loss;
    std::deque<WindowPoint> m_tsErrors;
    TsErrorCounters m_previousTs;
    qint64 m_syncLossesInTick = 0;
    bool m_seenTs = false; // the stream was MPEG-TS at some point: losing sync means something
};

} // namespace srtdesk
