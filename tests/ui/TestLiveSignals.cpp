// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLiveSignals.h"

#include "UiTestSupport.h"
#include "tests/reliability/ImpairmentProxy.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/OverviewModel.h"
#include "ui/ServiceTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

// Whether a dataChanged recorded by `spy` covered the cell (row, column).
bool signalled(const QSignalSpy &spy, int row, int column)
{
    for (const QList<QVariant> &args : spy) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        if (from.row() <= row && row <= to.row() && from.column() <= column && column <= to.column())
            return true;
    }
    return false;
}

int timesSignalled(const QSignalSpy &spy, int row, int column)
{
    int n = 0;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        n += from.row() <= row && row <= to.row() && from.column() <= column && column <= to.column() ? 1 : 0;
    }
    return n;
}

QString missing(const QSignalSpy &spy, int row, const QList<int> &columns, const QAbstractItemModel &model)
{
    QStringList names;
    for (int column : columns) {
        if (!signalled(spy, row, column))
            names.append(model.headerData(column, Qt::Horizontal).toString());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

void TestLiveSignals::statisticsCellsAreSignalled()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    const int srtPort = nextLinkPort();
    const int proxyPort = nextLinkPort();
    const int udpIn = nextLinkPort();
    const auto tx = manager.add(txListener(QStringLiteral("Live TX"), srtPort, udpIn));
    const auto rx = manager.add(rxCaller(QStringLiteral("Live RX"), proxyPort, nextLinkPort()));
    QVERIFY2(tx.ok() && rx.ok(), qPrintable(tx.message + rx.message));

    // A lossy path: loss changes the Loss cells, retransmissions keep RTT moving.
    test::ImpairmentProxy proxy(proxyPort, "127.0.0.1", srtPort, 16);
    test::ImpairmentProfile lossy;
    lossy.lossPercent = 3;
    lossy.delayMs = 2;
    proxy.setProfile(lossy);
    std::string proxyError;
    QVERIFY2(proxy.start(&proxyError), proxyError.c_str());

    ServiceTableModel rxTable(manager, ServiceKind::Rx);
    ServiceTableModel txTable(manager, ServiceKind::Tx);
    OverviewModel overview(manager);
    QSignalSpy rxChanged(&rxTable, &QAbstractItemModel::dataChanged);
    QSignalSpy txChanged(&txTable, &QAbstractItemModel::dataChanged);
    QSignalSpy overviewChanged(&overview, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&overview, &QAbstractItemModel::modelReset);

    QVERIFY(manager.start(tx.id).ok());
    QVERIFY(manager.start(rx.id).ok());
    testtools::UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 4.0;
    testtools::UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    const int rxRow = rxTable.rowOf(rx.id);
    const int txRow = txTable.rowOf(tx.id);
    QTRY_COMPARE_WITH_TIMEOUT(rxTable.index(rxRow, ServiceTableModel::LinkColumn).data().toString(),
                              QStringLiteral("Connected"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(txTable.index(txRow, ServiceTableModel::LinkColumn).data().toString(),
                              QStringLiteral("Connected"), 5000);

    // From now on, while traffic flows: every statistics cell is signalled as it changes.
    rxChanged.clear();
    txChanged.clear();
    overviewChanged.clear();
    const int rxOverviewRow = overview.rowOf(rx.id);
    const int txOverviewRow = overview.rowOf(tx.id);
    const qsizetype sparklineBefore = overview.sparkline(rx.id).size();
    using T = ServiceTableModel;
    using O = OverviewModel;
    const QList<int> tableColumns = {T::RttColumn, T::RateColumn, T::LossColumn};
    const QList<int> overviewColumns = {O::RttColumn, O::RateColumn, O::LossColumn};
    QTRY_VERIFY2_WITH_TIMEOUT(missing(rxChanged, rxRow, tableColumns, rxTable).isEmpty()
                                  && missing(txChanged, txRow, {T::RttColumn, T::RateColumn}, txTable).isEmpty()
                                  && missing(overviewChanged, rxOverviewRow, overviewColumns, overview).isEmpty()
                                  && missing(overviewChanged, txOverviewRow, {O::RttColumn, O::RateColumn}, overview).isEmpty(),
                              qPrintable(QStringLiteral("not signalled: RX table [%1], TX table [%2], overview RX [%3], "
                                                        "overview TX [%4]")
                                             .arg(missing(rxChanged, rxRow, tableColumns, rxTable),
                                                  missing(txChanged, txRow, {T::RttColumn, T::RateColumn}, txTable),
                                                  missing(overviewChanged, rxOverviewRow, overviewColumns, overview),
                                                  missing(overviewChanged, txOverviewRow, {O::RttColumn, O::RateColumn},
                                                          overview))),
                              20000);
    // The values behind the signals are live ones.
    QVERIFY(rxTable.index(rxRow, T::RateColumn).data(T::SortRole).toDouble() > 1.0);
    QVERIFY(rxTable.index(rxRow, T::LossColumn).data(T::SortRole).toDouble() > 0.0);
    QVERIFY(manager.get(rx.id)->stats.rttMeasured);
    // The sparkline grew, and each point it gained was signalled on its cell.
    QTRY_VERIFY_WITH_TIMEOUT(overview.sparkline(rx.id).size() - sparklineBefore >= 3, 6000);
    const qsizetype gained = overview.sparkline(rx.id).size() - sparklineBefore;
    QVERIFY2(timesSignalled(overviewChanged, rxOverviewRow, O::RateColumn) >= gained,
             qPrintable(QStringLiteral("%1 points, %2 signals")
                            .arg(gained)
                            .arg(timesSignalled(overviewChanged, rxOverviewRow, O::RateColumn))));

    // Cut the path longer than libsrt's 5 s peer idle timeout: both ends drop the link and
    // reconnect by themselves once it is back; Reconnections goes to 1 on both, signalled.
    rxChanged.clear();
    txChanged.clear();
    proxy.setBlackout(true);
    QTRY_VERIFY_WITH_TIMEOUT(rxTable.index(rxRow, T::LinkColumn).data().toString() != QLatin1String("Connected"), 12000);
    proxy.setBlackout(false);
    QTRY_COMPARE_WITH_TIMEOUT(rxTable.index(rxRow, T::ReconnectionsColumn).data().toString(), QStringLiteral("1"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(txTable.index(txRow, T::ReconnectionsColumn).data().toString(), QStringLiteral("1"), 10000);
    QVERIFY(signalled(rxChanged, rxRow, T::ReconnectionsColumn));
    QVERIFY(signalled(txChanged, txRow, T::ReconnectionsColumn));
    QCOMPARE(resets.count(), 0);

    sender.stop();
    proxy.stop();
    manager.stopAll();
}
