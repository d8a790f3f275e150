// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QWidget;

namespace srtdesk {

struct ServiceTally;

// The notification-area icon: a click shows or hides the window, its menu starts or stops
// every service and quits, its tooltip is the summary, and it shows the notifications of new
// alarms (AlarmNotifier). Does nothing on a desktop without a system tray.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // `startAll`, `stopAll` and `quit` are the window's actions, shared with its menus.
    TrayIcon(QWidget &window, QAction *startAll, QAction *stopAll, QAction *quit);

    bool isAvailable() const { return m_icon != nullptr; }
    void showTally(const ServiceTally &tally);
    // The window was closed to the tray.
    void notifyStillRunning();
    void showNotification(const QString &title, const QString &message, bool critical);
    void hide();
    void retranslate();

private:
    void showWindow();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    QWidget &m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace srtdesk
