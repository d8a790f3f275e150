// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWindowLayout.h"

#include "UiTestSupport.h"
#include "ui/AlarmBadge.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/ChartView.h"
#include "ui/ElidedLabel.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/OverviewModel.h"
#include "ui/OverviewPane.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServiceTablePane.h"
#include "ui/WindowStatusBar.h"

#include <QAction>
#include <QChart>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

// A window with what a small control room has: a pair, a lonely listener, a caller refused
// with a long last error, names longer than a column.
struct Room
{
    explicit Room(Fixture &f)
    {
        ServiceManager &manager = *f.manager;
        const int srtPort = nextLinkPort();
        tx = manager.add(txListener(QStringLiteral("Studio A programme contribution"), srtPort, nextLinkPort())).id;
        rx = manager.add(rxCaller(QStringLiteral("Madrid master control room return"), srtPort, nextLinkPort())).id;
        lonely = manager.add(rxListener(QStringLiteral("Bilbao backup"), nextLinkPort(), nextLinkPort())).id;
        ServiceConfig keyed = rxCaller(QStringLiteral("Sevilla remote with a wrong passphrase"), srtPort, nextLinkPort());
        keyed.passPhrase = QStringLiteral("not the right one at all");
        refused = manager.add(keyed).id;
        for (qint64 id : {tx, rx, lonely, refused})
            manager.start(id);
    }
    qint64 tx = 0;
    qint64 rx = 0;
    qint64 lonely = 0;
    qint64 refused = 0;
};

QString sideways(QTableView *view, const QString &name)
{
    QHeaderView *header = view->horizontalHeader();
    if (!view->horizontalScrollBar()->isVisible() && header->length() <= view->viewport()->width() + 1)
        return {};
    QStringList sections;
    for (int i = 0; i < header->count(); ++i)
        sections.append(QStringLiteral("%1=%2").arg(view->model()->headerData(i, Qt::Horizontal).toString()).arg(header->sectionSize(i)));
    return QStringLiteral("%1: header %2 px in a %3 px viewport (%4)").arg(name).arg(header->length()).arg(view->viewport()->width())
        .arg(sections.join(QStringLiteral(", ")));
}

} // namespace

void TestWindowLayout::fitsAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestWindowLayout::fitsAt1024x700()
{
    QFETCH(QString, language);
    LanguageSwitcher switcher;
    QVERIFY(switcher.apply(language));
    Fixture f;
    Room room(f);
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path(), nullptr, &switcher);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!f.manager->get(room.refused)->stats.lastError.isEmpty(), 10000);
    window.selectService(room.rx);
    QTest::qWait(1200); // a statistics tick, the fitting of the columns

    // Every table shows all its columns inside its width.
    QCOMPARE(sideways(window.overview()->table(), QStringLiteral("overview")), QString());
    window.showTable(ServiceKind::Rx);
    QTest::qWait(50);
    QCOMPARE(sideways(window.view(ServiceKind::Rx), QStringLiteral("RX table")), QString());
    window.showTable(ServiceKind::Tx);
    QTest::qWait(50);
    QCOMPARE(sideways(window.view(ServiceKind::Tx), QStringLiteral("TX table")), QString());
    // The last-error column is on screen, its text in the tooltip.
    QTableView *rxView = window.view(ServiceKind::Rx);
    const QRect errorSection(rxView->horizontalHeader()->sectionViewportPosition(ServiceTableModel::LastErrorColumn), 0,
                             rxView->horizontalHeader()->sectionSize(ServiceTableModel::LastErrorColumn), 1);
    QVERIFY(errorSection.left() < rxView->viewport()->width() && errorSection.width() >= 100);

    // The charts give each time label its room (QtCharts cuts a label to plot width / ticks − 8 px).
    window.showOverview();
    window.selectService(room.rx);
    QTest::qWait(1200);
    for (ChartView *view : window.chartPanel()->views()) {
        QVERIFY(view->isVisible());
        const auto *axis = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        const QString label = view->chart()->locale().toString(axis->max(), axis->format());
        const double room = view->chart()->plotArea().width() / axis->tickCount() - 8;
        const double needed = QFontMetricsF(axis->labelsFont()).horizontalAdvance(label);
        QVERIFY2(needed <= room, qPrintable(QStringLiteral("%1: label \"%2\" needs %3 px, has %4 px with %5 ticks")
                                                 .arg(view->chart()->title(), label)
                                                 .arg(needed)
                                                 .arg(room)
                                                 .arg(axis->tickCount())));
    }

    // The status bar: the alarm badge whole and inside the bar; the summary elided, not the badge.
    WindowStatusBar *bar = window.windowStatusBar();
    AlarmBadge *badge = bar->alarmBadge();
    QTRY_VERIFY_WITH_TIMEOUT(badge->count() >= 1, 15000); // no input on the unfed pair, the refused caller down
    QVERIFY(badge->isVisible());
    QTRY_VERIFY2(badge->width() >= badge->sizeHint().width(), // once the bar has laid out the new text
             qPrintable(QStringLiteral("badge %1 px of %2").arg(badge->width()).arg(badge->sizeHint().width())));
    QVERIFY(bar->rect().contains(badge->geometry()));
    ElidedLabel *summary = bar->summary();
    QVERIFY(summary->geometry().right() < badge->geometry().left());
    if (summary->isElided())
        QCOMPARE(summary->toolTip(), summary->text());
    QVERIFY(switcher.apply(QStringLiteral("en")));
    f.manager->stopAll();
}

