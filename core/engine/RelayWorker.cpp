// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RelayWorker.h"

#include "core/LogServiceScope.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/GroupLink.h"
#include "core/engine/HostResolver.h"
#include "core/engine/RetryBackoff.h"
#include "core/engine/SecretRedactor.h"
#include "core/engine/SrtRuntime.h"
#include "core/engine/SrtSocketOptions.h"
#include "core/engine/UdpInput.h"
#include "core/engine/UdpOutput.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <srt/access_control.h>
#include <srt/srt.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <poll.h>

namespace srtdesk {

static_assert(SrtSocketOptions::kRejectBusy == SRT_REJX_CONFLICT, "busy-listener code");

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Longest single wait of the worker: bounds how late it notices stop() and a dead link.
constexpr int kSliceMs = 100;
// At most this many datagrams/messages are relayed per wake-up before states are checked.
constexpr int kBurst = 256;
// A live datagram bigger than this is never valid input; the buffer holds any UDP datagram.
constexpr std::size_t kBufferBytes = 65536;
// A caller stuck in "connecting" longer than libsrt's own timeout plus this is given up.
constexpr int kConnectGraceMs = 2000;
// Repeated problems (oversized datagrams, full send buffer) are logged at most this often.
constexpr int kLogEveryMs = 10000;
// After a wake-up that relayed data, the next one comes no sooner than this: at high rates
// the worker (and libsrt's sending thread behind srt_sendmsg2) then handles a batch per
// wake-up instead of one datagram, which is what the CPU per Gbit was spent on (context
// switches, tests/bench and docs/PERFORMANCE.md). Adds at most this much latency and jitter.
constexpr auto kCoalesce = std::chrono::microseconds(1000);
// RX output batches: live messages are at most SRTO_PAYLOADSIZE (<= 1456) bytes.
constexpr int kOutBatch = 64;
constexpr std::size_t kOutSlot = 1500;
// libsrt's CUDT::INITIAL_RTT (10 × COMM_SYN_INTERVAL_US = 100 000 µs) in msRTT's unit.
constexpr double kLibsrtInitialRttMs = 100.0;

QString addressText(const sockaddr *address)
{
    if (!address || address->sa_family != AF_INET)
        return QStringLiteral("?");
    const auto *in = reinterpret_cast<const sockaddr_in *>(address);
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(ntohs(in->sin_port));
}

QString newLinkId()
{
    const quint64 value = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xFFFFFFFFFF);
    return QStringLiteral("%1").arg(value, 10, 16, QLatin1Char('0'));
}

int elapsedMs(Clock::time_point since, Clock::time_point now)
{
    return int(std::chrono::duration_cast<milliseconds>(now - since).count());
}

} // namespace

class RelayWorker::Impl
{
    Q_DECLARE_TR_FUNCTIONS(RelayWorker)

public:
    Impl(const ServiceConfig &config, const SrtRuntime &runtime, SecretRedactor *redactor, StateCallback callback)
        : m_config(config), m_runtime(runtime), m_redactor(redactor), m_callback(std::move(callback)),
          m_buffer(new char[kBufferBytes]) // not zeroed: untouched pages never become resident
    {}

    ~Impl() { stop(); }

    void start();
    void stop();
    LinkStats snapshot() const
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }

    const ServiceConfig m_config;
    std::atomic<int> m_statsIntervalMs{1000};
    std::atomic<int> m_links{0}; // links established in this run of the service
    int m_earlierLinks = 0;      // by the workers this one replaces (owner thread, before start)

