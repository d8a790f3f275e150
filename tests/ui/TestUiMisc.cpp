// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUiMisc.h"

#include "UiTestSupport.h"
#include "core/LogCollector.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/LogFilterModel.h"
#include "ui/LogModel.h"
#include "ui/MainWindow.h"
#include "ui/OverviewPane.h"
#include "ui/ServiceTableModel.h"
#include "ui/ServiceDialog.h"
#include "ui/ServiceTransfer.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QGroupBox>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QTranslator>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {
Q_LOGGING_CATEGORY(lcTest, "srtdesk.test")
}

void TestUiMisc::exportImportRoundTrip()
{
    Fixture f;
    ServiceConfig rx = rxCaller(QStringLiteral("Madrid"), nextPort(), 5400);
    rx.passPhrase = QStringLiteral("secret passphrase");
    rx.ttl = 24;
    rx.fec = true;
    ServiceConfig tx = txListener(QStringLiteral("Feed"), nextPort(), 5401);
    tx.inputBw = 6000;
    tx.overHead = 30;
    QVERIFY(f.manager->add(rx).ok());
    QVERIFY(f.manager->add(tx).ok());
    QList<ServiceConfig> configs;
    for (const ServiceStatus &s : f.manager->list())
        configs.append(s.config);

    const QByteArray without = ServiceTransfer::exportJson(configs, false);
    QVERIFY(!without.contains("secret passphrase"));
    QVERIFY(!without.contains("PassPhrase"));
    const QJsonObject root = QJsonDocument::fromJson(without).object();
    QCOMPARE(root.value(QStringLiteral("rx")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("tx")).toArray().size(), 1);
    const QJsonObject rxJson = root.value(QStringLiteral("rx")).toArray().first().toObject();
    // The original API's field names.
    for (const char *key : {"ServiceName", "Mode", "TxIp", "ListenPort", "UdpOut", "Latency", "SrtBw", "PbKeyLen",
                            "TlpktDrop", "TTL", "FEC", "FecCols", "FecRows", "FecArq", "GroupConnect", "Ip1Weight"})
        QVERIFY2(rxJson.contains(QLatin1String(key)), key);
    // Key order is the original's: ServiceName comes before Mode in the text.
    QVERIFY(without.indexOf("\"ServiceName\"") < without.indexOf("\"Mode\""));

    const QByteArray with = ServiceTransfer::exportJson(configs, true);
    QVERIFY(with.contains("secret passphrase"));

    // Into another installation.
    Fixture other;
    const ServiceTransfer::Parsed parsed = ServiceTransfer::parseJson(with);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.configs.size(), 2);
    const ServiceTransfer::Report report = ServiceTransfer::import(*other.manager, parsed.configs);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.added.size(), 2);
    const QList<ServiceStatus> imported = other.manager->list();
    for (const ServiceStatus &s : imported) {
        const ServiceConfig &original = s.config.isRx() ? rx : tx;
        ServiceConfig expected = original;
        expected.id = s.config.id;
        QCOMPARE(s.config, expected);
        QVERIFY(!s.running);
    }
}

