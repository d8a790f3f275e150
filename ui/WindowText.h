// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace srtdesk {

// The main window's texts are translated in one context, "srtdesk::MainWindow", although the
// window is made of several classes (panes, actions, menus, status bar, tray, commands): the
// committed translations keep matching whichever class shows a text. lupdate reads the macro
// below and files every WindowText::tr() string under that context.
class WindowText final
{
    Q_DECLARE_TR_FUNCTIONS(srtdesk::MainWindow)

public:
    WindowText() = delete;
};

} // namespace srtdesk