private:
    // --- worker thread ---
    void run();
    void openUdp(Clock::time_point now);
    void openListener();
    void startConnect(Clock::time_point now);
    void wait(int timeoutMs);
    void handleSrtEvents(int timeoutMs);
    void drainUdp();
    void drainSrt();
    void flushOutput(int count);
    void outputFailed(int sendError);
    void acceptPending();
    void checkConnecting(Clock::time_point now);
    void checkLink();
    void connectFailed(const QString &message);
    void linkUp(SRTSOCKET socket, const QString &peer);
    void linkDown(const QString &why);
    void sampleStatistics();
    void noteRttMeasurement(const SRT_TRACEBSTATS &perf);
    void closeSocket(SRTSOCKET &socket, bool subscribed = true);
    void closeAll();
    void retrySrtLater();
    int nextTimeoutMs(Clock::time_point now) const;
    QString peerText() const;

    // Publishing: `changeState` notifies when state or lastError changed.
    void changeState(LinkState state, const std::optional<QString> &lastError = std::nullopt);
    void notify();

    static int listenHook(void *opaque, SRTSOCKET socket, int handshakeVersion, const sockaddr *peer,
                          const char *streamId);

    const SrtRuntime &m_runtime;
    SecretRedactor *m_redactor;
    StateCallback m_callback;

    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    bool m_running = false; // owner thread only

    mutable std::mutex m_mutex;
    LinkStats m_stats; // guarded by m_mutex

    // Worker-thread state.
    std::unique_ptr<char[]> m_buffer; // kBufferBytes
    UdpInput m_udpIn;
    UdpOutput m_udpOut;
    bool m_udpReady = false;
    bool m_udpErrorShown = false;
    RetryBackoff m_udpBackoff;
    RetryBackoff m_srtBackoff;
    Clock::time_point m_nextUdpAttempt;
    Clock::time_point m_nextSrtAttempt;
    Clock::time_point m_connectStarted;
    Clock::time_point m_nextStats;
    Clock::time_point m_lastOversizeLog;
    Clock::time_point m_lastSendErrorLog;
    Clock::time_point m_relayedAt; // the wake-up that last relayed data, {} when none did
    Clock::time_point m_previousRelayedAt;
    std::unique_ptr<char[]> m_outBatch; // RX, live: kOutBatch slots of kOutSlot bytes for sendmmsg()
    std::size_t m_outLengths[kOutBatch] = {};
    qint64 m_oversizedSinceLog = 0;
    qint64 m_sendErrorsSinceLog = 0;
    int m_eid = -1;
    SRTSOCKET m_listener = SRT_INVALID_SOCK;
    SRTSOCKET m_connecting = SRT_INVALID_SOCK;
    SRTSOCKET m_link = SRT_INVALID_SOCK;
    QString m_linkPeer;
    QString m_lastLoggedFailure;
    int m_payloadLimit = SRT_LIVE_DEF_PLSIZE;
    bool m_rttMeasured = false; // this link's RTT is a measurement, not libsrt's start value
    std::atomic<bool> m_peerBusy{false}; // read by libsrt's thread in listenHook
    GroupLink m_group{m_config};          // bonding (GroupConnect=1); a pass-through otherwise
};

// ---------------------------------------------------------------------------------------------
// Owner thread

void RelayWorker::Impl::start()
{
    if (m_running)
        return;
    m_stopping = false;
    {
        std::lock_guard lock(m_mutex);
        const QString keptError = m_stats.lastError;
        m_stats = LinkStats{};
        m_stats.linkId = newLinkId();
        m_stats.linkMaxBandwidth = double(m_config.srtBw) / 1000.0;
        m_stats.lastError = keptError;
    }
    if (m_redactor)
        m_redactor->add(m_config.passPhrase);
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void RelayWorker::Impl::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    if (m_redactor)
        m_redactor->remove(m_config.passPhrase);
    std::lock_guard lock(m_mutex);
    const QString keptError = m_stats.lastError;
    m_stats = LinkStats{};
    m_stats.lastError = keptError;
}

// ---------------------------------------------------------------------------------------------
// Worker thread

void RelayWorker::Impl::run()
{
    const LogServiceScope scope(m_config.id); // libsrt's messages from calls on this thread too
    const QString name = m_config.serviceName;
    m_eid = srt_epoll_create();
    srt_epoll_set(m_eid, SRT_EPOLL_ENABLE_EMPTY);
    m_links = m_earlierLinks;
    m_udpReady = false;
    m_udpErrorShown = false;
    m_udpBackoff.reset();
    m_srtBackoff.reset();
    m_lastLoggedFailure.clear();
    m_oversizedSinceLog = 0;
    m_sendErrorsSinceLog = 0;
    const auto begin = Clock::now();
    m_nextUdpAttempt = m_nextSrtAttempt = m_nextStats = begin;
    m_lastOversizeLog = m_lastSendErrorLog = begin - milliseconds(kLogEveryMs);
    qCInfo(lcEngine).noquote() << "service" << name << "starting:" << toWire(m_config.kind) << toWire(m_config.mode);

    if (m_config.groupConnect && !m_runtime.bondingSupported()) {
        // Nothing to do but to say why; ServiceManager normally refuses to start it at all.
        changeState(LinkState::Disconnected, m_runtime.bondingUnavailableReason());
        while (!m_stopping)
            std::this_thread::sleep_for(milliseconds(kSliceMs / 2));
    } else {
        changeState(LinkState::Waiting);
        while (!m_stopping) {
            const auto now = Clock::now();
            if (!m_udpReady && now >= m_nextUdpAttempt)
                openUdp(now);
            if (m_udpReady && now >= m_nextSrtAttempt) {
                if (m_config.mode == SrtMode::Listener) {
                    if (m_listener == SRT_INVALID_SOCK)
                        openListener();
                } else if (m_link == SRT_INVALID_SOCK && m_connecting == SRT_INVALID_SOCK) {
                    startConnect(now);
                }
            }
            if (m_stopping)
                break;
            wait(nextTimeoutMs(Clock::now()));
            const auto after = Clock::now();
            if (m_connecting != SRT_INVALID_SOCK)
                checkConnecting(after);
            if (m_link != SRT_INVALID_SOCK) {
                checkLink();
                if (m_link != SRT_INVALID_SOCK && after >= m_nextStats) {
                    sampleStatistics();
                    m_nextStats = after + milliseconds(std::max(50, m_statsIntervalMs.load()));
                }
            }
        }
    }

    closeAll();
    srt_epoll_release(m_eid);
    m_eid = -1;
    m_udpIn.close();
    m_udpOut.close();
    qCInfo(lcEngine).noquote() << "service" << name << "stopped";
    changeState(LinkState::Disconnected);
}

