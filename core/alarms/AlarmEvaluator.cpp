// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alarms/AlarmEvaluator.h"

namespace srtdesk {

namespace {

constexpr qint64 kTsErrorWindowMs = 60000; // "per minute"

// Totals restart from zero with every new link.
qint64 delta(qint64 now, qint64 before)
{
    return now >= before ? now - before : now;
}

template <typename Points>
void dropBefore(Points &points, qint64 oldestMs)
{
    while (!points.empty() && points.front().timeMs <= oldestMs)
        points.pop_front();
}

} // namespace

void AlarmEvaluator::adoptRaised(AlarmType type)
{
    State &state = m_states[std::size_t(indexOf(type))];
    state.raised = true;
    state.holdingSinceMs = -1;
    state.clearingSinceMs = -1;
}

QList<AlarmEvaluator::Transition> AlarmEvaluator::evaluate(const ServiceTick &tick, const AlarmRules &rules)
{
    updateWindows(tick, rules);
    QList<Transition> out;
    for (const AlarmType type : kAllAlarmTypes)
        step(type, condition(type, tick, rules.rule(type)), rules.rule(type), tick.nowMs, out);
    return out;
}

QList<AlarmEvaluator::Transition> AlarmEvaluator::clearAll(qint64 nowMs)
{
    QList<Transition> out;
    for (const AlarmType type : kAllAlarmTypes) {
        State &state = m_states[std::size_t(indexOf(type))];
        if (state.raised)
            out.append({type, false, nowMs, AlarmSeverity::Major, 0, 0, 0});
        state = State{};
    }
    m_loss.clear();
    m_tsErrors.clear();
    m_previousTs = TsErrorCounters{};
    m_seenTs = false;
    return out;
}

void AlarmEvaluator::updateWindows(const ServiceTick &tick, const AlarmRules &rules)
{
    const int lossWindowSecs = std::max(1, rules.rule(AlarmType::Loss).windowSecs);
    m_loss.push_back({tick.nowMs, tick.packets, tick.lost + tick.dropped});
    dropBefore(m_loss, tick.nowMs - qint64(lossWindowSecs) * 1000);

    m_syncLossesInTick = 0;
    if (tick.health) {
        const TsErrorCounters &total = tick.health->total;
        const qint64 errors = delta(total.priorityOne(), m_previousTs.priorityOne());
        m_syncLossesInTick = delta(total.syncLosses, m_previousTs.syncLosses);
        m_previousTs = total;
        m_tsErrors.push_back({tick.nowMs, 0, errors});
        if (tick.health->format == StreamFormat::MpegTs)
            m_seenTs = true;
    }
    dropBefore(m_tsErrors, tick.nowMs - kTsErrorWindowMs);
}

AlarmEvaluator::Condition AlarmEvaluator::condition(AlarmType type, const ServiceTick &tick, const AlarmRule &rule) const
{
    const bool linkUp = tick.stats.state == LinkState::Connected;
    // An interval condition began with the interval it was seen in.
    const qint64 intervalStart = tick.nowMs - tick.intervalMs;
    const bool measured = linkUp && tick.intervalMs > 0;
    switch (type) {
    case AlarmType::LinkDown:
        return {!linkUp, 0, tick.nowMs};
    case AlarmType::NoInput:
        return {measured && tick.inputMbitRate <= 0, 0, intervalStart};
    case AlarmType::LowBitrate:
        return {measured && tick.inputMbitRate < rule.threshold, tick.inputMbitRate, intervalStart};
    case AlarmType::HighBitrate:
        return {measured && tick.inputMbitRate > rule.threshold, tick.inputMbitRate, intervalStart};
    case AlarmType::Loss: {
        qint64 packets = 0;
        qint64 bad = 0;
        for (const WindowPoint &point : m_loss) {
            packets += point.packets;
            bad += point.bad;
        }
        const double percent = packets > 0 ? std::min(100.0, double(bad) * 100.0 / double(packets)) : 0.0;
        return {packets > 0 && percent > rule.threshold, percent, tick.nowMs};
    }
    case AlarmType::Rtt:
        return {linkUp && tick.stats.linkRtt > rule.threshold, tick.stats.linkRtt, tick.nowMs};
    case AlarmType::TsErrors: {
        qint64 errors = 0;
        for (const WindowPoint &point : m_tsErrors)
            errors += point.bad;
        return {tick.health.has_value() && double(errors) > rule.threshold, double(errors), tick.nowMs};
    }
    case AlarmType::TsSync: {
        // A stream that never was MPEG-TS is "other", not a stream that keeps losing sync.
        const bool lost = m_seenTs && tick.health
            && (m_syncLossesInTick > 0 || tick.health->format == StreamFormat::Other);
        return {lost, double(m_syncLossesInTick), tick.nowMs};
    }
    }
    return {};
}

int AlarmEvaluator::secondsFor(AlarmType type, const AlarmRule &rule)
{
    return type == AlarmType::Loss ? rule.windowSecs : rule.raiseAfterSecs;
}

void AlarmEvaluator::step(AlarmType type, const Condition &condition, const AlarmRule &rule, qint64 nowMs,
                          QList<Transition> &out)
{
    State &state = m_states[std::size_t(indexOf(type))];
    if (!rule.enabled) {
        if (state.raised)
            out.append({type, false, nowMs, rule.severity, 0, 0, 0});
        state = State{};
        return;
    }
    if (!state.raised) {
        if (!condition.holds) {
            state.holdingSinceMs = -1;
            return;
        }
        if (state.holdingSinceMs < 0)
            state.holdingSinceMs = condition.sinceMs;
        if (nowMs - state.holdingSinceMs >= qint64(rule.raiseAfterSecs) * 1000) {
            out.append({type, true, nowMs, rule.severity, condition.value, rule.threshold, secondsFor(type, rule)});
            state.raised = true;
            state.clearingSinceMs = -1;
        }
        return;
    }
    if (condition.holds) {
        state.clearingSinceMs = -1;
        return;
    }
    if (state.clearingSinceMs < 0)
        state.clearingSinceMs = nowMs;
    if (nowMs - state.clearingSinceMs >= qint64(rule.clearAfterSecs) * 1000) {
        out.append({type, false, nowMs, rule.severity, 0, 0, 0});
        state = State{};
    }
}

} // namespace srtdesk
