// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "core/engine/SrtRuntime.h"

namespace srtdesk::uitest {

namespace {
SrtRuntime *g_runtime = nullptr;
}

SrtRuntime &runtime()
{
    Q_ASSERT(g_runtime);
    return *g_runtime;
}

void setRuntime(SrtRuntime *runtime)
{
    g_runtime = runtime;
}

int nextPort()
{
    static int port = 28000;
    return port += 2;
}

int nextLinkPort()
{
    static int port = 21600;
    port += 1;
    if (port > 21999)
        qFatal("the link tests ran out of their port range 21601-21999");
    return port;
}

Fixture::Fixture()
{
    if (!store.open(dir.path()))
        qFatal("cannot open the test store: %s", qPrintable(store.errorString()));
    manager = std::make_unique<ServiceManager>(store, runtime());
    QString error;
    if (!manager->load(&error))
        qFatal("cannot load the test store: %s", qPrintable(error));
    alarms = std::make_unique<AlarmSystem>(*manager, store, dir.path());
}

Fixture::~Fixture()
{
    if (manager)
        manager->stopAll();
    alarms.reset();
    manager.reset();
    store.close();
}

ServiceConfig rxListener(const QString &name, int srtPort, int udpOutPort)
{
    ServiceConfig c = rxCaller(name, srtPort, udpOutPort);
    c.mode = SrtMode::Listener;
    c.peerIp.clear();
    return c;
}

} // namespace srtdesk::uitest
