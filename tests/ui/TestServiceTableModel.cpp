// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServiceTableModel.h"

#include "UiTestSupport.h"
#include "ui/ServiceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

QString cell(const ServiceTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

void TestServiceTableModel::passesModelTester()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    QVERIFY(manager.add(rxListener(QStringLiteral("first"), nextPort(), 5001)).ok());
    ServiceTableModel model(manager, ServiceKind::Rx);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto second = manager.add(rxListener(QStringLiteral("second"), nextPort(), 5002));
    QVERIFY(second.ok());
    const auto third = manager.add(rxCaller(QStringLiteral("third"), nextPort(), 5003));
    QVERIFY(third.ok());
    QVERIFY(manager.add(txListener(QStringLiteral("a tx"), nextPort(), 5004)).ok()); // other kind: not a row
    QCOMPARE(model.rowCount(), 3);

    QVERIFY(manager.start(second.id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model.index(1, ServiceTableModel::LinkColumn).data(ServiceTableModel::LinkStateRole).toInt(),
                              int(LinkState::Waiting), 5000);
    ServiceConfig renamed = *manager.config(third.id);
    renamed.serviceName = QStringLiteral("third renamed");
    QVERIFY(manager.update(third.id, renamed).ok());
    QVERIFY(manager.remove(second.id).ok());
    QCOMPARE(model.rowCount(), 2);

    // Every role of every cell is readable.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ForegroundRole), int(Qt::ToolTipRole),
                             int(ServiceTableModel::SortRole), int(ServiceTableModel::ServiceIdRole)})
                index.data(role);
        }
    }
}

void TestServiceTableModel::rowsFollowAddUpdateRemove()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    ServiceTableModel model(manager, ServiceKind::Tx);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const int port = nextPort();
    const auto a = manager.add(txListener(QStringLiteral("alpha"), port, port + 1));
    QVERIFY(a.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), a.id);
    QCOMPARE(cell(model, 0, ServiceTableModel::NameColumn), QStringLiteral("alpha"));
    QCOMPARE(cell(model, 0, ServiceTableModel::ModeColumn), QStringLiteral("Listener"));
    QCOMPARE(cell(model, 0, ServiceTableModel::PortColumn), QString::number(port));
    QCOMPARE(cell(model, 0, ServiceTableModel::UdpColumn), QStringLiteral("127.0.0.1:%1").arg(port + 1));
    QCOMPARE(cell(model, 0, ServiceTableModel::StateColumn), QStringLiteral("Stopped"));
    QCOMPARE(cell(model, 0, ServiceTableModel::LinkColumn), QStringLiteral("Idle"));

    changed.clear();
    ServiceConfig c = *manager.config(a.id);
    c.serviceName = QStringLiteral("alpha 2");
    QVERIFY(manager.update(a.id, c).ok());
    QCOMPARE(cell(model, 0, ServiceTableModel::NameColumn), QStringLiteral("alpha 2"));
    // Only the name cell changed.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ServiceTableModel::NameColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(ServiceTableModel::NameColumn));

    QVERIFY(manager.remove(a.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestServiceTableModel::startChangesOnlyTheStateCells()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    const auto a = manager.add(rxListener(QStringLiteral("waiting rx"), nextPort(), 5010));
    QVERIFY(a.ok());
    ServiceTableModel model(manager, ServiceKind::Rx);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(manager.start(a.id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ServiceTableModel::LinkColumn), QStringLiteral("Waiting"), 5000);
    QCOMPARE(cell(model, 0, ServiceTableModel::StateColumn), QStringLiteral("Running"));
    QVERIFY(!model.index(0, ServiceTableModel::LinkColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(0, ServiceTableModel::LinkColumn).data(Qt::ForegroundRole).isValid());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const int first = args.at(0).toModelIndex().column();
        const int last = args.at(1).toModelIndex().column();
        for (int column = first; column <= last; ++column) {
            QVERIFY2(column == ServiceTableModel::StateColumn || column == ServiceTableModel::LinkColumn
                         || column == ServiceTableModel::ReconnectionsColumn || column == ServiceTableModel::LastErrorColumn,
                     qPrintable(QStringLiteral("unexpected change in column %1").arg(column)));
        }
    }
    QVERIFY(manager.stop(a.id).ok());
    QTRY_COMPARE(cell(model, 0, ServiceTableModel::StateColumn), QStringLiteral("Stopped"));
}

void TestServiceTableModel::twoHundredServicesTickWithoutReset()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    manager.setStatsIntervalMs(1000);
    QList<qint64> ids;
    for (int i = 0; i < 200; ++i) {
        const auto result = manager.add(rxListener(QStringLiteral("rx %1").arg(i, 3, 10, QLatin1Char('0')), 28300 + i, 6000 + i));
        QVERIFY2(result.ok(), qPrintable(result.message));
        ids.append(result.id);
    }
    ServiceTableModel model(manager, ServiceKind::Rx);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 200);

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ticks(&manager, &ServiceManager::statisticsUpdated);

    for (qint64 id : std::as_const(ids))
        QVERIFY(manager.start(id).ok());
    // Each listener waits for a caller: running and waiting in every row.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (cell(model, row, ServiceTableModel::LinkColumn) != QLatin1String("Waiting"))
                    return false;
            }
            return true;
        }(),
        15000);
    QVERIFY(changed.count() >= 200);

    // Ticks at 1 Hz with nothing changing: no reset, no layout change, no dataChanged at all.
    changed.clear();
    ticks.clear();
    QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 6000);
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 0);

    manager.stopAll();
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 199, ServiceTableModel::StateColumn), QStringLiteral("Stopped"), 10000);
    QCOMPARE(reset.count(), 0);
}

void TestServiceTableModel::sortsAndFiltersByName()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    int udp = 7000;
    for (const char *name : {"Madrid", "barcelona", "Bilbao", "Sevilla"})
        QVERIFY(manager.add(rxListener(QLatin1String(name), nextPort(), ++udp)).ok());
    ServiceTableModel model(manager, ServiceKind::Rx);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ServiceTableModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(ServiceTableModel::NameColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(ServiceTableModel::NameColumn);
    QCOMPARE(proxy.index(0, ServiceTableModel::NameColumn).data().toString(), QStringLiteral("barcelona"));
    QCOMPARE(proxy.index(3, ServiceTableModel::NameColumn).data().toString(), QStringLiteral("Sevilla"));
    proxy.sort(ServiceTableModel::PortColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ServiceTableModel::NameColumn).data().toString(), QStringLiteral("Sevilla"));
    proxy.setFilterFixedString(QStringLiteral("b"));
    QCOMPARE(proxy.rowCount(), 2);
}