int RelayWorker::Impl::nextTimeoutMs(Clock::time_point now) const
{
    int timeout = kSliceMs;
    const auto until = [&](Clock::time_point when) {
        timeout = std::min(timeout, std::max(0, int(std::chrono::duration_cast<milliseconds>(when - now).count())));
    };
    if (!m_udpReady)
        until(m_nextUdpAttempt);
    else if (m_link == SRT_INVALID_SOCK && m_connecting == SRT_INVALID_SOCK && m_listener == SRT_INVALID_SOCK)
        until(m_nextSrtAttempt);
    if (m_link != SRT_INVALID_SOCK)
        until(m_nextStats);
    return timeout;
}

void RelayWorker::Impl::openUdp(Clock::time_point now)
{
    QString error;
    const auto endpoint = UdpEndpoint::parse(m_config.udpAddress);
    bool ok = false;
    if (!endpoint) {
        error = tr("%1 \"%2\" is not a valid ip:port.")
                    .arg(m_config.isTx() ? QStringLiteral("UdpIn") : QStringLiteral("UdpOut"), m_config.udpAddress);
    } else if (m_config.isTx()) {
        ok = m_udpIn.open(*endpoint, m_config.bindIp, &error);
    } else {
        ok = m_udpOut.open(*endpoint, m_config.ttl, m_config.bindIp, &error);
    }
    if (ok) {
        m_udpReady = true;
        m_udpBackoff.reset();
        if (m_udpErrorShown) {
            m_udpErrorShown = false;
            changeState(LinkState::Waiting, QString());
        }
        return;
    }
    if (!m_udpErrorShown || m_lastLoggedFailure != error)
        qCWarning(lcEngine).noquote() << "service" << m_config.serviceName << error;
    m_lastLoggedFailure = error;
    m_udpErrorShown = true;
    changeState(LinkState::Disconnected, error);
    m_nextUdpAttempt = now + milliseconds(m_udpBackoff.nextDelayMs());
}

void RelayWorker::Impl::openListener()
{
    sockaddr_in local{};
    QString error;
    if (HostResolver::resolve(m_config.bindIp, m_config.listenPort, m_stopping, &local, &error)
        != HostResolver::Result::Ok) {
        if (!m_stopping)
            connectFailed(error);
        return;
    }
    const QString where = addressText(reinterpret_cast<const sockaddr *>(&local));
    SRTSOCKET socket = srt_create_socket();
    bool ok = socket != SRT_INVALID_SOCK && SrtSocketOptions::apply(socket, m_config, &error)
              && m_group.prepareListener(socket, &error);
    if (ok && srt_listen_callback(socket, &Impl::listenHook, this) == SRT_ERROR) {
        error = SrtSocketOptions::lastErrorText();
        ok = false;
    }
    if (ok && (srt_bind(socket, reinterpret_cast<const sockaddr *>(&local), sizeof local) == SRT_ERROR
               || srt_listen(socket, 2) == SRT_ERROR)) {
        error = SrtSocketOptions::lastErrorText();
        ok = false;
    }
    if (!ok) {
        if (socket == SRT_INVALID_SOCK)
            error = SrtSocketOptions::lastErrorText();
        closeSocket(socket, false);
        connectFailed(tr("Cannot listen on %1: %2").arg(where, error));
        return;
    }
    int payload = 0;
    int length = sizeof payload;
    if (srt_getsockflag(socket, SRTO_PAYLOADSIZE, &payload, &length) != SRT_ERROR)
        m_payloadLimit = payload;
    const int events = SRT_EPOLL_IN | SRT_EPOLL_ERR;
    srt_epoll_add_usock(m_eid, socket, &events);
    m_listener = socket;
    qCInfo(lcEngine).noquote() << "service" << m_config.serviceName << "listening on" << where;
    changeState(LinkState::Waiting);
}

