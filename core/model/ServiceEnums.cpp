// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceEnums.h"

#include <array>
#include <utility>

namespace srtdesk {
namespace {

template <typename Enum, std::size_t N>
using WireTable = std::array<std::pair<Enum, const char *>, N>;

constexpr WireTable<ServiceKind, 2> kKinds{{{ServiceKind::Rx, "rx"}, {ServiceKind::Tx, "tx"}}};
constexpr WireTable<SrtMode, 3> kModes{{{SrtMode::Caller, "caller"},
                                        {SrtMode::Listener, "listener"},
                                        {SrtMode::Rendezvous, "rendezvous"}}};
constexpr WireTable<FecLayout, 2> kLayouts{{{FecLayout::Staircase, "staircase"}, {FecLayout::Even, "even"}}};
constexpr WireTable<FecArq, 3> kArqs{{{FecArq::Always, "always"}, {FecArq::OnRequest, "onreq"}, {FecArq::Never, "never"}}};
constexpr WireTable<Congestion, 2> kCongestions{{{Congestion::Live, "live"}, {Congestion::File, "file"}}};
constexpr WireTable<TransType, 2> kTransTypes{{{TransType::Live, "live"}, {TransType::File, "file"}}};
constexpr WireTable<GroupType, 2> kGroupTypes{{{GroupType::Backup, "backup"}, {GroupType::Broadcast, "broadcast"}}};

template <typename Enum, std::size_t N>
QString lookupName(const WireTable<Enum, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookupValue(const WireTable<Enum, N> &table, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const auto &entry : table) {
        if (wanted.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    }
    return std::nullopt;
}

} // namespace

QString toWire(ServiceKind kind) { return lookupName(kKinds, kind); }
QString toWire(SrtMode mode) { return lookupName(kModes, mode); }
QString toWire(FecLayout layout) { return lookupName(kLayouts, layout); }
QString toWire(FecArq arq) { return lookupName(kArqs, arq); }
QString toWire(Congestion congestion) { return lookupName(kCongestions, congestion); }
QString toWire(TransType type) { return lookupName(kTransTypes, type); }
QString toWire(GroupType type) { return lookupName(kGroupTypes, type); }

std::optional<ServiceKind> serviceKindFromWire(const QString &text) { return lookupValue(kKinds, text); }
std::optional<SrtMode> srtModeFromWire(const QString &text) { return lookupValue(kModes, text); }
std::optional<FecLayout> fecLayoutFromWire(const QString &text) { return lookupValue(kLayouts, text); }
std::optional<FecArq> fecArqFromWire(const QString &text)
{
    // "onrequest" is how some clients spell it; libsrt's own word is "onreq".
    if (text.trimmed().compare(QLatin1String("onrequest"), Qt::CaseInsensitive) == 0)
        return FecArq::OnRequest;
    return lookupValue(kArqs, text);
}
std::optional<Congestion> congestionFromWire(const QString &text) { return lookupValue(kCongestions, text); }
std::optional<TransType> transTypeFromWire(const QString &text) { return lookupValue(kTransTypes, text); }
std::optional<GroupType> groupTypeFromWire(const QString &text) { return lookupValue(kGroupTypes, text); }

} // namespace srtdesk