void TestUiMisc::importsTheOriginalsGetAnswers()
{
    // The original's GET /v1/get_rx and get_tx answers, verbatim (a bare array each).
    const QByteArray getRx = R"([ { "Id": 5, "ServiceName": "Test_3", "Mode": "caller", "TxIp": "80.84.129.34", "ListenPort": 7005, "UdpOut": "224.10.10.149:5009", "Latency": 700, "SrtBw": 12000, "PassPhrase": "mysecretpassword", "PbKeyLen": 16, "TlpktDrop": 0, "TTL": 24, "FEC": 0, "FecCols": 10, "FecRows": 5, "FecLayout": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "GroupConnect": 0, "GroupType": "backup", "GroupIp1": "", "GroupIp2": "", "Ip1Weight": 60, "Ip2Weight": 40, "Status": 1, "ContainerId": "93f1946d9e", "LinkRtt": 33.423, "LinkBandwidth": 102.78, "LinkMaxBandwidth": 12.0, "RecvPackets": 273412, "RecvMbitRate": 6.40594, "LineLoss": 0.0, "Connected": 1, "Reconnections": 0 } ])";
    const QByteArray getTx = R"([ { "Id": 6, "ServiceName": "TX_2", "Mode": "listener", "RxIp": "", "ListenPort": 9001, "UdpIn": "224.10.10.149:5009", "Latency": 2000, "SrtBw": 12000, "PassPhrase": "", "PbKeyLen": 16, "GroupConnect": 0, "InputBw": 6000, "OverHead": 25, "PacketFilter": 0, "FecCols": 0, "FecRows": 0, "FecLayout": "staircase", "FecArq": "always", "Congestion": "live", "TransType": "live", "Status": 1, "ContainerId": "14ef4d1a59", "LinkRtt": 40.367, "SendPackets": 4095, "LineLoss": 2.5641, "Connected": 1, "Reconnections": 1 } ])";
    const auto rx = ServiceTransfer::parseJson(getRx);
    QVERIFY2(rx.problems.isEmpty(), qPrintable(rx.problems.join(QLatin1Char('\n'))));
    QCOMPARE(rx.configs.size(), 1);
    QCOMPARE(rx.configs.first().kind, ServiceKind::Rx);
    QCOMPARE(rx.configs.first().peerIp, QStringLiteral("80.84.129.34"));
    QCOMPARE(rx.configs.first().ttl, 24);
    QCOMPARE(rx.configs.first().id, qint64(0)); // ids are the new installation's
    const auto tx = ServiceTransfer::parseJson(getTx);
    QVERIFY2(tx.problems.isEmpty(), qPrintable(tx.problems.join(QLatin1Char('\n'))));
    QCOMPARE(tx.configs.first().kind, ServiceKind::Tx);
    QCOMPARE(tx.configs.first().inputBw, qint64(6000));
    QCOMPARE(tx.configs.first().udpAddress, QStringLiteral("224.10.10.149:5009"));

    // One add_rx body on its own; a masked passphrase is not taken for a real one.
    const auto one = ServiceTransfer::parseJson(
        R"({ "ServiceName": "Masked", "Mode": "listener", "ListenPort": 7006, "UdpOut": "127.0.0.1:5009", "PassPhrase": "********" })");
    QCOMPARE(one.configs.size(), 1);
    QCOMPARE(one.maskedPassphrases, 1);
    QVERIFY(one.configs.first().passPhrase.isEmpty());

    const auto broken = ServiceTransfer::parseJson("{ not json");
    QVERIFY(broken.configs.isEmpty());
    QCOMPARE(broken.problems.size(), 1);
}

void TestUiMisc::importReportsConflicts()
{
    Fixture f;
    const int port = nextPort();
    QVERIFY(f.manager->add(rxListener(QStringLiteral("Same"), port, 5500)).ok());
    const QList<ServiceConfig> configs = {rxListener(QStringLiteral("Same"), nextPort(), 5501),
                                          rxListener(QStringLiteral("Other"), nextPort(), 5502)};
    const auto report = ServiceTransfer::import(*f.manager, configs);
    QCOMPARE(report.added.size(), 1);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(QLatin1String("Same")), qPrintable(report.problems.first()));
}

void TestUiMisc::settingsPersist()
{
    Fixture f;
    {
        AppSettings settings(f.settingsPath());
        QCOMPARE(settings.statsIntervalMs(), 1000);
        QVERIFY(settings.startServicesOnLaunch());
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QVERIFY(!settings.restEnabled());
        QCOMPARE(settings.restBindAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.restPort(), 4000);
        settings.setStatsIntervalMs(500);
        settings.setLanguage(QStringLiteral("es"));
        settings.setRestEnabled(true);
        settings.setRestPort(4443);
        settings.sync();
    }
    AppSettings again(f.settingsPath());
    QCOMPARE(again.statsIntervalMs(), 500);
    QCOMPARE(again.language(), QStringLiteral("es"));
    QVERIFY(again.restEnabled());
    QCOMPARE(again.restPort(), 4443);
}

void TestUiMisc::settingsDialogWritesAndValidates()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    SettingsDialog dialog(settings, f.dir.path());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("dataDir"))->text(), QDir::toNativeSeparators(f.dir.path()));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.findChild<QSpinBox *>(QStringLiteral("statsInterval"))->setValue(2000);
    dialog.findChild<QCheckBox *>(QStringLiteral("restEnabled"))->setChecked(true);
    auto *bind = dialog.findChild<QLineEdit *>(QStringLiteral("restBind"));
    bind->setText(QStringLiteral("not an address"));
    QVERIFY(!ok->isEnabled());
    bind->setText(QStringLiteral("0.0.0.0"));
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("adminPassword"))->setText(QStringLiteral("newpassword1"));
    QVERIFY(!ok->isEnabled()); // not confirmed
    dialog.findChild<QLineEdit *>(QStringLiteral("adminPasswordConfirm"))->setText(QStringLiteral("newpassword1"));
    QVERIFY(ok->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.restSettingsChanged());
    QCOMPARE(dialog.newAdminPassword(), QStringLiteral("newpassword1"));
    QCOMPARE(settings.statsIntervalMs(), 2000);
    QVERIFY(settings.restEnabled());
    QCOMPARE(settings.restBindAddress(), QStringLiteral("0.0.0.0"));
}

