// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestOverviewModel.h"

#include "UiTestSupport.h"
#include "ui/OverviewModel.h"
#include "ui/ServiceTableModel.h"
#include "ui/SparklineDelegate.h"
#include "ui/UiIcons.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

QString cell(const OverviewModel &model, qint64 id, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), column).data(role).toString();
}

QList<qint64> rowOrder(const OverviewModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

// Milliseconds of `work`, the median of `rounds` runs.
double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

void TestOverviewModel::passesModelTesterThroughChanges()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    OverviewModel model(manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const int txPort = nextLinkPort();
    const auto tx = manager.add(txListener(QStringLiteral("Studio"), txPort, nextLinkPort()));
    const auto other = manager.add(rxListener(QStringLiteral("Other"), nextLinkPort(), nextLinkPort()));
    const auto rx = manager.add(rxCaller(QStringLiteral("Studio return"), txPort, nextLinkPort()));
    QVERIFY(tx.ok() && other.ok() && rx.ok());
    QCOMPARE(model.rowCount(), 3);

    QVERIFY(manager.start(other.id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, other.id, OverviewModel::StateColumn), QStringLiteral("Waiting"), 5000);
    ServiceConfig renamed = *manager.config(tx.id);
    renamed.serviceName = QStringLiteral("Studio A");
    QVERIFY(manager.update(tx.id, renamed).ok());
    QCOMPARE(cell(model, tx.id, OverviewModel::NameColumn), QStringLiteral("Studio A"));
    QVERIFY(manager.stop(other.id).ok());
    QVERIFY(manager.remove(other.id).ok());
    QCOMPARE(model.rowCount(), 2);

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ForegroundRole), int(Qt::ToolTipRole),
                             int(Qt::AccessibleTextRole), int(OverviewModel::SortRole), int(OverviewModel::LevelRole),
                             int(OverviewModel::SparklineRole), int(OverviewModel::ServiceIdRole)})
                index.data(role);
        }
    }
    QCOMPARE(reset.count(), 0);
}

void TestOverviewModel::pairsStayAdjacentThroughEdits()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    // Created in an order that separates the two ends of the pair.
    const int txPort = nextLinkPort();
    const auto rx = manager.add(rxCaller(QStringLiteral("Madrid"), txPort, nextLinkPort()));
    const auto lone = manager.add(rxListener(QStringLiteral("Bilbao"), nextLinkPort(), nextLinkPort()));
    const auto tx = manager.add(txListener(QStringLiteral("Studio"), txPort, nextLinkPort()));
    QVERIFY(rx.ok() && lone.ok() && tx.ok());

    OverviewModel model(manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The TX first, the RX it feeds right after it, with an arrow and the reason in its tooltip.
    QCOMPARE(rowOrder(model), (QList<qint64>{tx.id, rx.id, lone.id}));
    QCOMPARE(cell(model, rx.id, OverviewModel::NameColumn), QStringLiteral("↳ Madrid"));
    const QString tip = cell(model, rx.id, OverviewModel::NameColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("“Studio”")), qPrintable(tip.split(QLatin1Char('\n')).join(QLatin1String(" / "))));
    QCOMPARE(model.index(model.rowOf(rx.id), 0).data(OverviewModel::GroupRole).toLongLong(),
             model.index(model.rowOf(tx.id), 0).data(OverviewModel::GroupRole).toLongLong());
    // Sorting and filtering see the name without the arrow.
    QCOMPARE(cell(model, rx.id, OverviewModel::NameColumn, OverviewModel::SortRole), QStringLiteral("Madrid"));

    // The RX now calls elsewhere: the pair breaks, rows move (no reset), a held index follows.
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex held(model.index(model.rowOf(rx.id), OverviewModel::PeerColumn));
    ServiceConfig elsewhere = *manager.config(rx.id);
    elsewhere.listenPort = nextLinkPort();
    QVERIFY(manager.update(rx.id, elsewhere).ok());
    QCOMPARE(rowOrder(model), (QList<qint64>{rx.id, lone.id, tx.id}));
    QCOMPARE(cell(model, rx.id, OverviewModel::NameColumn), QStringLiteral("Madrid"));
    QVERIFY(held.isValid());
    QCOMPARE(held.data(OverviewModel::ServiceIdRole).toLongLong(), rx.id);
    QCOMPARE(layout.count(), 1);

    // And back: together again.
    elsewhere.listenPort = txPort;
    QVERIFY(manager.update(rx.id, elsewhere).ok());
    QCOMPARE(rowOrder(model), (QList<qint64>{tx.id, rx.id, lone.id}));
    QCOMPARE(held.data(OverviewModel::ServiceIdRole).toLongLong(), rx.id);

    // A new service joins its pair where it belongs.
    const auto second = manager.add(rxCaller(QStringLiteral("Sevilla"), txPort, nextLinkPort()));
    QVERIFY(second.ok());
    QCOMPARE(rowOrder(model), (QList<qint64>{tx.id, rx.id, second.id, lone.id}));
    QCOMPARE(reset.count(), 0);
}

