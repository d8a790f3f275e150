// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QPoint;
class QToolBar;

namespace srtdesk {

class WindowActions;

// Where the window's actions appear: the menu bar, the toolbar and a table's context menu.
class WindowMenus final
{
public:
    WindowMenus(QMainWindow &window, const WindowActions &actions);
    WindowMenus(const WindowMenus &) = delete;
    WindowMenus &operator=(const WindowMenus &) = delete;

    // Lists a dock (its show/hide action) in the View menu.
    void addPanelToggle(QAction *toggle);
    // The context menu of a view of `kind` (nullopt: both kinds); `onRow`: the click was on a
    // (now selected) row.
    void execRowMenu(const QPoint &globalPos, bool onRow, std::optional<ServiceKind> kind) const;
    void retranslate();

private:
    void createMenus();
    void createToolBar();

    QMainWindow &m_window;
    const WindowActions &m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_serviceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace srtdesk
