// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace srtdesk {

class AlarmCenter;
class AppSettings;
struct Alarm;

// Turns each new alarm into a desktop notification (the tray icon shows it), unless the
// operator turned notifications off in Settings.
class AlarmNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmNotifier)

public:
    AlarmNotifier(AlarmCenter &center, const AppSettings &settings, QObject *parent = nullptr);

signals:
    void notificationReady(const QString &title, const QString &message, bool critical);

private:
    void onRaised(const Alarm &alarm);

    const AppSettings &m_settings;
};

} // namespace srtdesk
