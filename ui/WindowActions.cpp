// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WindowActions.h"

#include "ui/UiIcons.h"
#include "ui/WindowText.h"

#include <QAction>
#include <QWidget>

namespace srtdesk {

QList<WindowActions::Spec> WindowActions::specs()
{
    const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
    return {
        {AddRx, "addRx", "add-rx", ctrl(Qt::Key_R),
         WindowText::tr("Add &RX…"), WindowText::tr("Add a receiver: SRT in, UDP out")},
        {AddTx, "addTx", "add-tx", ctrl(Qt::Key_T),
         WindowText::tr("Add &TX…"), WindowText::tr("Add a transmitter: UDP in, SRT out")},
        {Edit, "edit", "edit", QKeySequence(Qt::Key_F2),
         WindowText::tr("&Edit…"), WindowText::tr("Change the selected service's parameters")},
        {Duplicate, "duplicate", "duplicate", ctrl(Qt::Key_D),
         WindowText::tr("D&uplicate…"), WindowText::tr("Create a new service from a copy of the selected one")},
        {Delete, "delete", "delete", QKeySequence::Delete,
         WindowText::tr("&Delete"), WindowText::tr("Delete the selected services")},
        {Start, "start", "start", QKeySequence(Qt::Key_F5),
         WindowText::tr("&Start"), WindowText::tr("Start the selected services")},
        {Stop, "stop", "stop", QKeySequence(Qt::Key_F6),
         WindowText::tr("St&op"), WindowText::tr("Stop the selected services")},
        {Restart, "restart", "restart", QKeySequence(Qt::Key_F7),
         WindowText::tr("Res&tart"), WindowText::tr("Stop and start again the selected services")},
        {StartAll, "startAll", "start-all", ctrl(Qt::Key_F5),
         WindowText::tr("Start &all"), WindowText::tr("Start every RX and TX service")},
        {StopAll, "stopAll", "stop-all", ctrl(Qt::Key_F6),
         WindowText::tr("Stop a&ll"), WindowText::tr("Stop every RX and TX service")},
        {Import, "import", nullptr, ctrl(Qt::Key_I),
         WindowText::tr("&Import services…"), WindowText::tr("Add services from a JSON file (SRT Desk or the original system)")},
        {Export, "export", nullptr, ctrl(Qt::Key_E),
         WindowText::tr("&Export services…"), WindowText::tr("Save every service to a JSON file in the original API's shape")},
        {Settings, "settings", nullptr, ctrl(Qt::Key_Comma),
         WindowText::tr("Se&ttings…"), WindowText::tr("Statistics, start-up, language, REST API")},
        {Quit, "quit", nullptr, QKeySequence::Quit,
         WindowText::tr("&Quit"), WindowText::tr("Stop every link and quit")},
        {Find, "find", nullptr, QKeySequence::Find,
         WindowText::tr("&Filter by name"), WindowText::tr("Show only services whose name contains a text")},
        {ShowOverview, "showOverview", nullptr, QKeySequence(Qt::ALT | Qt::Key_1),
         WindowText::tr("&Overview"), WindowText::tr("Show every service, RX and TX, in one view")},
        {ShowRx, "showRx", nullptr, QKeySequence(Qt::ALT | Qt::Key_2),
         WindowText::tr("&RX services"), WindowText::tr("Show the RX table")},
        {ShowTx, "showTx", nullptr, QKeySequence(Qt::ALT | Qt::Key_3),
         WindowText::tr("&TX services"), WindowText::tr("Show the TX table")},
        {ShowTiles, "showTiles", nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         WindowText::tr("Overview as t&iles"), WindowText::tr("Show the overview as one tile per service")},
        {ShowAlarms, "showAlarms", nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         WindowText::tr("Show &alarms"), WindowText::tr("Open the alarms: active ones to acknowledge, and their history")},
        {About, "about", nullptr, QKeySequence(),
         WindowText::tr("&About SRT Desk"), WindowText::tr("Version and libraries")},
        {AboutQt, "aboutQt", nullptr, QKeySequence(),
         WindowText::tr("About &Qt"), WindowText::tr("Qt's version and licence")},
    };
}

WindowActions::WindowActions(QWidget &window)
{
    for (const Spec &spec : specs()) {
        auto *action = new QAction(&window);
        action->setObjectName(QLatin1String(spec.name));
        if (spec.icon)
            action->setIcon(UiIcons::icon(spec.icon));
        if (!spec.shortcut.isEmpty())
            action->setShortcut(spec.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        window.addAction(action);
        m_actions.at(std::size_t(spec.id)) = action;
    }
    get(ShowTiles)->setCheckable(true);
    get(Settings)->setMenuRole(QAction::PreferencesRole);
    get(About)->setMenuRole(QAction::AboutRole);
    retranslate();
}

void WindowActions::retranslate()
{
    for (const Spec &spec : specs()) {
        QAction *action = get(spec.id);
        action->setText(spec.text);
        action->setIconText(QString(spec.text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        QString tip = spec.tip;
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
        action->setToolTip(tip);
        action->setStatusTip(spec.tip);
    }
    // The toolbar's labels: shorter than the menu texts.
    get(AddRx)->setIconText(WindowText::tr("Add RX"));
    get(AddTx)->setIconText(WindowText::tr("Add TX"));
}

void WindowActions::updateEnabled(const QList<ServiceStatus> &selected, bool oneCurrent, bool anyService)
{
    bool anyRunning = false;
    bool anyStopped = false;
    for (const ServiceStatus &s : selected)
        (s.running ? anyRunning : anyStopped) = true;
    get(Edit)->setEnabled(oneCurrent);
    get(Duplicate)->setEnabled(oneCurrent);
    get(Delete)->setEnabled(!selected.isEmpty());
    get(Start)->setEnabled(anyStopped);
    get(Stop)->setEnabled(anyRunning);
    get(Restart)->setEnabled(anyRunning);
    get(StartAll)->setEnabled(anyService);
    get(StopAll)->setEnabled(anyService);
    get(Export)->setEnabled(anyService);
}

} // namespace srtdesk