void TestUiMisc::logCollectorForwardsMessages()
{
    LogCollector collector(nullptr, 10);
    QSignalSpy spy(&collector, &LogCollector::messageLogged);
    collector.install();
    QVERIFY(collector.isInstalled());
    qCWarning(lcTest) << "something to see";
    QCOMPARE(spy.count(), 1);
    const auto entry = spy.first().first().value<LogEntry>();
    QCOMPARE(entry.type, QtWarningMsg);
    QCOMPARE(entry.category, QStringLiteral("srtdesk.test"));
    QCOMPARE(entry.message, QStringLiteral("something to see"));
    for (int i = 0; i < 20; ++i)
        qCWarning(lcTest) << "line" << i;
    QCOMPARE(collector.recent().size(), 10); // bounded
    collector.uninstall();
    qCWarning(lcTest) << "not collected";
    QCOMPARE(spy.count(), 21);

    // Messages from another thread arrive too (queued to the receiver's thread).
    collector.install();
    QObject receiver;
    int received = 0;
    connect(&collector, &LogCollector::messageLogged, &receiver, [&](const LogEntry &) { ++received; });
    std::thread worker([] { qCWarning(lcTest) << "from a worker"; });
    worker.join();
    QTRY_COMPARE(received, 1);
}

void TestUiMisc::logFilterByLevelAndService()
{
    LogModel model(3);
    LogFilterModel filter;
    filter.setSourceModel(&model);
    auto entry = [](QtMsgType type, const QString &message, qint64 serviceId) {
        LogEntry e;
        e.time = QDateTime::currentDateTime();
        e.type = type;
        e.category = QStringLiteral("srtdesk.engine");
        e.message = message;
        e.serviceId = serviceId;
        return e;
    };
    model.append(entry(QtDebugMsg, QStringLiteral("service Madrid detail"), 7));
    model.append(entry(QtInfoMsg, QStringLiteral("service Madrid connected with 127.0.0.1:9000"), 7));
    // Another service whose name contains the first one's: not the same service.
    model.append(entry(QtWarningMsg, QStringLiteral("service Madrid 2 refused caller"), 8));
    filter.setMinimumSeverity(LogCollector::severity(QtInfoMsg));
    QCOMPARE(filter.rowCount(), 2);
    filter.setService(7);
    QCOMPARE(filter.rowCount(), 1);
    filter.setService(8);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("service Madrid 2 refused caller"));
    filter.setService(0);
    filter.setMinimumSeverity(LogCollector::severity(QtWarningMsg));
    QCOMPARE(filter.rowCount(), 1);
    model.append(entry(QtCriticalMsg, QStringLiteral("stopped 7"), 7));
    QCOMPARE(model.rowCount(), 3); // capacity: the oldest went
    filter.setService(7);
    QCOMPARE(filter.rowCount(), 1);
}

