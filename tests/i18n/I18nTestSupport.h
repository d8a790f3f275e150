// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/store/ServiceStore.h"

#include <QTemporaryDir>

#include <memory>

namespace srtdesk {

class SrtRuntime;

namespace i18ntest {

// The process's one SrtRuntime (created by main()).
SrtRuntime &runtime();
void setRuntime(SrtRuntime *runtime);

// A ServiceManager over a real store in a temporary data directory.
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

} // namespace i18ntest
} // namespace srtdesk
