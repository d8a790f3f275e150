// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ServiceRelay.h"

#include "core/LogServiceScope.h"
#include "core/engine/EngineLogging.h"
#include "core/engine/HostResolver.h"
#include "core/engine/IoShard.h"
#include "core/engine/ListenGate.h"
#include "core/engine/RelayState.h"
#include "core/engine/SrtRuntime.h"
#include "core/engine/SrtSocketFactory.h"
#include "core/engine/SrtSocketOptions.h"

#include <algorithm>

namespace srtdesk {

namespace {

using std::chrono::milliseconds;

// How often a connecting socket and a live link are looked at besides their epoll events
// (a bonding group's paths, a state change libsrt reported no event for).
constexpr auto kCheckEvery = milliseconds(100);
// A caller stuck in "connecting" longer than libsrt's own timeout plus this is given up.
constexpr int kConnectGraceMs = 2000;

int elapsedMs(std::chrono::steady_clock::time_point since, std::chrono::steady_clock::time_point now)
{
    return int(std::chrono::duration_cast<milliseconds>(now - since).count());
}

milliseconds statsInterval(const RelayState &state)
{
    return milliseconds(std::max(50, state.statsIntervalMs()));
}

} // namespace

ServiceRelay::ServiceRelay(std::shared_ptr<RelayState> state, IoShard &shard, const SrtRuntime &runtime)
    : m_state(std::move(state)), m_shard(shard), m_runtime(runtime), m_pump(*m_state), m_group(m_state->config()),
      m_sampler(m_state->config())
{}

ServiceRelay::~ServiceRelay()
{
    end();
}

const ServiceConfig &ServiceRelay::config() const
{
    return m_state->config();
}

int ServiceRelay::latencyMs() const
{
    return config().latency;
}

// ---------------------------------------------------------------------------------------------
// Life cycle

void ServiceRelay::begin(Clock::time_point now)
{
    const LogServiceScope scope(config().id);
    qCInfo(lcEngine).noquote() << "service" << config().serviceName << "starting:" << toWire(config().kind)
                               << toWire(config().mode) << "on I/O thread" << m_shard.index();
    m_begun = true;
    m_nextUdpAttempt = m_nextSrtAttempt = m_nextStats = m_nextTick = now;
    m_udpRate.restart(0, now);
    if (config().groupConnect && !m_runtime.bondingSupported()) {
        // Nothing to do but to say why; ServiceManager normally refuses to start it at all.
        m_idle = true;
        m_nextTick = Clock::time_point::max();
        m_state->changeState(LinkState::Disconnected, m_runtime.bondingUnavailableReason());
        return;
    }
    m_state->changeState(LinkState::Waiting); // RelayWorker::start() published it already
}

void ServiceRelay::end()
{
    const LogServiceScope scope(config().id);
    if (!m_begun)
        return;
    m_begun = false;
    m_lookup.cancel(); // an answer still to come is no longer wanted
    if (!m_links.empty())
        sample(Clock::now()); // the last totals stay visible
    for (RelayLink &link : m_links)
        closeSocket(link.socket);
    m_links.clear();
    m_sinks.clear();
    m_state->acceptedLinks() = 0;
    closeSocket(m_connecting);
    closeSocket(m_listener);
    releaseCallerPortIfUnused();
    if (m_udpIn.isOpen())
        m_shard.unwatchUdp(m_udpIn.fd());
    m_udpIn.close();
    m_udpOut.close();
    qCInfo(lcEngine).noquote() << "service" << config().serviceName << "stopped";
    m_state->changeState(LinkState::Disconnected);
    m_idle = true;
    m_nextTick = Clock::time_point::max();
}

void ServiceRelay::tick(Clock::time_point now)
{
    const LogServiceScope scope(config().id);
    if (m_idle) {
        m_nextTick = Clock::time_point::max();
        return;
    }
    if (!m_udpReady && now >= m_nextUdpAttempt)
        openUdp(now);
    if (m_udpReady && now >= m_nextSrtAttempt && !m_lookup.isPending()) {
        if (config().mode == SrtMode::Listener) {
            if (m_listener == SRT_INVALID_SOCK)
                openListener();
        } else if (m_links.empty() && m_connecting == SRT_INVALID_SOCK) {
            startConnect(now);
        }
    }
    if (m_connecting != SRT_INVALID_SOCK)
        checkConnecting(now);
    checkLinks();
    if (now >= m_nextStats) {
        sample(now);
        m_nextStats = now + statsInterval(*m_state);
    }
    rescheduleTick(now);
}

void ServiceRelay::scheduleNextTick(Clock::time_point now)
{
    // Events may only bring the next tick closer; tick() itself sets it anew (see tick()).
    const Clock::time_point previous = m_nextTick;
    m_nextTick = Clock::time_point::max();
    rescheduleTick(now);
    m_nextTick = std::min(m_nextTick, previous);
}

void ServiceRelay::rescheduleTick(Clock::time_point now)
{
    Clock::time_point next = m_nextStats;
    if (m_connecting != SRT_INVALID_SOCK || !m_links.empty())
        next = std::min(next, now + kCheckEvery);
    if (!m_udpReady)
        next = std::min(next, m_nextUdpAttempt);
    else if (!m_lookup.isPending() && m_links.empty() && m_connecting == SRT_INVALID_SOCK && m_listener == SRT_INVALID_SOCK)
        next = std::min(next, m_nextSrtAttempt);
    m_nextTick = std::max(next, now + milliseconds(1));
}

// ---------------------------------------------------------------------------------------------
// Events from the shard

void ServiceRelay::onSrtEvent(SRTSOCKET socket, bool readable, bool /*writable*/)
{
    const LogServiceScope scope(config().id);
    if (socket == m_listener) {
        if (srt_getsockstate(m_listener) == SRTS_LISTENING) {
            acceptPending();
        } else { // broken: an error that stays would wake the shard without end
            closeSocket(m_listener);
            connectFailed(tr("The listener on port %1 failed; it is opened again.").arg(config().listenPort));
        }
    } else if (socket == m_connecting) {
        checkConnecting(Clock::now());
    } else if (const auto index = linkIndex(socket)) {
        // Readable also means "error" (libsrt reports a broken socket in both sets).
        if (config().isRx() && readable)
            relayFromSrt(*index);
        else
            checkLinks();
    }
    scheduleNextTick(Clock::now());
}

void ServiceRelay::onUdpReadable()
{
    const LogServiceScope scope(config().id);
    if (m_udpReady && config().isTx())
        relayFromUdp();
}

void ServiceRelay::relayFromUdp()
{
    std::vector<SRTSOCKET> broken;
    m_shard.noteRelayed(m_pump.udpToSrt(m_udpIn, m_sinks, &broken));
    if (!broken.empty())
        checkLinks();
}

void ServiceRelay::relayFromSrt(std::size_t index)
{
    int relayed = 0;
    const bool up = m_pump.srtToUdp(m_links[index].socket, m_udpOut, &relayed);
    m_shard.noteRelayed(relayed);
    if (!up)
        checkLinks();
}

// ---------------------------------------------------------------------------------------------
// UDP side

void ServiceRelay::openUdp(Clock::time_point now)
{
    QString error;
    const auto endpoint = UdpEndpoint::parse(config().udpAddress);
    bool ok = false;
    if (!endpoint) {
        error = tr("%1 \"%2\" is not a valid ip:port.")
                    .arg(config().isTx() ? QStringLiteral("UdpIn") : QStringLiteral("UdpOut"), config().udpAddress);
    } else if (config().isTx()) {
        ok = m_udpIn.open(*endpoint, config().bindIp, &error);
    } else {
        ok = m_udpOut.open(*endpoint, config().ttl, config().bindIp, &error);
    }
    if (ok) {
        m_udpReady = true;
        m_udpBackoff.reset();
        if (config().isTx())
            m_shard.watchUdp(m_udpIn.fd(), this);
        if (m_udpErrorShown) {
            m_udpErrorShown = false;
            m_state->changeState(LinkState::Waiting, QString());
        }
        return;
    }
    if (!m_udpErrorShown || m_lastLoggedFailure != error)
        qCWarning(lcEngine).noquote() << "service" << config().serviceName << error;
    m_lastLoggedFailure = error;
    m_udpErrorShown = true;
    m_state->changeState(LinkState::Disconnected, error);
    m_nextUdpAttempt = now + milliseconds(m_udpBackoff.nextDelayMs());
}

// ---------------------------------------------------------------------------------------------
// SRT side: listener

void ServiceRelay::openListener()
{
    QString where;
    QString error;
    const SRTSOCKET socket = SrtSocketFactory::listener(config(), m_group, &ListenGate::admit, m_state.get(), &where,
                                                        &error);
    if (socket == SRT_INVALID_SOCK) {
        connectFailed(error);
        return;
    }
    if (const int payload = SrtSocketFactory::payloadSize(socket))
        m_pump.setPayloadLimit(payload);
    m_shard.watchSrt(socket, SRT_EPOLL_IN | SRT_EPOLL_ERR, this);
    m_listener = socket;
    m_state->update([port = config().listenPort](LinkStats &s) { s.localPort = port; });
    qCInfo(lcEngine).noquote() << "service" << config().serviceName << "listening on" << where;
    m_state->changeState(LinkState::Waiting);
}

void ServiceRelay::acceptPending()
{
    // One per wake-up: the listener stays readable while more are pending (level-triggered),
    // and a second srt_accept() with nothing pending makes libsrt log an error.
    sockaddr_storage address{};
    int length = sizeof address;
    const SRTSOCKET socket = srt_accept(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    if (socket == SRT_INVALID_SOCK)
        return;
    const QString peer = SrtSocketFactory::addressText(reinterpret_cast<const sockaddr *>(&address));
    if (m_links.size() >= std::size_t(m_state->maxCallers())) {
        // Slipped past ListenGate while the last free place was being taken.
        qCWarning(lcEngine).noquote() << "service" << config().serviceName << "refused caller" << peer << "("
                                      << m_links.size() << "callers already)";
        srt_close(socket);
        return;
    }
    char streamId[513] = {}; // libsrt's maximum is 512 bytes
    int streamIdLength = sizeof streamId - 1;
    if (srt_getsockflag(socket, SRTO_STREAMID, streamId, &streamIdLength) == SRT_ERROR)
        streamIdLength = 0;
    linkUp(socket, peer, QString::fromUtf8(streamId, std::clamp(streamIdLength, 0, int(sizeof streamId - 1))));
}

// ---------------------------------------------------------------------------------------------
// SRT side: caller and rendezvous

void ServiceRelay::startConnect(Clock::time_point now)
{
    ++m_connectAttempts;
    m_state->update([attempts = m_connectAttempts](LinkStats &s) { s.connectAttempts = attempts; });
    if (m_group.isCaller()) { // bonding: one group over GroupIp1 and GroupIp2
        m_connectPeer = m_group.peerText();
        QString error;
        if (!m_group.checkCaller(&error)) {
            connectFailed(error);
            return;
        }
        const auto hosts = m_group.hosts();
        m_lookup.start({hosts[0], hosts[1]}, config().listenPort, m_shard.mailbox(),
                       [this, now](bool ok, const PeerLookup::Addresses &addresses, const QString &lookupError) {
                           const LogServiceScope scope(config().id);
                           if (ok)
                               connectGroup(addresses, now);
                           else
                               connectFailed(lookupError);
                           scheduleNextTick(Clock::now());
                       });
        return;
    }
    m_connectPeer = config().peerIp.trimmed() + QLatin1Char(':') + QString::number(config().listenPort);
    m_lookup.start({config().peerIp}, config().listenPort, m_shard.mailbox(),
                   [this, now](bool ok, const PeerLookup::Addresses &addresses, const QString &lookupError) {
                       const LogServiceScope scope(config().id);
                       if (ok)
                           connectSocket(addresses.front(), now);
                       else
                           connectFailed(lookupError);
                       scheduleNextTick(Clock::now());
                   });
}

void ServiceRelay::connectSocket(const SocketAddress &peer, Clock::time_point now)
{
    QString error;
    const SRTSOCKET socket =
        SrtSocketFactory::caller(config(), peer.family(), m_shard.callerPorts(), &m_callerPort, &error);
    if (socket == SRT_INVALID_SOCK) {
        releaseCallerPortIfUnused();
        connectFailed(error);
        return;
    }
    if (const int payload = SrtSocketFactory::payloadSize(socket))
        m_pump.setPayloadLimit(payload);
    m_shard.watchSrt(socket, SRT_EPOLL_OUT | SRT_EPOLL_ERR, this);
    m_connecting = socket;
    m_connectStarted = now;
    if (srt_connect(socket, peer.get(), int(peer.length())) == SRT_ERROR) {
        // Non-blocking: only immediate problems land here; a refusal comes later.
        error = tr("Connection to %1 failed: %2").arg(m_connectPeer, SrtSocketOptions::lastErrorText());
        closeSocket(m_connecting);
        releaseCallerPortIfUnused();
        connectFailed(error);
        return;
    }
    m_state->update([port = SrtSocketFactory::localPort(socket)](LinkStats &s) { s.localPort = port; });
    m_state->changeState(LinkState::Waiting);
}

void ServiceRelay::connectGroup(const PeerLookup::Addresses &endpoints, Clock::time_point now)
{
    SocketAddress local;
    const bool bound = !config().bindIp.trimmed().isEmpty() && HostResolver::fromLiteral(config().bindIp, 0, &local);
    QString error;
    const SRTSOCKET group = m_group.connect({endpoints[0], endpoints[1]}, bound ? &local : nullptr, &error);
    m_connectPeer = m_group.peerText();
    if (group == SRT_INVALID_SOCK) {
        connectFailed(error);
        return;
    }
    // Not in the epoll while connecting: a group reports SRT_EPOLL_ERR as soon as one path
    // fails, for as long as it lasts, which would wake the shard without end. Ticks look at it.
    m_connecting = group;
    m_connectStarted = now;
    m_state->changeState(LinkState::Waiting);
}

void ServiceRelay::checkConnecting(Clock::time_point now)
{
    const SRT_SOCKSTATUS status = m_group.state(m_connecting);
    if (status == SRTS_CONNECTED) {
        const SRTSOCKET socket = m_connecting;
        m_connecting = SRT_INVALID_SOCK;
        linkUp(socket, m_connectPeer);
        return;
    }
    const bool pending = status == SRTS_CONNECTING || status == SRTS_OPENED || status == SRTS_INIT;
    const int allowedMs = SrtSocketOptions::kConnectTimeoutMs * (config().mode == SrtMode::Rendezvous ? 10 : 1)
                          + kConnectGraceMs;
    if (pending && elapsedMs(m_connectStarted, now) < allowedMs)
        return;
    const int reason = pending ? int(SRT_REJ_TIMEOUT) : m_group.rejectReason(m_connecting);
    const QString text = SrtSocketOptions::rejectReasonText(reason);
    closeSocket(m_connecting);
    releaseCallerPortIfUnused();
    const QString message = reason == SRT_REJ_TIMEOUT ? tr("Connection to %1 failed: %2").arg(m_connectPeer, text)
                                                      : tr("Connection to %1 rejected: %2").arg(m_connectPeer, text);
    connectFailed(message);
}

void ServiceRelay::connectFailed(const QString &message)
{
    // The same failure every few seconds is worth one warning, not hundreds.
    if (message != m_lastLoggedFailure)
        qCWarning(lcEngine).noquote() << "service" << config().serviceName << message;
    else
        qCDebug(lcEngine).noquote() << "service" << config().serviceName << message;
    m_lastLoggedFailure = message;
    m_state->changeState(LinkState::Disconnected, message);
    retrySrtLater();
}

void ServiceRelay::retrySrtLater()
{
    m_nextSrtAttempt = Clock::now() + milliseconds(m_srtBackoff.nextDelayMs());
}

// ---------------------------------------------------------------------------------------------
// Links

void ServiceRelay::linkUp(SRTSOCKET socket, const QString &peer, const QString &streamId)
{
    const auto now = Clock::now();
    const bool first = m_links.empty(); // a listener's further callers add to the running totals
    m_links.push_back(RelayLink{socket, peer, streamId, QDateTime::currentDateTimeUtc(), StatsReader(config()), {}, false});
    m_links.back().reader.restart(now);
    if (config().isTx())
        m_sinks.push_back(socket);
    if (first)
        m_group.linkUp(socket);
    watchLink(socket);
    if (config().mode == SrtMode::Listener)
        ++m_state->acceptedLinks();
    const int linksEstablished = ++m_state->linksEstablished(); // in this run: Reconnections = this - 1
    m_srtBackoff.reset();
    m_lastLoggedFailure.clear();
    if (first) {
        m_nextStats = now + statsInterval(*m_state);
        m_pump.linkUp();
        resetLinkStats();
    }
    m_state->update([&](LinkStats &s) { m_sampler.publish(m_links, s); });
    qCInfo(lcEngine).noquote() << "service" << config().serviceName << "connected with" << peer
                               << (streamId.isEmpty() ? QString() : QStringLiteral("(stream ID \"%1\")").arg(streamId))
                               << (linksEstablished > 1 ? QStringLiteral("(reconnection %1)").arg(linksEstablished - 1)
                                                        : QString());
    m_state->changeState(LinkState::Connected, QString());
}

void ServiceRelay::resetLinkStats()
{
    // Statistics count from the first link of a run of links (totals since the link connected).
    m_sampler.restart();
    const int localPort = SrtSocketFactory::localPort(m_links.front().socket);
    int keyBytes = 0;
    const EncryptionState encryption = StatsReader::encryptionOf(m_links.front().socket, &keyBytes);
    m_state->update([&](LinkStats &s) {
        LinkStats fresh;
        fresh.state = s.state;
        fresh.lastError = s.lastError;
        fresh.linkId = s.linkId;
        fresh.oversizedDatagrams = s.oversizedDatagrams;
        fresh.connectAttempts = s.connectAttempts;
        fresh.inputMbitRate = s.inputMbitRate;
        fresh.outputMbitRate = s.outputMbitRate;
        fresh.linkMaxBandwidth = double(config().srtBw) / 1000.0;
        fresh.reconnections = std::max(0, m_state->linksEstablished().load() - 1);
        fresh.peer = m_links.front().peer;
        fresh.localPort = localPort;
        fresh.encryption = encryption;
        fresh.encryptionKeyBytes = keyBytes;
        s = fresh;
    });
}

void ServiceRelay::watchLink(SRTSOCKET socket)
{
    // RX: readable (and broken); TX: broken only. A bonding group's ERR only says that one of
    // its paths has a problem, so a group RX waits for data alone and a group TX for nothing:
    // checkLinks() on every tick notices a group that is really down.
    const bool group = GroupLink::isGroup(socket);
    int events = config().isRx() ? SRT_EPOLL_IN : 0;
    if (!group)
        events |= SRT_EPOLL_ERR;
    m_shard.unwatchSrt(socket); // a caller's socket is watched for OUT while connecting
    if (events != 0)
        m_shard.watchSrt(socket, events, this);
}

void ServiceRelay::checkLinks()
{
    for (std::size_t i = m_links.size(); i-- > 0;) {
        const SRTSOCKET socket = m_links[i].socket;
        if (m_group.state(socket) == SRTS_CONNECTED) {
            m_group.maintain(socket);
            continue;
        }
        linkDown(i, tr("Link with %1 lost: the peer closed it or stopped answering.").arg(m_links[i].peer));
    }
}

void ServiceRelay::linkDown(std::size_t index, const QString &why)
{
    sample(Clock::now()); // the last totals of this link stay visible until the next one
    RelayLink link = std::move(m_links[index]);
    m_links.erase(m_links.begin() + std::ptrdiff_t(index));
    m_sampler.departed(link);
    m_sinks.erase(std::remove(m_sinks.begin(), m_sinks.end(), link.socket), m_sinks.end());
    closeSocket(link.socket);
    if (config().mode == SrtMode::Listener)
        --m_state->acceptedLinks();
    releaseCallerPortIfUnused();
    qCWarning(lcEngine).noquote() << "service" << config().serviceName << why;
    if (!m_links.empty()) {
        m_state->update([&](LinkStats &s) {
            m_sampler.publish(m_links, s);
            s.peer = m_links.front().peer;
        });
        return;
    }
    m_state->update([](LinkStats &s) {
        s.callers.clear();
        s.mbitRate = 0;
        s.linkRtt = 0;
        s.rttMeasured = false;
        s.peer.clear();
        s.linkBandwidth = 0;
        s.encryption = EncryptionState::Off;
        s.encryptionKeyBytes = 0;
    });
    if (config().mode == SrtMode::Listener) {
        m_state->changeState(LinkState::Waiting, why);
    } else {
        m_state->changeState(LinkState::Disconnected, why);
        retrySrtLater();
    }
}

void ServiceRelay::sample(Clock::time_point now)
{
    const double udpRate = m_udpRate.rate(m_pump.udpBytes(), now);
    m_sampler.read(m_links, m_group, now);
    m_state->update([&](LinkStats &s) {
        (config().isTx() ? s.inputMbitRate : s.outputMbitRate) = udpRate;
        m_sampler.publish(m_links, s);
    });
}

bool ServiceRelay::kick(const QString &peer)
{
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        if (m_links[i].peer == peer.trimmed()) {
            linkDown(i, tr("Caller %1 was disconnected on request.").arg(m_links[i].peer));
            scheduleNextTick(Clock::now());
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------

void ServiceRelay::closeSocket(SRTSOCKET &socket)
{
    if (socket == SRT_INVALID_SOCK)
        return;
    // Out of the epoll first, so that a closing socket can never keep the shard's wait ready.
    m_shard.unwatchSrt(socket);
    srt_close(socket);
    socket = SRT_INVALID_SOCK;
}

void ServiceRelay::releaseCallerPortIfUnused()
{
    if (m_connecting == SRT_INVALID_SOCK && m_links.empty())
        m_callerPort.reset();
}

std::optional<std::size_t> ServiceRelay::linkIndex(SRTSOCKET socket) const
{
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        if (m_links[i].socket == socket)
            return i;
    }
    return std::nullopt;
}

} // namespace srtdesk
