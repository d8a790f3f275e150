// SPDX-License-Identifier: GPL-3.0-or-later
#include "I18nTestSupport.h"

#include "core/engine/SrtRuntime.h"

namespace srtdesk::i18ntest {

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

} // namespace srtdesk::i18ntest