void TestUiMisc::mainWindowFirstRunAndSummary()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // First run: the overview, with a hint instead of an empty table; the same in each table.
    auto *hint = window.findChild<QLabel *>(QStringLiteral("overviewHint"));
    QVERIFY(hint && hint->isVisible());
    window.showTable(ServiceKind::Rx);
    auto *rxHint = window.findChild<QLabel *>(QStringLiteral("rxHint"));
    QVERIFY(rxHint && rxHint->isVisible());
    window.showOverview();
    QVERIFY(!window.action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(!window.action(QStringLiteral("startAll"))->isEnabled());
    for (const char *name : {"addRx", "addTx", "edit", "duplicate", "delete", "start", "stop", "restart", "startAll", "stopAll"}) {
        QAction *action = window.action(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->text().isEmpty(), name);
        QVERIFY2(!action->icon().isNull(), name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }

    const auto added = f.manager->add(rxListener(QStringLiteral("Lonely"), nextPort(), 5600));
    QVERIFY(added.ok());
    QVERIFY(!hint->isVisible());
    QVERIFY(window.overview()->table()->isVisible());
    window.showTable(ServiceKind::Rx);
    QVERIFY(!rxHint->isVisible());
    QVERIFY(window.view(ServiceKind::Rx)->isVisible());
    window.showOverview();
    window.selectService(added.id); // in the overview, which shows every kind
    QVERIFY(window.overview()->table()->isVisible());
    QCOMPARE(window.currentServiceId(), added.id);
    QVERIFY(window.action(QStringLiteral("start"))->isEnabled());
    QVERIFY(!window.action(QStringLiteral("stop"))->isEnabled());
    QCOMPARE(window.chartPanel()->service(), added.id);

    window.action(QStringLiteral("start"))->trigger();
    QVERIFY(f.manager->get(added.id)->running);
    QVERIFY(window.action(QStringLiteral("stop"))->isEnabled());
    QTRY_VERIFY(window.summaryText().contains(QLatin1String("RX: 1 of 1 running")));
    QTRY_VERIFY(window.summaryText().contains(QLatin1String("1 waiting")));
    window.action(QStringLiteral("stop"))->trigger();
    QVERIFY(!f.manager->get(added.id)->running);

    // Filter by name.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("nameFilter"));
    filter->setText(QStringLiteral("nothing like it"));
    QCOMPARE(window.view(ServiceKind::Rx)->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(window.view(ServiceKind::Rx)->model()->rowCount(), 1);
}

void TestUiMisc::mainWindowRemembersLayout()
{
    Fixture f;
    {
        AppSettings settings(f.settingsPath());
        MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view(ServiceKind::Rx)->horizontalHeader()->resizeSection(ServiceTableModel::NameColumn, 333);
        window.view(ServiceKind::Rx)->horizontalHeader()->moveSection(ServiceTableModel::LinkColumn, 2);
        window.close(); // no running services: closes without asking
    }
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    QCOMPARE(window.view(ServiceKind::Rx)->horizontalHeader()->sectionSize(ServiceTableModel::NameColumn), 333);
    QCOMPARE(window.view(ServiceKind::Rx)->horizontalHeader()->visualIndex(ServiceTableModel::LinkColumn), 2);
}

void TestUiMisc::chartCsvIsMachineReadable()
{
    StatsSample s;
    s.msecsSinceEpoch = 1700000000123;
    s.rttMs = 12.5;
    s.sendMbps = 0;
    s.recvMbps = 6.25;
    s.lost = 3;
    s.retransmitted = 2;
    s.dropped = 1;
    const QByteArray csv = ChartPanel::toCsv({s});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.at(0), QByteArray("time_utc,epoch_ms,rtt_ms,send_mbps,recv_mbps,lost,retransmitted,dropped"));
    QCOMPARE(lines.at(1), QByteArray("2023-11-14T22:13:20.123Z,1700000000123,12.500,0.000000,6.250000,3,2,1"));
}

namespace {
// Marks every translated text, so that a test sees which texts went through tr() and were
// re-read after the language changed, without .qm files.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return source ? QStringLiteral("[x] ") + QString::fromUtf8(source) : QString();
    }
};
} // namespace

void TestUiMisc::retranslatesAtRunTime()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx), &window);
    dialog.show();
    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("PassPhrase"))), QStringLiteral("short"));
    const QString englishMessage = dialog.shownError(QStringLiteral("PassPhrase"));
    QVERIFY(!englishMessage.isEmpty());

    auto menuTitles = [&window] {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    };
    QCOMPARE(menuTitles().first(), QStringLiteral("&File"));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(menuTitles().first(), QStringLiteral("[x] &File"));
    for (const QString &title : menuTitles())
        QVERIFY2(title.startsWith(QLatin1String("[x] ")), qPrintable(title));
    QVERIFY(window.action(QStringLiteral("addRx"))->text().startsWith(QLatin1String("[x] ")));
    QVERIFY(window.model(ServiceKind::Rx)->headerData(ServiceTableModel::NameColumn, Qt::Horizontal).toString().startsWith(QLatin1String("[x] ")));
    for (QGroupBox *group : dialog.findChildren<QGroupBox *>())
        QVERIFY2(group->title().startsWith(QLatin1String("[x] ")), qPrintable(group->title()));
    // The core validator's message is translated too (ServiceValidator's tr()).
    QVERIFY2(dialog.shownError(QStringLiteral("PassPhrase")).startsWith(QLatin1String("[x] ")),
             qPrintable(dialog.shownError(QStringLiteral("PassPhrase"))));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(menuTitles().first(), QStringLiteral("&File"));
    QCOMPARE(dialog.shownError(QStringLiteral("PassPhrase")), englishMessage);
}
