// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/common/LoopbackServices.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/model/ServiceConfig.h"
#include "core/store/ServiceStore.h"

#include <QTemporaryDir>

#include <memory>

namespace srtdesk {

class SrtRuntime;

namespace uitest {

// The process's one SrtRuntime (created by main()).
SrtRuntime &runtime();
void setRuntime(SrtRuntime *runtime);

// Ports of the GUI suite: 28000-28999, apart from the other suites' ranges.
int nextPort();
// Ports of the overview, live-signal, link-defect and layout tests: 21601-21999 (21000-21599
// are the 1 000-service overview test's).
int nextLinkPort();

// A ServiceManager over a real store in a temporary data directory, with its AlarmSystem
// (real history file beside the store).
struct Fixture
{
    Fixture();
    ~Fixture();
    QTemporaryDir dir;
    ServiceStore store;
    std::unique_ptr<ServiceManager> manager;
    std::unique_ptr<AlarmSystem> alarms;
    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.ini")); }
};

using srtdesk::testing::rxCaller;
using srtdesk::testing::txListener;
ServiceConfig rxListener(const QString &name, int srtPort, int udpOutPort);

} // namespace uitest
} // namespace srtdesk
