// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayIcon.h"

#include "ui/ServiceTally.h"
#include "ui/UiIcons.h"
#include "ui/WindowText.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace srtdesk {

TrayIcon::TrayIcon(QWidget &window, QAction *startAll, QAction *stopAll, QAction *quit)
    : QObject(&window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(UiIcons::appIcon(), this);
    m_menu = new QMenu(&window);
    m_show = m_menu->addAction(QString());
    connect(m_show, &QAction::triggered, this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    m_menu->addAction(startAll);
    m_menu->addAction(stopAll);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    connect(m_quit, &QAction::triggered, quit, &QAction::trigger);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    retranslate();
    m_icon->show();
}

void TrayIcon::showWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason != QSystemTrayIcon::Trigger)
        return;
    if (m_window.isVisible() && !m_window.isMinimized())
        m_window.hide();
    else
        showWindow();
}

void TrayIcon::showTally(const ServiceTally &tally)
{
    if (m_icon)
        m_icon->setToolTip(WindowText::tr("SRT Desk") + QLatin1Char('\n') + tally.summaryText());
}

void TrayIcon::showNotification(const QString &title, const QString &message, bool critical)
{
    if (m_icon)
        m_icon->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void TrayIcon::notifyStillRunning()
{
    if (!m_icon)
        return;
    m_icon->showMessage(WindowText::tr("SRT Desk keeps running"),
                        WindowText::tr("The services go on in the background. Use the tray icon to show the window or quit."));
}

void TrayIcon::hide()
{
    if (m_icon)
        m_icon->hide();
}

void TrayIcon::retranslate()
{
    if (!m_icon)
        return;
    m_show->setText(WindowText::tr("Show SRT Desk"));
    m_quit->setText(WindowText::tr("Quit"));
}

} // namespace srtdesk