void RelayWorker::Impl::startConnect(Clock::time_point now)
{
    if (m_group.isCaller()) { // bonding: one group over GroupIp1 and GroupIp2
        QString groupError;
        const SRTSOCKET group = m_group.connect(m_stopping, &groupError);
        m_linkPeer = m_group.peerText();
        if (group == SRT_INVALID_SOCK) {
            if (!m_stopping)
                connectFailed(groupError);
            return;
        }
        const int events = SRT_EPOLL_OUT | SRT_EPOLL_ERR;
        srt_epoll_add_usock(m_eid, group, &events);
        m_connecting = group;
        m_connectStarted = now;
        changeState(LinkState::Waiting);
        return;
    }
    sockaddr_in peer{};
    QString error;
    const auto resolved = HostResolver::resolve(m_config.peerIp, m_config.listenPort, m_stopping, &peer, &error);
    if (resolved == HostResolver::Result::Cancelled)
        return;
    if (resolved == HostResolver::Result::Failed) {
        connectFailed(error);
        return;
    }
    m_linkPeer = m_config.peerIp.trimmed() + QLatin1Char(':') + QString::number(m_config.listenPort);

    SRTSOCKET socket = srt_create_socket();
    if (socket == SRT_INVALID_SOCK)
        error = SrtSocketOptions::lastErrorText();
    bool ok = socket != SRT_INVALID_SOCK && SrtSocketOptions::apply(socket, m_config, &error);
    bool subscribed = false;
    const bool rendezvous = m_config.mode == SrtMode::Rendezvous;
    if (ok && (rendezvous || !m_config.bindIp.isEmpty())) {
        // Rendezvous: both ends own ListenPort. A caller with BindIp leaves from that address.
        sockaddr_in local{};
        HostResolver::resolve(m_config.bindIp, rendezvous ? m_config.listenPort : 0, m_stopping, &local, &error);
        if (srt_bind(socket, reinterpret_cast<const sockaddr *>(&local), sizeof local) == SRT_ERROR) {
            error = tr("Cannot bind %1: %2")
                        .arg(addressText(reinterpret_cast<const sockaddr *>(&local)), SrtSocketOptions::lastErrorText());
            ok = false;
        }
    }
    if (ok) {
        int payload = 0;
        int length = sizeof payload;
        if (srt_getsockflag(socket, SRTO_PAYLOADSIZE, &payload, &length) != SRT_ERROR)
            m_payloadLimit = payload;
        const int events = SRT_EPOLL_OUT | SRT_EPOLL_ERR;
        subscribed = srt_epoll_add_usock(m_eid, socket, &events) != SRT_ERROR;
        if (srt_connect(socket, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) == SRT_ERROR) {
            // Non-blocking: only immediate problems land here; a refusal comes later.
            error = tr("Connection to %1 failed: %2").arg(m_linkPeer, SrtSocketOptions::lastErrorText());
            ok = false;
        }
    }
    if (!ok) {
        closeSocket(socket, subscribed);
        connectFailed(error);
        return;
    }
    m_connecting = socket;
    m_connectStarted = now;
    changeState(LinkState::Waiting);
}

void RelayWorker::Impl::wait(int timeoutMs)
{
    if (m_relayedAt != Clock::time_point{}) {
        // The last wake-up relayed data, less than kCoalesce after the one before: data comes
        // faster than one datagram per kCoalesce, so let the next batch gather. At lower rates
        // the sleep would only add a wake-up (a 2 Mbit/s stream has 5 ms between datagrams).
        const bool fast = m_relayedAt - m_previousRelayedAt < kCoalesce;
        m_previousRelayedAt = m_relayedAt;
        const auto until = m_relayedAt + kCoalesce;
        m_relayedAt = {};
        if (fast && timeoutMs > 0 && Clock::now() < until)
            std::this_thread::sleep_until(until);
    }
    if (m_config.isTx() && m_udpReady) {
        // The UDP input is a system socket: wait on it with poll(), then look at SRT without
        // waiting. Input is drained even while the link is down, so no stale data piles up.
        pollfd input{m_udpIn.fd(), POLLIN, 0};
        const int ready = ::poll(&input, 1, timeoutMs);
        if (ready > 0)
            drainUdp();
        handleSrtEvents(0);
        return;
    }
    handleSrtEvents(timeoutMs);
}

