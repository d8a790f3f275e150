// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Enumerations of the original API, with their wire spelling in one place.
namespace srtdesk {

enum class ServiceKind { Rx, Tx };
enum class SrtMode { Caller, Listener, Rendezvous };
enum class FecLayout { Staircase, Even };
enum class FecArq { Always, OnRequest, Never };
enum class Congestion { Live, File };
enum class TransType { Live, File };
enum class GroupType { Backup, Broadcast };

QString toWire(ServiceKind kind);   // "rx" / "tx"
QString toWire(SrtMode mode);       // "caller" / "listener" / "rendezvous"
QString toWire(FecLayout layout);   // "staircase" / "even"
QString toWire(FecArq arq);         // "always" / "onreq" / "never"
QString toWire(Congestion congestion);
QString toWire(TransType type);
QString toWire(GroupType type);

// Case-insensitive; surrounding spaces ignored. nullopt when the text is not a known value.
std::optional<ServiceKind> serviceKindFromWire(const QString &text);
std::optional<SrtMode> srtModeFromWire(const QString &text);
std::optional<FecLayout> fecLayoutFromWire(const QString &text);
std::optional<FecArq> fecArqFromWire(const QString &text);
std::optional<Congestion> congestionFromWire(const QString &text);
std::optional<TransType> transTypeFromWire(const QString &text);
std::optional<GroupType> groupTypeFromWire(const QString &text);

} // namespace srtdesk