void TestOverviewModel::thousandServicesTickWithoutReset()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    manager.setStatsIntervalMs(1000);
    // 500 pairs on this machine: each TX listener with the RX that calls it.
    QList<qint64> txIds;
    for (int i = 0; i < 500; ++i) {
        // SRT 21000-21499, UDP in 21500-21599 for the TX that run; the others are never bound.
        const int port = 21000 + i;
        const int udpIn = i < 100 ? 21500 + i : 30000 + i;
        const auto tx = manager.add(txListener(QStringLiteral("tx %1").arg(i, 3, 10, QLatin1Char('0')), port, udpIn));
        const auto rx = manager.add(rxCaller(QStringLiteral("rx %1").arg(i, 3, 10, QLatin1Char('0')), port, 31000 + i));
        QVERIFY2(tx.ok() && rx.ok(), qPrintable(tx.message + rx.message));
        txIds.append(tx.id);
    }
    QElapsedTimer built;
    built.start();
    OverviewModel model(manager);
    const double buildMs = double(built.nsecsElapsed()) / 1e6;
    QCOMPARE(model.rowCount(), 1000);
    for (int row = 0; row < 1000; row += 2) // pairs adjacent
        QCOMPARE(model.index(row + 1, OverviewModel::NameColumn).data().toString().left(2), QStringLiteral("↳ "));

    // 100 TX listeners run (waiting for a caller): their sparklines move on every tick, nothing
    // else does.
    const QList<qint64> running = txIds.mid(0, 100);
    for (qint64 id : running)
        QVERIFY(manager.start(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(running.cbegin(), running.cend(),
                                         [&](qint64 id) {
                                             return cell(model, id, OverviewModel::StateColumn) == QLatin1String("Waiting");
                                         }),
                             15000);

    auto *tester = new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ticks(&manager, &ServiceManager::statisticsUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 8000);
    const int tickCount = int(ticks.count());
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    // Exactly the rate cell (its sparkline) of each running row, once per tick.
    QCOMPARE(int(changed.count()), tickCount * int(running.size()));
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from.row(), to.row());
        QCOMPARE(from.column(), int(OverviewModel::RateColumn));
        QCOMPARE(to.column(), int(OverviewModel::RateColumn));
        QVERIFY(running.contains(model.idAt(from.row())));
    }
    QVERIFY(model.sparkline(running.first()).size() >= tickCount);
    QVERIFY(model.sparkline(txIds.last()).isEmpty());
    delete tester;

    // What a tick costs the GUI thread, reported (machines differ; nothing is asserted on time).
    const double modelMs = medianMs(15, [&] { model.refreshStatistics(); });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OverviewModel::SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.setItemDelegateForColumn(OverviewModel::RateColumn, new SparklineDelegate(&view));
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double viewMs = medianMs(15, [&] {
        model.refreshStatistics();
        QCoreApplication::processEvents(); // the view repaints what changed
    });
    view.sortByColumn(OverviewModel::RateColumn, Qt::DescendingOrder);
    const double sortedMs = medianMs(15, [&] {
        model.refreshStatistics();
        QCoreApplication::processEvents();
    });
    // Every cell of the table at once (new thresholds): what a full repaint costs.
    const double everyCellMs = medianMs(5, [&] {
        model.setThresholds(model.thresholds());
        QCoreApplication::processEvents();
    });
    ServiceTableModel table(manager, ServiceKind::Tx);
    const double tableMs = medianMs(15, [&] { table.refresh(); });
    qInfo().noquote() << QStringLiteral("overview of 1000 services (100 running): built in %1 ms; a statistics tick "
                                        "costs %2 ms in the model, %3 ms with a proxy and a table view, %4 ms sorted by "
                                        "rate, %6 ms when every cell changes; the TX table (500 rows) %5 ms (medians)")
                             .arg(buildMs, 0, 'f', 1)
                             .arg(modelMs, 0, 'f', 2)
                             .arg(viewMs, 0, 'f', 2)
                             .arg(sortedMs, 0, 'f', 2)
                             .arg(tableMs, 0, 'f', 2)
                             .arg(everyCellMs, 0, 'f', 2);
    QCOMPARE(reset.count(), 0);
    manager.stopAll();
}