void RelayWorker::Impl::handleSrtEvents(int timeoutMs)
{
    SRT_EPOLL_EVENT events[4];
    const int count = srt_epoll_uwait(m_eid, events, 4, timeoutMs);
    if (count < 0) {
        if (srt_getlasterror(nullptr) != SRT_ETIMEOUT && timeoutMs > 0)
            std::this_thread::sleep_for(milliseconds(timeoutMs)); // never spin on an epoll error
        return;
    }
    for (int i = 0; i < std::min(count, 4); ++i) {
        const SRTSOCKET socket = events[i].fd;
        if (socket == m_listener && m_listener != SRT_INVALID_SOCK) {
            acceptPending();
        } else if (socket == m_link && m_link != SRT_INVALID_SOCK) {
            if (m_config.isRx() && (events[i].events & SRT_EPOLL_IN))
                drainSrt();
            if (m_link != SRT_INVALID_SOCK && (events[i].events & SRT_EPOLL_ERR))
                checkLink();
        }
        // A connecting socket is looked at after every wait anyway (checkConnecting).
    }
}

void RelayWorker::Impl::drainUdp()
{
    for (int i = 0; i < kBurst; ++i) {
        const long length = m_udpIn.read(m_buffer.get(), kBufferBytes);
        if (length <= 0)
            return;
        if (m_config.transType == TransType::Live && length > m_payloadLimit) {
            // Never cut a datagram: a partial MPEG-TS packet is worse than a missing one.
            {
                std::lock_guard lock(m_mutex);
                ++m_stats.oversizedDatagrams;
            }
            ++m_oversizedSinceLog;
            const auto now = Clock::now();
            if (elapsedMs(m_lastOversizeLog, now) >= kLogEveryMs) {
                qCWarning(lcEngine).noquote()
                    << QStringLiteral("service %1: %2 UDP datagram(s) larger than the SRT payload size of %3 bytes "
                                      "were not sent (last one %4 bytes); send at most %3 bytes per datagram "
                                      "(7 MPEG-TS packets = 1316)")
                           .arg(m_config.serviceName)
                           .arg(m_oversizedSinceLog)
                           .arg(m_payloadLimit)
                           .arg(length);
                m_lastOversizeLog = now;
                m_oversizedSinceLog = 0;
            }
            continue;
        }
        if (m_link == SRT_INVALID_SOCK)
            continue; // link down: discard
        if (m_relayedAt == Clock::time_point{})
            m_relayedAt = Clock::now();
        if (srt_sendmsg2(m_link, m_buffer.get(), int(length), nullptr) == SRT_ERROR) {
            const int error = srt_getlasterror(nullptr);
            if (error == SRT_EASYNCSND) {
                ++m_sendErrorsSinceLog;
                const auto now = Clock::now();
                if (elapsedMs(m_lastSendErrorLog, now) >= kLogEveryMs) {
                    qCWarning(lcEngine).noquote()
                        << QStringLiteral("service %1: %2 datagram(s) dropped: SRT send buffer full (input faster "
                                          "than the link)")
                               .arg(m_config.serviceName)
                               .arg(m_sendErrorsSinceLog);
                    m_lastSendErrorLog = now;
                    m_sendErrorsSinceLog = 0;
                }
                continue;
            }
            checkLink();
            return;
        }
    }
}

void RelayWorker::Impl::drainSrt()
{
    // Live messages (at most SRTO_PAYLOADSIZE bytes) are gathered in slots of m_outBatch and
    // leave in one sendmmsg() per batch; file-mode messages, which can be bigger, one by one.
    const bool batched = m_config.transType == TransType::Live;
    if (batched && !m_outBatch)
        m_outBatch.reset(new char[std::size_t(kOutBatch) * kOutSlot]); // not zeroed, as m_buffer
    int pending = 0;
    for (int i = 0; i < kBurst && m_link != SRT_INVALID_SOCK; ++i) {
        char *into = batched ? m_outBatch.get() + std::size_t(pending) * kOutSlot : m_buffer.get();
        const int length = srt_recvmsg(m_link, into, batched ? int(kOutSlot) : int(kBufferBytes));
        if (length == SRT_ERROR) {
            flushOutput(pending);
            pending = 0;
            if (srt_getlasterror(nullptr) != SRT_EASYNCRCV)
                checkLink();
            return;
        }
        if (m_relayedAt == Clock::time_point{})
            m_relayedAt = Clock::now();
        if (length <= 0)
            continue;
        if (!batched) {
            if (!m_udpOut.send(into, std::size_t(length)))
                outputFailed(errno);
            continue;
        }
        m_outLengths[pending++] = std::size_t(length);
        if (pending == kOutBatch) {
            flushOutput(pending);
            pending = 0;
        }
    }
    flushOutput(pending);
}

