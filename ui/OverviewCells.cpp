// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OverviewCells.h"

#include "ui/LinkPhase.h"
#include "ui/OverviewModel.h"
#include "ui/ServiceTableModel.h"

#include <QLocale>

#include <algorithm>

namespace srtdesk {

namespace {

using Col = OverviewModel::Column;

bool live(const ServiceStatus &s)
{
    return s.running && s.stats.state == LinkState::Connected;
}

int keyBits(const ServiceConfig &c)
{
    return std::max(16, c.pbKeyLen) * 8; // PbKeyLen 0 is libsrt's default, 16 bytes
}

} // namespace

QString OverviewCells::kindText(ServiceKind kind)
{
    return kind == ServiceKind::Rx ? tr("RX") : tr("TX");
}

QString OverviewCells::encryptionText(const ServiceConfig &c)
{
    return c.passPhrase.isEmpty() ? tr("None") : QStringLiteral("AES-%1").arg(keyBits(c));
}

QString OverviewCells::peerText(const ServiceStatus &s)
{
    if (live(s) && !s.stats.peer.isEmpty())
        return s.stats.peer;
    if (s.config.usesPeerIp())
        return s.config.peerIp + QLatin1Char(':') + QString::number(s.config.listenPort);
    return tr("port %1").arg(s.config.listenPort);
}

QVariant OverviewCells::display(const OverviewRow &row, int column) const
{
    const ServiceStatus &s = row.status;
    const QLocale locale;
    switch (column) {
    case Col::NameColumn:
        // A service fed by the row above starts with an arrow from it: a pair reads as one flow.
        return row.upstream ? QStringLiteral("↳ ") + s.config.serviceName : s.config.serviceName;
    case Col::KindColumn:
        return kindText(s.config.kind);
    case Col::ModeColumn:
        return ServiceTableModel::modeText(s.config.mode);
    case Col::PeerColumn:
        return peerText(s);
    case Col::StateColumn:
        return LinkPhase::text(LinkPhase::of(s));
    case Col::RateColumn:
        return live(s) ? locale.toString(s.stats.mbitRate, 'f', 2) : QString();
    case Col::LossColumn:
        return live(s) ? tr("%1 %").arg(locale.toString(s.stats.lineLoss, 'f', 2)) : QString();
    case Col::RttColumn:
        if (!live(s))
            return QString();
        return s.stats.rttMeasured ? tr("%1 ms").arg(locale.toString(s.stats.linkRtt, 'f', 1)) : QStringLiteral("–");
    case Col::LatencyColumn:
        return tr("%1 ms").arg(locale.toString(s.config.latency));
    case Col::EncryptionColumn:
        return encryptionText(s.config);
    case Col::TsHealthColumn:
        return row.tsHealth.text;
    case Col::AlarmsColumn:
        return row.alarms.text;
    }
    return {};
}

QString OverviewCells::rateText(const OverviewRow &row) const
{
    const QLocale locale;
    const ServiceStatus &s = row.status;
    QString text = s.config.isRx() ? tr("Received bit rate") : tr("Sent bit rate");
    if (live(s))
        text += QStringLiteral(": ") + tr("%1 Mbit/s").arg(locale.toString(s.stats.mbitRate, 'f', 2));
    if (!row.sparkline.isEmpty()) {
        const auto [low, high] = std::minmax_element(row.sparkline.cbegin(), row.sparkline.cend());
        const double minutes = double(row.sparkline.size()) * row.statsIntervalMs / 60000.0;
        text += QLatin1Char('\n')
            + tr("Last %1 min: from %2 to %3 Mbit/s")
                  .arg(locale.toString(minutes, 'f', minutes < 10 ? 1 : 0), locale.toString(*low, 'f', 2),
                       locale.toString(*high, 'f', 2));
    }
    const StatsThresholds &limits = row.thresholds;
    if (limits.rateLevel(s.stats) != HealthLevel::Normal) {
        text += QLatin1Char('\n')
            + (limits.lowRate.on && s.stats.mbitRate < limits.lowRate.value
                   ? tr("Below %1 Mbit/s: is the stream still coming in?").arg(locale.toString(limits.lowRate.value))
                   : tr("Above %1 Mbit/s (alarm rule)").arg(locale.toString(limits.highRate.value)));
    }
    return text;
}

QVariant OverviewCells::accessibleText(const OverviewRow &row, int column) const
{
    if (column == Col::RateColumn)
        return rateText(row);
    if (column == Col::NameColumn) {
        const QString name = row.status.config.serviceName;
        return row.upstreamText.isEmpty() ? name : name + QStringLiteral(". ") + row.upstreamText;
    }
    return display(row, column);
}

QString OverviewCells::lossToolTip(const OverviewRow &row) const
{
    QString tip = tr("Packets lost since the link connected, as a percentage of packets");
    if (row.thresholds.lossLevel(row.status.stats) != HealthLevel::Normal)
        tip += QLatin1Char('\n') + tr("At or above %1 % (alarm rule)").arg(QLocale().toString(row.thresholds.loss.value));
    return tip;
}

QVariant OverviewCells::toolTip(const OverviewRow &row, int column) const
{
    const ServiceStatus &s = row.status;
    switch (column) {
    case Col::NameColumn: {
        QString tip = tr("%1 service %2, Id %3").arg(kindText(s.config.kind), s.config.serviceName).arg(s.config.id);
        if (!row.upstreamText.isEmpty())
            tip += QLatin1Char('\n') + row.upstreamText;
        return tip;
    }
    case Col::KindColumn:
        return s.config.isRx() ? tr("Receiver: SRT in, UDP out") : tr("Transmitter: UDP in, SRT out");
    case Col::PeerColumn:
        if (live(s))
            return tr("Connected with %1").arg(peerText(s));
        return s.config.usesPeerIp() ? tr("Calls %1").arg(peerText(s))
                                     : tr("Listens on port %1 for a caller").arg(s.config.listenPort);
    case Col::StateColumn:
        return LinkPhase::toolTip(s);
    case Col::RateColumn:
        return rateText(row);
    case Col::LossColumn:
        return lossToolTip(row);
    case Col::RttColumn:
        if (live(s) && !s.stats.rttMeasured)
            return tr("Not measured yet: the round-trip time is measured once data flows.");
        return tr("Round-trip time between TX and RX");
    case Col::LatencyColumn:
        return tr("SRT latency: how long the receiver holds packets for retransmissions to arrive");
    case Col::EncryptionColumn:
        return s.config.passPhrase.isEmpty() ? tr("Not encrypted: no passphrase")
                                             : tr("Encrypted with a passphrase, %1-bit key").arg(keyBits(s.config));
    case Col::TsHealthColumn:
        return row.tsHealth.toolTip.isEmpty() ? row.tsHealth.text : row.tsHealth.toolTip;
    case Col::AlarmsColumn:
        return row.alarms.toolTip.isEmpty() ? row.alarms.text : row.alarms.toolTip;
    }
    return {};
}

QVariant OverviewCells::sortValue(const OverviewRow &row, int column) const
{
    const ServiceStatus &s = row.status;
    switch (column) {
    case Col::NameColumn:
        return s.config.serviceName;
    case Col::KindColumn:
        return int(s.config.kind);
    case Col::ModeColumn:
        return int(s.config.mode);
    case Col::PeerColumn:
        return peerText(s);
    case Col::StateColumn:
        return LinkPhase::rank(s);
    case Col::RateColumn:
        return live(s) ? s.stats.mbitRate : -1.0;
    case Col::LossColumn:
        return live(s) ? s.stats.lineLoss : -1.0;
    case Col::RttColumn:
        return live(s) && s.stats.rttMeasured ? s.stats.linkRtt : -1.0;
    case Col::LatencyColumn:
        return s.config.latency;
    case Col::EncryptionColumn:
        return s.config.passPhrase.isEmpty() ? 0 : keyBits(s.config);
    case Col::TsHealthColumn:
        return int(row.tsHealth.level) * 2 + (row.tsHealth.text.isEmpty() ? 0 : 1);
    case Col::AlarmsColumn:
        return int(row.alarms.level) * 2 + (row.alarms.text.isEmpty() ? 0 : 1);
    }
    return {};
}

HealthLevel OverviewCells::level(const OverviewRow &row, int column) const
{
    const LinkStats &stats = row.status.stats;
    // What other parts supply has its own level; the link's figures count while it runs.
    if (column == Col::TsHealthColumn)
        return row.tsHealth.level;
    if (column == Col::AlarmsColumn)
        return row.alarms.level;
    if (column == Col::NameColumn) // the row's worst
        return worse(worse(level(row, Col::StateColumn), row.thresholds.overall(row.status)),
                     worse(row.tsHealth.level, row.alarms.level));
    if (!row.status.running)
        return HealthLevel::Normal;
    switch (column) {
    case Col::StateColumn: {
        const LinkPhase::Phase phase = LinkPhase::of(row.status);
        return phase == LinkPhase::Retrying || phase == LinkPhase::Down ? HealthLevel::Critical : HealthLevel::Normal;
    }
    case Col::RateColumn:
        return row.thresholds.rateLevel(stats);
    case Col::LossColumn:
        return row.thresholds.lossLevel(stats);
    case Col::RttColumn:
        return row.thresholds.rttLevel(stats);
    default:
        return HealthLevel::Normal;
    }
}

bool OverviewCells::changed(const OverviewRow &old, const OverviewRow &fresh, int column) const
{
    const ServiceConfig &a = old.status.config;
    const ServiceConfig &b = fresh.status.config;
    const LinkStats &x = old.status.stats;
    const LinkStats &y = fresh.status.stats;
    const bool liveChanged = live(old.status) != live(fresh.status);
    switch (column) {
    case Col::NameColumn:
        return a.serviceName != b.serviceName || old.upstreamText != fresh.upstreamText || old.upstream != fresh.upstream
            || level(old, column) != level(fresh, column);
    case Col::KindColumn:
        return a.kind != b.kind;
    case Col::ModeColumn:
        return a.mode != b.mode;
    case Col::PeerColumn:
        return liveChanged || x.peer != y.peer || a.peerIp != b.peerIp || a.listenPort != b.listenPort || a.mode != b.mode;
    case Col::StateColumn:
        return old.status.running != fresh.status.running || x.state != y.state || x.lastError != y.lastError
            || x.peer != y.peer || a.mode != b.mode || a.peerIp != b.peerIp || a.listenPort != b.listenPort;
    case Col::RateColumn:
        return liveChanged || x.mbitRate != y.mbitRate || old.thresholds != fresh.thresholds;
    case Col::LossColumn:
        return liveChanged || x.lineLoss != y.lineLoss || old.thresholds != fresh.thresholds;
    case Col::RttColumn:
        return liveChanged || x.linkRtt != y.linkRtt || x.rttMeasured != y.rttMeasured || old.thresholds != fresh.thresholds;
    case Col::LatencyColumn:
        return a.latency != b.latency;
    case Col::EncryptionColumn:
        return a.passPhrase.isEmpty() != b.passPhrase.isEmpty() || a.pbKeyLen != b.pbKeyLen;
    case Col::TsHealthColumn:
        return old.tsHealth != fresh.tsHealth;
    case Col::AlarmsColumn:
        return old.alarms != fresh.alarms;
    }
    return false;
}

} // namespace srtdesk
