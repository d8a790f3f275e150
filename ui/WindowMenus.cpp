// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WindowMenus.h"

#include "ui/WindowActions.h"
#include "ui/WindowText.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <initializer_list>

namespace srtdesk {

namespace {

using Group = std::initializer_list<WindowActions::Id>;

// Adds the groups of actions in order, a separator between two groups.
template <class MenuOrToolBar>
void addGroups(MenuOrToolBar *to, const WindowActions &actions, std::initializer_list<Group> groups)
{
    bool first = true;
    for (const Group &group : groups) {
        if (!first)
            to->addSeparator();
        first = false;
        for (WindowActions::Id id : group)
            to->addAction(actions.get(id));
    }
}

} // namespace

WindowMenus::WindowMenus(QMainWindow &window, const WindowActions &actions)
    : m_window(window)
    , m_actions(actions)
{
    createMenus();
    createToolBar();
    retranslate();
}

void WindowMenus::createMenus()
{
    using A = WindowActions;
    QMenuBar *bar = m_window.menuBar();
    m_fileMenu = bar->addMenu(QString());
    addGroups(m_fileMenu, m_actions, {{A::Import, A::Export}, {A::Settings}, {A::Quit}});
    m_serviceMenu = bar->addMenu(QString());
    addGroups(m_serviceMenu, m_actions,
              {{A::AddRx, A::AddTx}, {A::Edit, A::Duplicate, A::Delete}, {A::Start, A::Stop, A::Restart},
               {A::StartAll, A::StopAll}});
    m_viewMenu = bar->addMenu(QString());
    addGroups(m_viewMenu, m_actions, {{A::ShowOverview, A::ShowRx, A::ShowTx, A::Find}, {A::ShowTiles}, {A::ShowAlarms}});
    m_viewMenu->addSeparator(); // the docks' toggles follow
    m_helpMenu = bar->addMenu(QString());
    addGroups(m_helpMenu, m_actions, {{A::About, A::AboutQt}});
}

void WindowMenus::createToolBar()
{
    using A = WindowActions;
    m_toolBar = m_window.addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    addGroups(m_toolBar, m_actions,
              {{A::AddRx, A::AddTx}, {A::Edit, A::Duplicate, A::Delete}, {A::Start, A::Stop, A::Restart},
               {A::StartAll, A::StopAll}});
}

void WindowMenus::addPanelToggle(QAction *toggle)
{
    m_viewMenu->addAction(toggle);
}

void WindowMenus::execRowMenu(const QPoint &globalPos, bool onRow, std::optional<ServiceKind> kind) const
{
    using A = WindowActions;
    QMenu menu(&m_window);
    if (onRow) {
        addGroups(&menu, m_actions, {{A::Edit, A::Duplicate}, {A::Start, A::Stop, A::Restart}, {A::Delete}});
        menu.addSeparator();
    }
    if (kind) {
        menu.addAction(m_actions.add(*kind));
    } else {
        menu.addAction(m_actions.get(A::AddRx));
        menu.addAction(m_actions.get(A::AddTx));
    }
    menu.exec(globalPos);
}

void WindowMenus::retranslate()
{
    m_fileMenu->setTitle(WindowText::tr("&File"));
    m_serviceMenu->setTitle(WindowText::tr("&Service"));
    m_viewMenu->setTitle(WindowText::tr("&View"));
    m_helpMenu->setTitle(WindowText::tr("&Help"));
    m_toolBar->setWindowTitle(WindowText::tr("Services toolbar"));
}

} // namespace srtdesk
