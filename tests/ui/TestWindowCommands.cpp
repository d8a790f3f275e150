// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWindowCommands.h"

#include "UiTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/BulkOperation.h"
#include "ui/MainWindow.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServiceTablePane.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

// This class's own ports (34500-34999), apart from the rest of the GUI suite's.
int nextCommandPort()
{
    static int port = 34500;
    return port += 2;
}

// Two TX services reading the same UDP port: the second cannot start while the first runs.
// The manager refuses to add such a pair, so it is written to the store (as an older version
// or another tool could have left it) and the manager is loaded again.
struct ConflictingPair
{
    qint64 first = 0;
    qint64 second = 0;
};

ConflictingPair storeConflictingPair(Fixture &f)
{
    f.alarms.reset(); // it follows the manager replaced below
    f.manager.reset();
    const int udpIn = nextCommandPort();
    const auto first = f.store.insert(txListener(QStringLiteral("Feed A"), nextCommandPort(), udpIn), false);
    const auto second = f.store.insert(txListener(QStringLiteral("Feed B"), nextCommandPort(), udpIn), false);
    if (!first || !second)
        qFatal("cannot store the test services: %s", qPrintable(f.store.errorString()));
    f.manager = std::make_unique<ServiceManager>(f.store, runtime());
    QString error;
    if (!f.manager->load(&error))
        qFatal("cannot load the test store: %s", qPrintable(error));
    f.alarms = std::make_unique<AlarmSystem>(*f.manager, f.store, f.dir.path());
    return {*first, *second};
}

// Triggers `action` and returns the text of the modal message box it opens (closing it), or
// an empty string when none opened.
QString messageOf(QAction *action)
{
    QString text;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, &closer, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->done(QMessageBox::Ok);
        }
    });
    closer.start();
    action->trigger();
    return text;
}

} // namespace

void TestWindowCommands::tablePaneSelectsAndFilters()
{
    Fixture f;
    ServiceTablePane pane(*f.manager, ServiceKind::Rx);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.key(), QStringLiteral("rx"));
    auto *hint = pane.findChild<QLabel *>(QStringLiteral("rxHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(!hint->text().isEmpty());

    const auto madrid = f.manager->add(rxCaller(QStringLiteral("Madrid"), nextCommandPort(), nextCommandPort()));
    const auto lisbon = f.manager->add(rxCaller(QStringLiteral("Lisbon"), nextCommandPort(), nextCommandPort()));
    const auto tx = f.manager->add(txListener(QStringLiteral("Feed"), nextCommandPort(), nextCommandPort()));
    QVERIFY(madrid.ok() && lisbon.ok() && tx.ok());
    QVERIFY(!hint->isVisible());
    QVERIFY(pane.view()->isVisible());
    QCOMPARE(pane.model()->rowCount(), 2); // RX only

    QSignalSpy selection(&pane, &ServiceTablePane::selectionChanged);
    QVERIFY(pane.selectService(lisbon.id));
    QVERIFY(!selection.isEmpty());
    QCOMPARE(pane.currentServiceId(), lisbon.id);
    QVERIFY(!pane.selectService(tx.id)); // another kind's
    pane.view()->selectAll();
    QCOMPARE(pane.selectedServiceIds(), (QList<qint64>{madrid.id, lisbon.id}));

    pane.setNameFilter(QStringLiteral("mad"));
    QCOMPARE(pane.view()->model()->rowCount(), 1);
    QVERIFY(!pane.selectService(lisbon.id)); // filtered out
    QVERIFY(pane.selectService(madrid.id));
    QCOMPARE(pane.selectedServiceIds(), QList<qint64>{madrid.id});

    QVERIFY(f.manager->remove(madrid.id).ok());
    QVERIFY(f.manager->remove(lisbon.id).ok());
    QVERIFY(hint->isVisible());
}

void TestWindowCommands::bulkOperationNamesFailuresAndSkipsOthers()
{
    Fixture f;
    const ConflictingPair pair = storeConflictingPair(f);
    QVERIFY(f.manager->start(pair.first).ok());

    // The running one is left alone; the stopped one fails, named, with the manager's reason.
    const BulkOperation start(*f.manager, &ServiceManager::start, BulkOperation::Applies::ToStopped,
                              QStringLiteral("Start services"));
    const QStringList failures = start.run({pair.first, pair.second, 999999});
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().startsWith(QLatin1String("Feed B: ")), qPrintable(failures.first()));
    QVERIFY2(failures.first().contains(QLatin1String("Feed A")), qPrintable(failures.first()));
    QVERIFY(f.manager->get(pair.first)->running);
    QVERIFY(!f.manager->get(pair.second)->running);

    // Restart applies to running services only: the stopped one is not started by it.
    const BulkOperation restart(*f.manager, &ServiceManager::restart, BulkOperation::Applies::ToRunning,
                                QStringLiteral("Restart services"));
    QVERIFY(restart.run({pair.first, pair.second}).isEmpty());
    QVERIFY(f.manager->get(pair.first)->running);
    QVERIFY(!f.manager->get(pair.second)->running);

    const BulkOperation stop(*f.manager, &ServiceManager::stop, BulkOperation::Applies::ToEvery,
                             QStringLiteral("Stop services"));
    QVERIFY(stop.run({pair.first, pair.second}).isEmpty());
    QVERIFY(!f.manager->get(pair.first)->running);
}

void TestWindowCommands::startOnSelectionReportsFailures()
{
    Fixture f;
    const ConflictingPair pair = storeConflictingPair(f);
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.showTable(ServiceKind::Tx);
    window.selectService(pair.first);
    window.view(ServiceKind::Tx)->selectAll();
    QCOMPARE(window.selectedServiceIds(), (QList<qint64>{pair.first, pair.second}));
    const QString message = messageOf(window.action(QStringLiteral("start")));
    QVERIFY2(message.startsWith(QLatin1String("Feed B: ")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("\n"))); // Feed A started: only one failure
    QVERIFY(f.manager->get(pair.first)->running);
    QVERIFY(!f.manager->get(pair.second)->running);
    QVERIFY(window.action(QStringLiteral("stop"))->isEnabled());

    QCOMPARE(messageOf(window.action(QStringLiteral("stop"))), QString());
    QVERIFY(!f.manager->get(pair.first)->running);
}

void TestWindowCommands::startAllReportsFailures()
{
    Fixture f;
    const ConflictingPair pair = storeConflictingPair(f);
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.action(QStringLiteral("startAll"))->isEnabled());

    // Nothing selected: start all still reaches both, in id order; the second one's failure is reported.
    const QString message = messageOf(window.action(QStringLiteral("startAll")));
    QVERIFY2(message.startsWith(QLatin1String("Feed B: ")), qPrintable(message));
    QVERIFY(f.manager->get(pair.first)->running);
    QVERIFY(!f.manager->get(pair.second)->running);
    f.manager->stopAll();
}
