// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLinkDefects.h"

#include "UiTestSupport.h"
#include "core/LogCollector.h"
#include "core/engine/SrtRuntime.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/LogFilterModel.h"
#include "ui/LogModel.h"
#include "ui/LogPanel.h"
#include "ui/MainWindow.h"
#include "ui/OverviewModel.h"
#include "ui/ServiceTableModel.h"

#include <QComboBox>
#include <QLoggingCategory>
#include <QTest>

#include <cmath>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

void waitMs(int msecs)
{
    QTest::qWait(msecs);
}

// The process's logging rules as srtdesk sets them (LogRules), for the time of a test.
class AppLogRules
{
public:
    AppLogRules()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("srtdesk.*.info=true\nsrtdesk.*.debug=false"));
        SrtRuntime::followLogCategory();
    }
    ~AppLogRules()
    {
        QLoggingCategory::setFilterRules(QString());
        SrtRuntime::followLogCategory();
    }
    AppLogRules(const AppLogRules &) = delete;
    AppLogRules &operator=(const AppLogRules &) = delete;
};

} // namespace

void TestLinkDefects::retryingCallerKeepsOneWordAndItsTooltipAgrees()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    // A caller of a port where nobody listens: each attempt waits libsrt's 3 s connection
    // timeout (the engine's "waiting"), fails, and the next one comes after a pause (the
    // engine's "disconnected").
    const auto rx = manager.add(rxCaller(QStringLiteral("Calls nobody"), nextLinkPort(), nextLinkPort()));
    QVERIFY(rx.ok());
    ServiceTableModel table(manager, ServiceKind::Rx);
    OverviewModel overview(manager);
    QVERIFY(manager.start(rx.id).ok());
    const QModelIndex link = table.index(table.rowOf(rx.id), ServiceTableModel::LinkColumn);
    const QModelIndex state = overview.index(overview.rowOf(rx.id), OverviewModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(link.data().toString(), QStringLiteral("Retrying"), 10000); // the first attempt failed

    QSet<int> engineStates;
    QStringList words;
    for (int i = 0; i < 80; ++i) { // 8 s: through a pause and the next attempt
        engineStates.insert(int(manager.get(rx.id)->stats.state));
        const QString shown = link.data().toString();
        words.append(shown);
        // The tooltip starts with the word in the cell, whenever it is read.
        QCOMPARE(link.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0), shown);
        QCOMPARE(state.data().toString(), shown);
        QCOMPARE(state.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0), shown);
        waitMs(100);
    }
    // The engine went through its "waiting" and "disconnected" states; the window said one word.
    QCOMPARE(engineStates, (QSet<int>{int(LinkState::Waiting), int(LinkState::Disconnected)}));
    words.removeDuplicates();
    QVERIFY2(words == QStringList{QStringLiteral("Retrying")}, qPrintable(words.join(QStringLiteral(", "))));

    // The whole last error is one hover away, however narrow its column.
    const QString lastError = manager.get(rx.id)->stats.lastError;
    QVERIFY(lastError.startsWith(QLatin1String("Connection to 127.0.0.1:")));
    const QModelIndex errorCell = table.index(table.rowOf(rx.id), ServiceTableModel::LastErrorColumn);
    QCOMPARE(errorCell.data(Qt::ToolTipRole).toString(), lastError);
    QVERIFY(link.data(Qt::ToolTipRole).toString().contains(lastError));
    manager.stopAll();
}