void TestWindowLayout::everyActionHasAKeyboardPath()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every menu opens with Alt and a letter; inside, the arrow keys reach every entry. Every
    // action of the window is in a menu or has a shortcut.
    QSet<QAction *> inMenus;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        for (QAction *action : menuAction->menu()->actions())
            inMenus.insert(action);
    }
    for (QAction *action : window.actions()) {
        QVERIFY2(inMenus.contains(action) || !action->shortcut().isEmpty(), qPrintable(action->objectName()));
        if (inMenus.contains(action) && action->shortcut().isEmpty())
            QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
    }
    // The views switch by shortcut.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QVERIFY(window.view(ServiceKind::Tx)->isVisible() || window.findChild<QWidget *>(QStringLiteral("txPane"))->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QVERIFY(window.overview()->isVisible());
    // The widgets an operator works with take the keyboard focus.
    window.chartPanel()->setService(0);
    QList<QWidget *> workedWith{window.overview()->table(), window.windowStatusBar()->alarmBadge()};
    for (ChartView *view : window.chartPanel()->views())
        workedWith.append(view);
    for (QWidget *widget : std::as_const(workedWith))
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, widget->metaObject()->className());
}

void TestWindowLayout::customWidgetsHaveAccessibleNames()
{
    Fixture f;
    Room room(f);
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectService(room.rx);
    QTRY_VERIFY_WITH_TIMEOUT(f.manager->get(room.rx)->stats.state == LinkState::Connected, 15000);
    QTest::qWait(2200);

    AlarmBadge *badge = window.windowStatusBar()->alarmBadge();
    QVERIFY(!badge->accessibleName().isEmpty());
    QVERIFY(badge->accessibleDescription().contains(badge->text()));
    for (ChartView *view : window.chartPanel()->views()) {
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY2(view->accessibleDescription().contains(QLatin1String("Last")), qPrintable(view->accessibleDescription()));
    }
    QVERIFY(!window.overview()->table()->accessibleName().isEmpty());
    QVERIFY(!window.overview()->tiles()->accessibleName().isEmpty());
    // The sparkline in words, and each tile's name for a screen reader.
    const OverviewModel *model = window.overview()->model();
    const QString rate = model->index(model->rowOf(room.rx), OverviewModel::RateColumn).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(rate.contains(QLatin1String("Last")) && rate.contains(QLatin1String("Mbit/s")), qPrintable(rate));
    QCOMPARE(model->index(model->rowOf(room.lonely), OverviewModel::NameColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Bilbao backup"));
    f.manager->stopAll();
}

void TestWindowLayout::tilesShowEveryService()
{
    Fixture f;
    Room room(f);
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *tiles = window.action(QStringLiteral("showTiles"));
    QVERIFY(tiles->isCheckable());
    tiles->trigger();
    QListView *view = window.overview()->tiles();
    QVERIFY(view->isVisible());
    QVERIFY(!window.overview()->table()->isVisible());
    QCOMPARE(view->model()->rowCount(), 4);
    // One selection for table and tiles: selecting a tile selects the service.
    QVERIFY(window.overview()->selectService(room.lonely));
    QCOMPARE(window.currentServiceId(), room.lonely);
    QCOMPARE(window.chartPanel()->service(), room.lonely);
    QVERIFY(settings.overviewAsTiles());
    tiles->trigger();
    QVERIFY(window.overview()->table()->isVisible());
    f.manager->stopAll();
}

void TestWindowLayout::menuKeyOpensTheRowMenuAtTheCurrentRow()
{
    Fixture f;
    const auto a = f.manager->add(rxListener(QStringLiteral("first"), nextLinkPort(), nextLinkPort()));
    const auto b = f.manager->add(txListener(QStringLiteral("second"), nextLinkPort(), nextLinkPort()));
    QVERIFY(a.ok() && b.ok());
    for (ServicePane *pane : QList<ServicePane *>{new OverviewPane(*f.manager), new ServiceTablePane(*f.manager, ServiceKind::Tx)}) {
        std::unique_ptr<ServicePane> owner(pane);
        pane->resize(900, 300);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane));
        QVERIFY(pane->selectService(b.id));
        QSignalSpy menu(pane, &ServicePane::contextMenuRequested);
        auto *view = pane->findChild<QTableView *>();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1), view->mapToGlobal(QPoint(1, 1)));
        QCoreApplication::sendEvent(view, &event);
        QCOMPARE(menu.count(), 1);
        QVERIFY(menu.first().at(1).toBool()); // on a row
        const QRect row = view->visualRect(view->currentIndex());
        QVERIFY(row.contains(view->viewport()->mapFromGlobal(menu.first().at(0).toPoint())));
        QCOMPARE(pane->currentServiceId(), b.id);
    }
}
