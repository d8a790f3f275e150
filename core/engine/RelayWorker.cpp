// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RelayWorker.h"

#include "core/engine/IoShard.h"
#include "core/engine/RelayEngine.h"
#include "core/engine/RelayState.h"
#include "core/engine/SecretRedactor.h"
#include "core/engine/ServiceRelay.h"
#include "core/engine/SrtRuntime.h"
#include "core/monitor/PayloadTap.h"

#include <QRandomGenerator>

namespace srtdesk {

namespace {

QString newLinkId()
{
    const quint64 value = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xFFFFFFFFFF);
    return QStringLiteral("%1").arg(value, 10, 16, QLatin1Char('0'));
}

} // namespace

RelayWorker::RelayWorker(const ServiceConfig &config, RelayEngine &engine, StateCallback onStateChange,
                         std::shared_ptr<PayloadTap> tap)
    : m_engine(engine), m_state(std::make_shared<RelayState>(config, std::move(onStateChange), std::move(tap)))
{}

RelayWorker::~RelayWorker()
{
    stop();
}

void RelayWorker::resetStats(bool running)
{
    m_state->update([&](LinkStats &s) {
        LinkStats fresh;
        fresh.lastError = s.lastError; // why it failed stays visible after a stop and at the next start
        if (running) {
            // Running and not connected yet, from the moment start() returns (the relay's
            // first pass on its I/O thread comes a moment later).
            fresh.state = LinkState::Waiting;
            fresh.linkId = newLinkId();
            fresh.linkMaxBandwidth = double(m_state->config().srtBw) / 1000.0;
            fresh.reconnections = std::max(0, m_state->linksEstablished().load() - 1);
        }
        s = fresh;
    });
}

void RelayWorker::start()
{
    if (m_relay)
        return;
    if (m_stopped.valid())
        stop(); // a requested stop completes first
    m_state->linksEstablished() = m_earlierLinks; // a new run: counted from the earlier relays' links
    resetStats(true);
    m_state->notify(); // Waiting from now on
    if (SecretRedactor *redactor = m_engine.runtime().m_redactor.get())
        redactor->add(m_state->config().passPhrase);
    m_shard = &m_engine.assignShard();
    m_relay = std::make_shared<ServiceRelay>(m_state, *m_shard, m_engine.runtime());
    IoShard *shard = m_shard;
    if (!shard->post([shard, relay = m_relay] { shard->addService(relay); })) {
        --shard->load();
        m_relay.reset();
        m_shard = nullptr;
    }
}

void RelayWorker::requestStop()
{
    if (!m_relay || m_stopped.valid())
        return;
    auto done = std::make_shared<std::promise<void>>();
    m_stopped = done->get_future();
    IoShard *shard = m_shard;
    ServiceRelay *relay = m_relay.get();
    if (!shard->post([shard, relay, done] {
            shard->removeService(relay);
            done->set_value();
        })) {
        done->set_value(); // the shard is gone, and the relay with it
    }
}

void RelayWorker::stop()
{
    if (!m_relay)
        return;
    requestStop();
    m_stopped.wait();
    m_stopped = {};
    m_relay.reset(); // the shard dropped its reference: the relay is gone now
    m_shard = nullptr;
    if (SecretRedactor *redactor = m_engine.runtime().m_redactor.get())
        redactor->remove(m_state->config().passPhrase);
    resetStats(false);
}

bool RelayWorker::kick(const QString &peer)
{
    if (!m_relay || m_stopped.valid())
        return false;
    auto done = std::make_shared<std::promise<bool>>();
    std::future<bool> kicked = done->get_future();
    std::weak_ptr<ServiceRelay> weak = m_relay;
    if (!m_shard->post([weak, peer, done] {
            const auto relay = weak.lock();
            done->set_value(relay && relay->kick(peer));
        })) {
        return false;
    }
    return kicked.get();
}

LinkStats RelayWorker::snapshot() const
{
    return m_state->snapshot();
}

const ServiceConfig &RelayWorker::config() const
{
    return m_state->config();
}

void RelayWorker::setEarlierLinks(int links)
{
    m_earlierLinks = std::max(0, links);
}

int RelayWorker::links() const
{
    return m_state->linksEstablished().load();
}

void RelayWorker::setStatsIntervalMs(int msecs)
{
    m_state->setStatsIntervalMs(std::max(50, msecs));
}

int RelayWorker::ioThread() const
{
    return m_shard ? m_shard->index() : -1;
}

} // namespace srtdesk
