// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"
#include "core/model/ServiceStatus.h"

#include <QKeySequence>
#include <QList>
#include <QString>

#include <array>

class QAction;
class QWidget;

namespace srtdesk {

// Every command of the main window as a QAction: name, icon, shortcut, text and tip in one
// table, and which of them apply to the current selection. What an action does is connected
// by the window; where it appears is WindowMenus' business.
class WindowActions final
{
public:
    enum Id {
        AddRx,
        AddTx,
        Edit,
        Duplicate,
        Delete,
        Start,
        Stop,
        Restart,
        StartAll,
        StopAll,
        Import,
        Export,
        Settings,
        Quit,
        Find,
        ShowOverview,
        ShowRx,
        ShowTx,
        ShowTiles,
        ShowAlarms,
        About,
        AboutQt,
        Count
    };

    // Creates the actions as children of `window` and adds them to it, so that their
    // shortcuts work wherever the focus is in the window.
    explicit WindowActions(QWidget &window);
    WindowActions(const WindowActions &) = delete;
    WindowActions &operator=(const WindowActions &) = delete;

    QAction *get(Id id) const { return m_actions.at(std::size_t(id)); }
    QAction *add(ServiceKind kind) const { return get(kind == ServiceKind::Rx ? AddRx : AddTx); }

    void retranslate();
    // Enables the commands that apply: to the services `selected`, to the current one
    // (`oneCurrent`), to any service at all (`anyService`).
    void updateEnabled(const QList<ServiceStatus> &selected, bool oneCurrent, bool anyService);

private:
    struct Spec
    {
        Id id;
        const char *name; // objectName, also what tests look actions up by
        const char *icon; // nullptr: none
        QKeySequence shortcut;
        QString text;
        QString tip;
    };
    static QList<Spec> specs();

    std::array<QAction *, Count> m_actions{};
};

} // namespace srtdesk
