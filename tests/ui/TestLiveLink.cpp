// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLiveLink.h"

#include "UiTestSupport.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/ServiceTableModel.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

void TestLiveLink::pairConnectsAndChartsMove()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    AppSettings settings(f.settingsPath());
    MainWindow window(manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const int srtPort = nextPort();
    const int udpIn = nextPort();
    const int udpOut = nextPort();
    const auto tx = manager.add(txListener(QStringLiteral("Loop TX"), srtPort, udpIn));
    QVERIFY2(tx.ok(), qPrintable(tx.message));
    const auto rx = manager.add(rxCaller(QStringLiteral("Loop RX"), srtPort, udpOut));
    QVERIFY2(rx.ok(), qPrintable(rx.message));

    ServiceTableModel *rxModel = window.model(ServiceKind::Rx);
    ServiceTableModel *txModel = window.model(ServiceKind::Tx);
    QSignalSpy reset(rxModel, &QAbstractItemModel::modelReset);
    const int rxRow = rxModel->rowOf(rx.id);
    const int txRow = txModel->rowOf(tx.id);
    auto linkText = [](ServiceTableModel *model, int row) {
        return model->index(row, ServiceTableModel::LinkColumn).data().toString();
    };
    QCOMPARE(linkText(rxModel, rxRow), QStringLiteral("Idle"));

    // Start both from the window, the way an operator does.
    window.selectService(tx.id);
    window.action(QStringLiteral("start"))->trigger();
    window.selectService(rx.id);
    window.action(QStringLiteral("start"))->trigger();
    QVERIFY(manager.get(tx.id)->running);
    QVERIFY(manager.get(rx.id)->running);

    testtools::UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 4.0;
    testtools::UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(linkText(rxModel, rxRow), QStringLiteral("Connected"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(linkText(txModel, txRow), QStringLiteral("Connected"), 5000);
    const QModelIndex link = rxModel->index(rxRow, ServiceTableModel::LinkColumn);
    QCOMPARE(link.data(ServiceTableModel::LinkStateRole).toInt(), int(LinkState::Connected));
    QVERIFY(!link.data(Qt::DecorationRole).value<QIcon>().isNull());
    // Statistics cells fill in: a bit rate near the 4 Mbit/s sent.
    QTRY_VERIFY_WITH_TIMEOUT(rxModel->index(rxRow, ServiceTableModel::RateColumn).data(ServiceTableModel::SortRole).toDouble() > 1.0,
                             10000);
    QVERIFY(!rxModel->index(rxRow, ServiceTableModel::RttColumn).data().toString().isEmpty());

    // The chart of the selected RX receives points.
    QCOMPARE(window.chartPanel()->service(), rx.id);
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->rttPointCount() >= 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->ratePointCount() >= 3, 5000);
    window.chartPanel()->setWindowMinutes(1);
    QVERIFY(window.chartPanel()->rttPointCount() >= 3);
    QVERIFY(window.summaryText().contains(QLatin1String("2 connected")));
    QCOMPARE(reset.count(), 0);

    // PNG and CSV exports of what is shown.
    const QString png = f.dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(window.chartPanel()->exportPng(png));
    QVERIFY(QImage(png).width() > 100);
    const QString csv = f.dir.filePath(QStringLiteral("history.csv"));
    QVERIFY(window.chartPanel()->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') >= 4);

    sender.stop();
    window.action(QStringLiteral("stop"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(linkText(rxModel, rxRow), QStringLiteral("Idle"), 5000);
    manager.stopAll();
}