void TestOverviewModel::cellSourcesFeedTheirColumns()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    const auto a = manager.add(rxListener(QStringLiteral("A"), nextLinkPort(), nextLinkPort()));
    const auto b = manager.add(rxListener(QStringLiteral("B"), nextLinkPort(), nextLinkPort()));
    QVERIFY(a.ok() && b.ok());
    OverviewModel model(manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Without a source, the columns are there and empty.
    QCOMPARE(model.headerData(OverviewModel::TsHealthColumn, Qt::Horizontal).toString(), QStringLiteral("Stream"));
    QVERIFY(cell(model, a.id, OverviewModel::TsHealthColumn).isEmpty());
    QVERIFY(cell(model, a.id, OverviewModel::AlarmsColumn).isEmpty());

    // What the monitoring and the alarm rules will hand in: read on every tick.
    QHash<qint64, OverviewCell> health;
    health.insert(a.id, {QStringLiteral("TS OK"), QStringLiteral("MPEG-TS, 2 programmes, no errors"), HealthLevel::Normal});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCellSource(OverviewModel::TsHealthColumn, [&health](qint64 id) { return health.value(id); });
    model.setCellSource(OverviewModel::AlarmsColumn, [&](qint64 id) {
        return id == b.id ? OverviewCell{QStringLiteral("1 critical"), QStringLiteral("No input for 10 s"), HealthLevel::Critical}
                          : OverviewCell{};
    });
    QCOMPARE(cell(model, a.id, OverviewModel::TsHealthColumn), QStringLiteral("TS OK"));
    QCOMPARE(cell(model, a.id, OverviewModel::TsHealthColumn, Qt::ToolTipRole), QStringLiteral("MPEG-TS, 2 programmes, no errors"));
    QCOMPARE(cell(model, b.id, OverviewModel::AlarmsColumn), QStringLiteral("1 critical"));
    QCOMPARE(model.index(model.rowOf(b.id), OverviewModel::AlarmsColumn).data(Qt::ForegroundRole).value<QColor>(),
             UiIcons::levelColor(HealthLevel::Critical));
    // Those cells only (and the row's worst level, on its name: a tile's frame), not the table.
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(model.rowOf(a.id), OverviewModel::TsHealthColumn));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(model.rowOf(b.id), OverviewModel::NameColumn));
    QCOMPARE(changed.at(2).at(0).toModelIndex(), model.index(model.rowOf(b.id), OverviewModel::AlarmsColumn));
    QCOMPARE(model.index(model.rowOf(b.id), OverviewModel::NameColumn).data(OverviewModel::LevelRole).toInt(),
             int(HealthLevel::Critical));

    // A tick with the source unchanged signals nothing; a change signals that one cell.
    changed.clear();
    model.refreshStatistics();
    QCOMPARE(changed.count(), 0);
    health[a.id] = {QStringLiteral("3 CC errors"), QStringLiteral("Continuity errors on PID 256"), HealthLevel::Warning};
    model.refreshStatistics();
    QCOMPARE(changed.count(), 2); // the cell, and the row's level on its name
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(model.rowOf(a.id), OverviewModel::NameColumn));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(model.rowOf(a.id), OverviewModel::TsHealthColumn));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(model.rowOf(a.id), OverviewModel::TsHealthColumn));
}