void TestLinkDefects::reconnectionsAgreeAfterTheRxIsEdited()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    const int srtPort = nextLinkPort();
    const auto tx = manager.add(txListener(QStringLiteral("Edited pair TX"), srtPort, nextLinkPort()));
    const auto rx = manager.add(rxCaller(QStringLiteral("Edited pair RX"), srtPort, nextLinkPort()));
    QVERIFY(tx.ok() && rx.ok());
    QVERIFY(manager.start(tx.id).ok());
    QVERIFY(manager.start(rx.id).ok());
    const auto connected = [&](qint64 id) { return manager.get(id)->stats.state == LinkState::Connected; };
    QTRY_VERIFY_WITH_TIMEOUT(connected(rx.id) && connected(tx.id), 15000);
    QCOMPARE(manager.get(rx.id)->stats.reconnections, 0);

    // The operator edits the running RX (here its latency): it restarts and links again. Both
    // ends saw the link re-established once.
    ServiceConfig edited = *manager.config(rx.id);
    edited.latency += 40;
    QVERIFY(manager.update(rx.id, edited).ok());
    QTRY_VERIFY_WITH_TIMEOUT(connected(rx.id) && manager.get(tx.id)->stats.reconnections == 1, 15000);
    QCOMPARE(manager.get(rx.id)->stats.reconnections, 1);

    // The same through Restart; a stop and a start begin a new run, from zero.
    QVERIFY(manager.restart(rx.id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(connected(rx.id) && manager.get(tx.id)->stats.reconnections == 2, 15000);
    QCOMPARE(manager.get(rx.id)->stats.reconnections, 2);
    QVERIFY(manager.stop(rx.id).ok());
    QVERIFY(manager.start(rx.id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(connected(rx.id) && manager.get(tx.id)->stats.reconnections == 3, 15000);
    QCOMPARE(manager.get(rx.id)->stats.reconnections, 0);
    manager.stopAll();
}

void TestLinkDefects::noRttBeforeTheFirstMeasurement()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    AppSettings settings(f.settingsPath());
    const int srtPort = nextLinkPort();
    const int udpIn = nextLinkPort();
    const auto tx = manager.add(txListener(QStringLiteral("Quiet TX"), srtPort, udpIn));
    const auto rx = manager.add(rxCaller(QStringLiteral("Quiet RX"), srtPort, nextLinkPort()));
    QVERIFY(tx.ok() && rx.ok());
    ChartPanel charts(manager);
    charts.resize(900, 300);
    charts.show();
    charts.setService(rx.id);
    ServiceTableModel table(manager, ServiceKind::Rx);
    QVERIFY(manager.start(tx.id).ok());
    QVERIFY(manager.start(rx.id).ok());
    const auto connected = [&](qint64 id) { return manager.get(id)->stats.state == LinkState::Connected; };
    QTRY_VERIFY_WITH_TIMEOUT(connected(rx.id) && connected(tx.id), 15000);

    // Linked, but no data yet: libsrt still holds its 100 ms start value. Nothing is shown.
    waitMs(3 * manager.statsIntervalMs() + 200);
    for (qint64 id : {rx.id, tx.id}) {
        const LinkStats stats = manager.get(id)->stats;
        QVERIFY2(!stats.rttMeasured, qPrintable(QString::number(stats.linkRtt)));
        QCOMPARE(stats.linkRtt, 0.0);
    }
    QCOMPARE(table.index(table.rowOf(rx.id), ServiceTableModel::RttColumn).data().toString(), QStringLiteral("–"));
    QVERIFY(charts.ratePointCount() >= 3);
    QCOMPARE(charts.rttPointCount(), 0);
    for (const StatsSample &sample : manager.history(rx.id, 60000))
        QVERIFY(std::isnan(sample.rttMs));

    // Data flows: the first real measurements arrive, loopback-small, and only they are drawn.
    testtools::UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 2.0;
    testtools::UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(manager.get(rx.id)->stats.rttMeasured && manager.get(tx.id)->stats.rttMeasured, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(charts.rttPointCount() >= 2, 5000);
    for (const QPointF &point : charts.rttPoints())
        QVERIFY2(point.y() < 20.0, qPrintable(QString::number(point.y())));
    QVERIFY(manager.get(rx.id)->stats.linkRtt < 20.0);
    sender.stop();
    manager.stopAll();
}

void TestLinkDefects::libsrtInternalsAreDebug()
{
    const AppLogRules rules;
    LogCollector log;
    log.install();
    QList<LogEntry> entries;
    connect(&log, &LogCollector::messageLogged, this, [&entries](const LogEntry &entry) { entries.append(entry); });

    Fixture f;
    ServiceManager &manager = *f.manager;
    const int srtPort = nextLinkPort();
    ServiceConfig tx = txListener(QStringLiteral("Keyed TX"), srtPort, nextLinkPort());
    tx.passPhrase = QStringLiteral("the right passphrase");
    ServiceConfig rx = rxCaller(QStringLiteral("Keyed RX"), srtPort, nextLinkPort());
    rx.passPhrase = tx.passPhrase;
    ServiceConfig wrong = rxCaller(QStringLiteral("Wrong key RX"), srtPort, nextLinkPort());
    wrong.passPhrase = QStringLiteral("not the passphrase");
    const auto txId = manager.add(tx);
    const auto rxId = manager.add(rx);
    const auto wrongId = manager.add(wrong);
    QVERIFY(txId.ok() && rxId.ok() && wrongId.ok());
    QVERIFY(manager.start(txId.id).ok());
    QVERIFY(manager.start(rxId.id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(manager.get(rxId.id)->stats.state == LinkState::Connected, 15000);
    QVERIFY(manager.start(wrongId.id).ok()); // refused: the listener has its peer
    QTRY_VERIFY_WITH_TIMEOUT(!manager.get(wrongId.id)->stats.lastError.isEmpty(), 10000);
    manager.stopAll();
    QCoreApplication::processEvents();
    log.uninstall();

    // The operator's level shows what the engine says (connected, rejected and why) and not
    // libsrt's narration of its handshake (notes, and five warnings for a wrong passphrase).
    QStringList libsrtShown;
    bool engineSaidConnected = false;
    for (const LogEntry &entry : std::as_const(entries)) {
        if (entry.category == QLatin1String("srtdesk.libsrt") && LogCollector::severity(entry.type) >= 1)
            libsrtShown.append(entry.message);
        engineSaidConnected |= entry.category == QLatin1String("srtdesk.engine") && entry.message.contains(QLatin1String("connected with"));
        QVERIFY2(!(LogCollector::severity(entry.type) >= 1 && entry.message.contains(QLatin1String("worker_ProcessConnectionRequest"))),
                 qPrintable(entry.message));
    }
    QVERIFY2(libsrtShown.isEmpty(), qPrintable(libsrtShown.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY(engineSaidConnected);
}

void TestLinkDefects::logFiltersByServiceNotByName()
{
    LogCollector log;
    log.install();
    const AppLogRules rules;
    Fixture f;
    ServiceManager &manager = *f.manager;
    const auto first = manager.add(txListener(QStringLiteral("TX 1"), nextLinkPort(), nextLinkPort()));
    const auto copy = manager.add(txListener(QStringLiteral("TX 1 copy"), nextLinkPort(), nextLinkPort()));
    QVERIFY(first.ok() && copy.ok());
    LogPanel panel(manager, &log);
    QVERIFY(manager.start(first.id).ok());
    QVERIFY(manager.start(copy.id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(manager.get(copy.id)->stats.state == LinkState::Waiting, 5000);
    manager.stopAll();
    QCoreApplication::processEvents();

    auto *services = panel.findChild<QComboBox *>(QStringLiteral("logService"));
    QVERIFY(services);
    services->setCurrentIndex(services->findData(first.id));
    const LogFilterModel *shown = panel.filterModel();
    QStringList messages;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, LogModel::MessageColumn);
        QCOMPARE(index.data(LogModel::ServiceIdRole).toLongLong(), first.id);
        messages.append(index.data().toString());
    }
    // Its own messages, from the manager and from its worker's thread; not the copy's.
    QVERIFY2(messages.filter(QStringLiteral("added")).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
    QVERIFY2(!messages.filter(QStringLiteral("listening on")).isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    QVERIFY2(messages.filter(QStringLiteral("TX 1 copy")).isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    services->setCurrentIndex(services->findData(copy.id));
    QVERIFY(shown->rowCount() >= 3);
    log.uninstall();
}
