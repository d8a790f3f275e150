// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LinkPhase.h"

#include "ui/UiIcons.h"

namespace srtdesk {

LinkPhase::Phase LinkPhase::of(const ServiceStatus &s)
{
    if (!s.running)
        return Idle;
    if (s.stats.state == LinkState::Connected)
        return Connected;
    const bool calls = s.config.mode != SrtMode::Listener;
    if (calls && !s.stats.lastError.isEmpty())
        return Retrying; // the engine tries again by itself, waiting or not at this instant
    return s.stats.state == LinkState::Waiting ? Waiting : Down;
}

QString LinkPhase::text(Phase phase)
{
    switch (phase) {
    case Idle:
        return tr("Idle");
    case Waiting:
        return tr("Waiting");
    case Connected:
        return tr("Connected");
    case Retrying:
        return tr("Retrying");
    case Down:
        break;
    }
    return tr("Disconnected");
}

QIcon LinkPhase::icon(Phase phase)
{
    switch (phase) {
    case Idle:
        return UiIcons::icon("link-idle");
    case Waiting:
        return UiIcons::icon("link-waiting");
    case Connected:
        return UiIcons::icon("link-connected");
    case Retrying:
        return UiIcons::icon("link-retrying");
    case Down:
        break;
    }
    return UiIcons::icon("link-disconnected");
}

QColor LinkPhase::color(Phase phase)
{
    switch (phase) {
    case Idle:
        return UiIcons::linkColor(LinkState::Disconnected, false);
    case Waiting:
        return UiIcons::linkColor(LinkState::Waiting, true);
    case Connected:
        return UiIcons::linkColor(LinkState::Connected, true);
    case Retrying:
    case Down:
        break;
    }
    return UiIcons::linkColor(LinkState::Disconnected, true);
}

QString LinkPhase::toolTip(const ServiceStatus &s)
{
    const Phase phase = of(s);
    QString meaning;
    const QString port = QString::number(s.config.listenPort);
    switch (phase) {
    case Idle:
        meaning = tr("The service is stopped.");
        break;
    case Waiting:
        meaning = s.config.mode == SrtMode::Listener
            ? tr("Listening on port %1 for a caller.").arg(port)
            : tr("Connecting to %1:%2.").arg(s.config.peerIp, port);
        break;
    case Connected:
        meaning = s.stats.peer.isEmpty() ? QString() : tr("Connected with %1.").arg(s.stats.peer);
        break;
    case Retrying:
        meaning = tr("Calling %1:%2 again by itself, every few seconds.").arg(s.config.peerIp, port);
        break;
    case Down:
        meaning = tr("Running, but the link cannot be set up.");
        break;
    }
    QString tip = text(phase);
    if (!meaning.isEmpty())
        tip += QLatin1Char('\n') + meaning;
    if (!s.stats.lastError.isEmpty())
        tip += QLatin1Char('\n') + tr("Last error: %1").arg(s.stats.lastError);
    return tip;
}

int LinkPhase::rank(const ServiceStatus &s)
{
    switch (of(s)) {
    case Connected:
        return 14;
    case Waiting:
        return 13;
    case Retrying:
        return 12;
    case Down:
        return 11;
    case Idle:
        break;
    }
    return 0;
}

} // namespace srtdesk