void TestOverviewModel::thresholdsSetTheLevels()
{
    // The colours come from the alarm rules: a rule's threshold and severity, nothing else.
    AlarmRules alarmRules = AlarmRules::defaults();
    alarmRules.rule(AlarmType::Loss).threshold = 1.5;
    alarmRules.rule(AlarmType::Loss).severity = AlarmSeverity::Major;
    alarmRules.rule(AlarmType::Rtt).threshold = 80;
    alarmRules.rule(AlarmType::Rtt).severity = AlarmSeverity::Minor;
    const StatsThresholds rules = StatsThresholds::fromRules(alarmRules);
    LinkStats stats;
    stats.state = LinkState::Connected;
    stats.rttMeasured = true;
    stats.mbitRate = 0.001;
    stats.lineLoss = 1.4;
    stats.linkRtt = 79;
    QCOMPARE(rules.lossLevel(stats), HealthLevel::Normal);
    QCOMPARE(rules.rttLevel(stats), HealthLevel::Normal);
    stats.lineLoss = 1.5;
    QCOMPARE(rules.lossLevel(stats), HealthLevel::Critical); // major
    stats.linkRtt = 80;
    QCOMPARE(rules.rttLevel(stats), HealthLevel::Warning); // minor
    stats.rttMeasured = false; // libsrt's start value is no reason for alarm
    QCOMPARE(rules.rttLevel(stats), HealthLevel::Normal);
    // The low bit-rate rule is off by default: no colour for a trickle until it is on.
    QCOMPARE(rules.rateLevel(stats), HealthLevel::Normal);
    alarmRules.rule(AlarmType::LowBitrate).enabled = true;
    alarmRules.rule(AlarmType::LowBitrate).threshold = 0.5;
    QCOMPARE(StatsThresholds::fromRules(alarmRules).rateLevel(stats), HealthLevel::Critical);
    alarmRules.rule(AlarmType::Loss).enabled = false;
    QCOMPARE(StatsThresholds::fromRules(alarmRules).lossLevel(stats), HealthLevel::Normal);
    stats.state = LinkState::Waiting; // no link: the statistics are not judged
    QCOMPARE(StatsThresholds::fromRules(alarmRules).rateLevel(stats), HealthLevel::Normal);
    QCOMPARE(rules.lossLevel(stats), HealthLevel::Normal);
}

void TestOverviewModel::encryptionLatencyAndPeer()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    ServiceConfig plain = txListener(QStringLiteral("plain"), nextLinkPort(), nextLinkPort());
    plain.latency = 250;
    ServiceConfig secret = rxCaller(QStringLiteral("secret"), nextLinkPort(), nextLinkPort());
    secret.passPhrase = QStringLiteral("a long enough passphrase");
    secret.pbKeyLen = 32;
    const auto p = manager.add(plain);
    const auto s = manager.add(secret);
    QVERIFY2(p.ok() && s.ok(), qPrintable(p.message + s.message));
    OverviewModel model(manager);
    QCOMPARE(cell(model, p.id, OverviewModel::EncryptionColumn), QStringLiteral("None"));
    QCOMPARE(cell(model, s.id, OverviewModel::EncryptionColumn), QStringLiteral("AES-256"));
    QCOMPARE(cell(model, p.id, OverviewModel::LatencyColumn), QStringLiteral("250 ms"));
    QCOMPARE(cell(model, p.id, OverviewModel::KindColumn), QStringLiteral("TX"));
    QCOMPARE(cell(model, s.id, OverviewModel::KindColumn), QStringLiteral("RX"));
    // A listener without a caller names its port; a caller the address it calls.
    QCOMPARE(cell(model, p.id, OverviewModel::PeerColumn), QStringLiteral("port %1").arg(plain.listenPort));
    QCOMPARE(cell(model, s.id, OverviewModel::PeerColumn), QStringLiteral("127.0.0.1:%1").arg(secret.listenPort));
}