void RelayWorker::Impl::flushOutput(int count)
{
    int done = 0;
    while (done < count) {
        done += m_udpOut.sendBatch(m_outBatch.get() + std::size_t(done) * kOutSlot, kOutSlot, m_outLengths + done,
                                   count - done);
        if (done < count) {
            outputFailed(errno); // that datagram is lost; the others are tried again
            ++done;
        }
    }
}

void RelayWorker::Impl::outputFailed(int sendError)
{
    ++m_sendErrorsSinceLog;
    const auto now = Clock::now();
    if (elapsedMs(m_lastSendErrorLog, now) >= kLogEveryMs) {
        qCWarning(lcEngine).noquote() << QStringLiteral("service %1: %2 UDP datagram(s) to %3 not sent: %4")
                                             .arg(m_config.serviceName)
                                             .arg(m_sendErrorsSinceLog)
                                             .arg(m_config.udpAddress, QString::fromLocal8Bit(std::strerror(sendError)));
        m_lastSendErrorLog = now;
        m_sendErrorsSinceLog = 0;
    }
}

void RelayWorker::Impl::acceptPending()
{
    // One per wake-up: the listener stays readable while more are pending (level-triggered),
    // and a second srt_accept() with nothing pending makes libsrt log an error.
    sockaddr_storage address{};
    int length = sizeof address;
    const SRTSOCKET socket = srt_accept(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    if (socket == SRT_INVALID_SOCK)
        return;
    const QString peer = addressText(reinterpret_cast<const sockaddr *>(&address));
    if (m_link != SRT_INVALID_SOCK) {
        // Slipped past listenHook while the first link was being accepted: one peer at a time.
        qCWarning(lcEngine).noquote() << "service" << m_config.serviceName << "refused a second peer" << peer
                                      << "; it keeps" << m_linkPeer;
        srt_close(socket);
        return;
    }
    linkUp(socket, peer);
}

int RelayWorker::Impl::listenHook(void *opaque, SRTSOCKET socket, int /*handshakeVersion*/, const sockaddr *peer,
                                  const char * /*streamId*/)
{
    auto *self = static_cast<Impl *>(opaque);
    const LogServiceScope scope(self->m_config.id); // on libsrt's receiving thread
    if (!self->m_peerBusy.load() || self->m_group.isGroupMember(socket))
        return 0; // a further path of a group joins it
    qCWarning(lcEngine).noquote() << "service" << self->m_config.serviceName << "refused caller"
                                  << addressText(peer) << "(it already has a peer)";
    srt_setrejectreason(socket, SRT_REJX_CONFLICT);
    return -1;
}

void RelayWorker::Impl::checkConnecting(Clock::time_point now)
{
    const SRT_SOCKSTATUS status = m_group.state(m_connecting);
    if (status == SRTS_CONNECTED) {
        const SRTSOCKET socket = m_connecting;
        m_connecting = SRT_INVALID_SOCK;
        linkUp(socket, m_linkPeer);
        return;
    }
    const bool pending = status == SRTS_CONNECTING || status == SRTS_OPENED || status == SRTS_INIT;
    const int allowedMs = SrtSocketOptions::kConnectTimeoutMs * (m_config.mode == SrtMode::Rendezvous ? 10 : 1)
                          + kConnectGraceMs;
    if (pending && elapsedMs(m_connectStarted, now) < allowedMs)
        return;
    const int reason = pending ? int(SRT_REJ_TIMEOUT) : m_group.rejectReason(m_connecting);
    const QString text = SrtSocketOptions::rejectReasonText(reason);
    closeSocket(m_connecting);
    const QString message = reason == SRT_REJ_TIMEOUT ? tr("Connection to %1 failed: %2").arg(m_linkPeer, text)
                                                      : tr("Connection to %1 rejected: %2").arg(m_linkPeer, text);
    connectFailed(message);
}

void RelayWorker::Impl::connectFailed(const QString &message)
{
    // The same failure every few seconds is worth one warning, not hundreds.
    if (message != m_lastLoggedFailure)
        qCWarning(lcEngine).noquote() << "service" << m_config.serviceName << message;
    else
        qCDebug(lcEngine).noquote() << "service" << m_config.serviceName << message;
    m_lastLoggedFailure = message;
    changeState(LinkState::Disconnected, message);
    retrySrtLater();
}

void RelayWorker::Impl::retrySrtLater()
{
    m_nextSrtAttempt = Clock::now() + milliseconds(m_srtBackoff.nextDelayMs());
}

void RelayWorker::Impl::checkLink()
{
    const SRT_SOCKSTATUS status = m_group.state(m_link);
    if (status == SRTS_CONNECTED) {
        m_group.maintain(m_link);
        return;
    }
    linkDown(tr("Link with %1 lost: the peer closed it or stopped answering.").arg(m_linkPeer));
}

void RelayWorker::Impl::linkUp(SRTSOCKET socket, const QString &peer)
{
    m_link = socket;
    m_linkPeer = peer;
    m_group.linkUp(socket);
    const int events = m_config.isRx() ? (SRT_EPOLL_IN | SRT_EPOLL_ERR) : SRT_EPOLL_ERR;
    // A caller's socket is already subscribed (for OUT while connecting): update replaces it.
    srt_epoll_update_usock(m_eid, socket, &events);
    if (m_config.mode == SrtMode::Listener)
        m_peerBusy = true;
    ++m_links;
    m_srtBackoff.reset();
    m_lastLoggedFailure.clear();
    m_nextStats = Clock::now() + milliseconds(std::max(50, m_statsIntervalMs.load()));
    {
        std::lock_guard lock(m_mutex);
        const QString linkId = m_stats.linkId;
        const qint64 oversized = m_stats.oversizedDatagrams;
        m_stats = LinkStats{};
        m_stats.linkId = linkId;
        m_stats.oversizedDatagrams = oversized;
        m_stats.linkMaxBandwidth = double(m_config.srtBw) / 1000.0;
        m_stats.reconnections = std::max(0, m_links.load() - 1);
        m_stats.peer = peer;
    }
    m_rttMeasured = false;
    const int links = m_links.load();
    qCInfo(lcEngine).noquote() << "service" << m_config.serviceName << "connected with" << peer
                               << (links > 1 ? QStringLiteral("(reconnection %1)").arg(links - 1) : QString());
    changeState(LinkState::Connected, QString());
}

void RelayWorker::Impl::linkDown(const QString &why)
{
    sampleStatistics(); // the last totals of this link stay visible until the next one
    closeSocket(m_link);
    m_peerBusy = false;
    {
        std::lock_guard lock(m_mutex);
        m_stats.mbitRate = 0;
        m_stats.linkRtt = 0;
        m_stats.rttMeasured = false;
        m_stats.linkBandwidth = 0;
        m_stats.peer.clear();
    }
    qCWarning(lcEngine).noquote() << "service" << m_config.serviceName << why;
    if (m_config.mode == SrtMode::Listener) {
        changeState(LinkState::Waiting, why);
    } else {
        changeState(LinkState::Disconnected, why);
        retrySrtLater();
    }
}

void RelayWorker::Impl::sampleStatistics()
{
    if (m_link == SRT_INVALID_SOCK)
        return;
    SRT_TRACEBSTATS perf{};
    if (!m_group.bistats(m_link, &perf)) // a group: combined from its members
        return;
    noteRttMeasurement(perf);
    std::lock_guard lock(m_mutex);
    LinkStats &s = m_stats;
    s.rttMeasured = m_rttMeasured;
    s.linkRtt = m_rttMeasured ? perf.msRTT : 0.0;
    s.linkBandwidth = perf.mbpsBandwidth;
    s.linkMaxBandwidth = double(m_config.srtBw) / 1000.0;
    if (m_config.isRx()) {
        s.packets = perf.pktRecvTotal;
        s.packetsUnique = perf.pktRecvUniqueTotal;
        s.packetsLost = perf.pktRcvLossTotal;
        s.packetsDropped = perf.pktRcvDropTotal;
        // 1.5.1 has no *Total for these two; never cleared (clear=0), they are totals.
        s.packetsRetransmitted = perf.pktRcvRetrans;
        s.packetsBelated = perf.pktRcvBelated;
        s.packetsFilterExtra = perf.pktRcvFilterExtraTotal;
        s.packetsFilterSupply = perf.pktRcvFilterSupplyTotal;
        s.packetsFilterLoss = perf.pktRcvFilterLossTotal;
        s.bytes = qint64(perf.byteRecvTotal);
        s.bytesUnique = qint64(perf.byteRecvUniqueTotal);
        s.bytesLost = qint64(perf.byteRcvLossTotal);
        s.bytesDropped = qint64(perf.byteRcvDropTotal);
        s.mbitRate = perf.mbpsRecvRate;
    } else {
        s.packets = perf.pktSentTotal;
        s.packetsUnique = perf.pktSentUniqueTotal;
        s.packetsLost = perf.pktSndLossTotal;
        s.packetsDropped = perf.pktSndDropTotal;
        s.packetsRetransmitted = perf.pktRetransTotal;
        s.packetsFilterExtra = perf.pktSndFilterExtraTotal;
        s.bytes = qint64(perf.byteSentTotal);
        s.bytesUnique = qint64(perf.byteSentUniqueTotal);
        s.bytesDropped = qint64(perf.byteSndDropTotal);
        s.mbitRate = perf.mbpsSendRate;
    }
    s.lineLoss = s.packets > 0 ? double(s.packetsLost) * 100.0 / double(s.packets) : 0.0;
}

void RelayWorker::Impl::noteRttMeasurement(const SRT_TRACEBSTATS &perf)
{
    // libsrt starts each link at INITIAL_RTT (exactly 100 ms) and keeps reporting it until the
    // first measurement: the receiver's at its first ACKACK, the sender's when an ACK brings
    // the receiver's measured value. No counter says so; libsrt itself tells a measured value
    // from the start value by comparing with INITIAL_RTT (CUDT::processCtrlAck), and an ACK
    // must have crossed this link (an RTT cached from an earlier link to the same address is
    // not this link's). Once measured, it stays measured for the link.
    if (m_rttMeasured)
        return;
    const int acks = m_config.isRx() ? perf.pktSentACKTotal : perf.pktRecvACKTotal;
    m_rttMeasured = acks > 0 && perf.msRTT != kLibsrtInitialRttMs;
}

void RelayWorker::Impl::closeSocket(SRTSOCKET &socket, bool subscribed)
{
    if (socket == SRT_INVALID_SOCK)
        return;
    // Unsubscribe first so that a closing socket can never keep the epoll wait ready; libsrt
    // may already have collected a broken socket (then it is gone from the set too).
    if (subscribed && m_eid >= 0 && m_group.state(socket) != SRTS_NONEXIST)
        srt_epoll_remove_usock(m_eid, socket);
    srt_close(socket);
    socket = SRT_INVALID_SOCK;
}

void RelayWorker::Impl::closeAll()
{
    if (m_link != SRT_INVALID_SOCK)
        sampleStatistics();
    closeSocket(m_link);
    closeSocket(m_connecting);
    closeSocket(m_listener);
    m_peerBusy = false;
}

void RelayWorker::Impl::changeState(LinkState state, const std::optional<QString> &lastError)
{
    bool changed = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stats.state != state) {
            m_stats.state = state;
            changed = true;
        }
        if (lastError && m_stats.lastError != *lastError) {
            m_stats.lastError = *lastError;
            changed = true;
        }
    }
    if (changed)
        notify();
}

void RelayWorker::Impl::notify()
{
    if (m_callback)
        m_callback();
}

// ---------------------------------------------------------------------------------------------

RelayWorker::RelayWorker(const ServiceConfig &config, const SrtRuntime &runtime, StateCallback onStateChange)
    : m_impl(std::make_unique<Impl>(config, runtime, runtime.m_redactor.get(), std::move(onStateChange)))
{}

RelayWorker::~RelayWorker() = default; // Impl's destructor stops the thread

void RelayWorker::start()
{
    m_impl->start();
}

void RelayWorker::stop()
{
    m_impl->stop();
}

LinkStats RelayWorker::snapshot() const
{
    return m_impl->snapshot();
}

const ServiceConfig &RelayWorker::config() const
{
    return m_impl->m_config;
}

void RelayWorker::setEarlierLinks(int links)
{
    m_impl->m_earlierLinks = std::max(0, links);
}

int RelayWorker::links() const
{
    return m_impl->m_links.load();
}

void RelayWorker::setStatsIntervalMs(int msecs)
{
    m_impl->m_statsIntervalMs = std::max(50, msecs);
}

} // namespace srtdesk
