// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestAlarmsDock.h"

#include "UiTestSupport.h"
#include "core/model/AlarmText.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/AlarmBadge.h"
#include "ui/AlarmFilterModel.h"
#include "ui/AlarmNotifier.h"
#include "ui/AlarmRulesEditor.h"
#include "ui/AlarmTableModel.h"
#include "ui/AlarmsPanel.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ServiceDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/WindowStatusBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

// A TX listener and its RX caller with no feed: once linked, both raise "no input" (critical,
// 2 s of hold-off) within a few seconds.
struct UnfedPair
{
    UnfedPair(ServiceManager &manager, const QString &name)
    {
        const int srtPort = nextLinkPort();
        udpIn = nextLinkPort();
        tx = manager.add(txListener(name + QStringLiteral(" TX"), srtPort, udpIn)).id;
        rx = manager.add(rxCaller(name + QStringLiteral(" RX"), srtPort, nextLinkPort())).id;
        manager.start(tx);
        manager.start(rx);
    }
    qint64 tx = 0;
    qint64 rx = 0;
    int udpIn = 0;
};

int rowOfService(const QTableView &view, qint64 serviceId)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, 0).data(AlarmTableModel::ServiceIdRole).toLongLong() == serviceId)
            return row;
    }
    return -1;
}

bool activeAlarmOf(AlarmSystem &alarms, qint64 serviceId, AlarmType type, Alarm *found = nullptr)
{
    for (const Alarm &alarm : alarms.alarms().active()) {
        if (alarm.serviceId == serviceId && alarm.type == type) {
            if (found)
                *found = alarm;
            return true;
        }
    }
    return false;
}

} // namespace

void TestAlarmsDock::badgeOpensTheDockAndAlarmsAreActedOn()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const UnfedPair pair(*f.manager, QStringLiteral("Unfed"));
    AlarmBadge *badge = window.windowStatusBar()->alarmBadge();
    QTRY_VERIFY_WITH_TIMEOUT(activeAlarmOf(*f.alarms, pair.tx, AlarmType::NoInput)
                                 && activeAlarmOf(*f.alarms, pair.rx, AlarmType::NoInput), 15000);
    const int active = int(f.alarms->alarms().active().size());
    QTRY_COMPARE(badge->count(), active);
    QCOMPARE(badge->unacknowledged(), active);
    QVERIFY(window.summaryText().contains(QString::number(active)));

    // The badge opens the dock at the active alarms, mouse or keyboard.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("alarmDock"));
    QVERIFY(dock);
    dock->hide();
    QTest::mouseClick(badge, Qt::LeftButton);
    QTRY_VERIFY(dock->isVisible());
    AlarmsPanel *panel = window.alarmsPanel();
    QTableView *view = panel->activeView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), active);
    dock->hide();
    badge->setFocus();
    QTest::keyClick(badge, Qt::Key_Space);
    QTRY_VERIFY(view->isVisible());

    // Each row: severity, service, since, message in words.
    const int rxRow = rowOfService(*view, pair.rx);
    QVERIFY(rxRow >= 0);
    const auto cell = [&](int row, int column) { return view->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(rxRow, AlarmTableModel::SeverityColumn), AlarmText::title(AlarmSeverity::Critical));
    QVERIFY2(cell(rxRow, AlarmTableModel::ServiceColumn).contains(QLatin1String("Unfed RX")),
             qPrintable(cell(rxRow, AlarmTableModel::ServiceColumn)));
    QVERIFY(!cell(rxRow, AlarmTableModel::SinceColumn).isEmpty());
    QVERIFY2(cell(rxRow, AlarmTableModel::MessageColumn).contains(QLatin1String("Nothing has been received")),
             qPrintable(cell(rxRow, AlarmTableModel::MessageColumn)));

    // Go to service selects it in the window.
    view->setCurrentIndex(view->model()->index(rxRow, 0));
    panel->findChild<QPushButton *>(QStringLiteral("showAlarmService"))->click();
    QCOMPARE(window.currentServiceId(), pair.rx);

    // Acknowledge one: that alarm, and only it.
    view->selectRow(rxRow);
    const qint64 rxAlarm = view->model()->index(rxRow, 0).data(AlarmTableModel::AlarmIdRole).toLongLong();
    panel->findChild<QPushButton *>(QStringLiteral("acknowledgeAlarm"))->click();
    for (const Alarm &alarm : f.alarms->alarms().active())
        QCOMPARE(alarm.acknowledged, alarm.id == rxAlarm);
    QTRY_COMPARE(badge->unacknowledged(), active - 1);
    QCOMPARE(badge->count(), active);

    // Acknowledge all: every one; the button has nothing left to do.
    auto *all = panel->findChild<QPushButton *>(QStringLiteral("acknowledgeAllAlarms"));
    QVERIFY(all->isEnabled());
    all->click();
    for (const Alarm &alarm : f.alarms->alarms().active())
        QVERIFY(alarm.acknowledged);
    QTRY_COMPARE(badge->unacknowledged(), 0);
    QVERIFY(!all->isEnabled());
    // Acknowledged alarms are in the event log.
    int acknowledgements = 0;
    for (const EventRecord &event : f.alarms->events().events(-1, 100))
        acknowledgements += event.type == EventType::AlarmAcknowledged ? 1 : 0;
    QCOMPARE(acknowledgements, active);

    // The action of the View menu opens it too.
    dock->hide();
    window.action(QStringLiteral("showAlarms"))->trigger();
    QVERIFY(dock->isVisible());
    f.manager->stopAll();
    QTRY_COMPARE(view->model()->rowCount(), 0); // a stopped service has no alarms
    QTRY_COMPARE(badge->count(), 0);
}

void TestAlarmsDock::historyFiltersAndExports()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const UnfedPair pair(*f.manager, QStringLiteral("Quiet"));
    QTRY_VERIFY_WITH_TIMEOUT(activeAlarmOf(*f.alarms, pair.tx, AlarmType::NoInput)
                                 && activeAlarmOf(*f.alarms, pair.rx, AlarmType::NoInput), 15000);

    // The feed starts: the alarms clear (2 s of hold-off) and stay in the history.
    testtools::UdpSequenceSender::Options options;
    options.port = pair.udpIn;
    options.mbps = 1.0;
    testtools::UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!activeAlarmOf(*f.alarms, pair.tx, AlarmType::NoInput)
                                 && !activeAlarmOf(*f.alarms, pair.rx, AlarmType::NoInput), 15000);
    sender.stop();

    window.showAlarms();
    AlarmsPanel *panel = window.alarmsPanel();
    panel->showHistory();
    QTableView *history = panel->historyView();
    QVERIFY(history->isVisible());
    QTRY_VERIFY(history->model()->rowCount() >= 2);
    const int all = history->model()->rowCount();
    for (int row = 0; row < all; ++row) {
        const QModelIndex cleared = history->model()->index(row, AlarmTableModel::ClearedColumn);
        QVERIFY2(cleared.data().toString() != AlarmTableModel::tr("Active"), "the feed cleared every alarm");
    }

    // The filter: a service's name, then something nobody has.
    auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("alarmHistoryFilter"));
    QTest::keyClicks(filter, QStringLiteral("quiet rx"));
    QVERIFY(history->model()->rowCount() >= 1);
    QVERIFY(history->model()->rowCount() < all);
    for (int row = 0; row < history->model()->rowCount(); ++row)
        QCOMPARE(history->model()->index(row, 0).data(AlarmTableModel::ServiceIdRole).toLongLong(), pair.rx);
    const int rxRows = history->model()->rowCount();

    // CSV of what is shown: a header, one line per row, machine-readable fields.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("alarms.csv"));
    QVERIFY2(panel->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rxRows + 1);
    QCOMPARE(lines.first(), QByteArray("id,raised_utc,cleared_utc,severity,type,service_id,service,acknowledged_utc,message"));
    const QList<QByteArray> fields = lines.at(1).split(',');
    QCOMPARE(fields.at(3), QByteArray("critical"));
    QCOMPARE(fields.at(4), QByteArray("no_input"));
    QCOMPARE(fields.at(5).toLongLong(), pair.rx);
    QVERIFY(QDateTime::fromString(QString::fromUtf8(fields.at(1)), Qt::ISODate).isValid());
    QVERIFY(QDateTime::fromString(QString::fromUtf8(fields.at(2)), Qt::ISODate).isValid());

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no such thing"));
    QCOMPARE(history->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(history->model()->rowCount(), all);
    // Severity: no minor alarm here, so "critical only" keeps them all; the filter's levels are
    // the rule's.
    auto *severity = panel->findChild<QComboBox *>(QStringLiteral("alarmHistorySeverity"));
    severity->setCurrentIndex(severity->findData(int(AlarmSeverity::Critical)));
    QCOMPARE(history->model()->rowCount(), all);
    QCOMPARE(panel->historyFilter()->minimumSeverity(), AlarmSeverity::Critical);
    f.manager->stopAll();
}

void TestAlarmsDock::notificationsFollowTheSetting()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    QSignalSpy notified(window.alarmNotifier(), &AlarmNotifier::notificationReady);

    settings.setNotifyAlarms(false);
    const UnfedPair first(*f.manager, QStringLiteral("Silent"));
    QTRY_VERIFY_WITH_TIMEOUT(activeAlarmOf(*f.alarms, first.rx, AlarmType::NoInput), 15000);
    QCOMPARE(notified.count(), 0);

    settings.setNotifyAlarms(true);
    Alarm raised;
    const UnfedPair second(*f.manager, QStringLiteral("Loud"));
    QTRY_VERIFY_WITH_TIMEOUT(activeAlarmOf(*f.alarms, second.rx, AlarmType::NoInput, &raised), 15000);
    QTRY_VERIFY(notified.count() >= 1);
    bool aboutRx = false;
    for (const QList<QVariant> &args : notified)
        aboutRx |= args.at(1).toString().contains(QLatin1String("Loud RX"));
    QVERIFY(aboutRx);
    QVERIFY(notified.first().at(2).toBool()); // no input is critical
    f.manager->stopAll();
}

void TestAlarmsDock::globalRulesAreEditedInSettings()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    AlarmRules rules = f.alarms->rules();
    SettingsDialog dialog(settings, f.dir.path(), rules);
    auto *editor = dialog.findChild<AlarmRulesEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->rules(), rules);

    // Loss above 0.5 % over 20 s, RTT off, low bit rate on at 2 Mbit/s: through the editors.
    editor->findChild<QDoubleSpinBox *>(QStringLiteral("loss.Threshold"))->setValue(0.5);
    editor->findChild<QSpinBox *>(QStringLiteral("loss.WindowSeconds"))->setValue(20);
    editor->findChild<QCheckBox *>(QStringLiteral("rtt.Enabled"))->setChecked(false);
    editor->findChild<QCheckBox *>(QStringLiteral("low_bitrate.Enabled"))->setChecked(true);
    editor->findChild<QDoubleSpinBox *>(QStringLiteral("low_bitrate.Threshold"))->setValue(2);
    auto *severity = editor->findChild<QComboBox *>(QStringLiteral("low_bitrate.Severity"));
    severity->setCurrentIndex(severity->findData(int(AlarmSeverity::Critical)));
    auto *notify = dialog.findChild<QCheckBox *>(QStringLiteral("notifyAlarms"));
    QVERIFY(notify);
    notify->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!settings.notifyAlarms());

    AlarmRules expected = rules;
    expected.rule(AlarmType::Loss).threshold = 0.5;
    expected.rule(AlarmType::Loss).windowSecs = 20;
    expected.rule(AlarmType::Rtt).enabled = false;
    expected.rule(AlarmType::LowBitrate).enabled = true;
    expected.rule(AlarmType::LowBitrate).threshold = 2;
    expected.rule(AlarmType::LowBitrate).severity = AlarmSeverity::Critical;
    QCOMPARE(dialog.alarmRules(), expected);

    // The window stores them where the REST API reads them, and a new AlarmSystem finds them.
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    QString error;
    QVERIFY2(window.applyAlarmRules(dialog.alarmRules(), &error), qPrintable(error));
    QCOMPARE(f.alarms->rules(), expected);
    AlarmSystem reopened(*f.manager, f.store, f.dir.path());
    QCOMPARE(reopened.rules(), expected);
}

void TestAlarmsDock::serviceRulesAreEditedInTheServiceForm()
{
    Fixture f;
    const auto added = f.manager->add(rxListener(QStringLiteral("Own rules"), nextLinkPort(), nextLinkPort()));
    QVERIFY(added.ok());
    const ServiceConfig config = *f.manager->config(added.id);
    AlarmRules global = f.alarms->rules();
    global.rule(AlarmType::Rtt).threshold = 300;
    QString error;
    QVERIFY(f.alarms->setRules(global, &error));

    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Edit, config);
    dialog.setGlobalAlarmRules(f.alarms->rules());
    AlarmRulesEditor *editor = dialog.alarmRulesEditor();
    QVERIFY(editor);
    // A service that overrides nothing shows the global rules, greyed.
    auto *ownRtt = editor->findChild<QCheckBox *>(QStringLiteral("rtt.Own"));
    auto *rttThreshold = editor->findChild<QDoubleSpinBox *>(QStringLiteral("rtt.Threshold"));
    QVERIFY(ownRtt && rttThreshold);
    QVERIFY(!ownRtt->isChecked());
    QCOMPARE(rttThreshold->value(), 300.0);
    QVERIFY(!rttThreshold->isEnabled());
    // Its own RTT limit: only the threshold differs from the global rule, so only it is kept.
    ownRtt->setChecked(true);
    QVERIFY(rttThreshold->isEnabled());
    rttThreshold->setValue(120);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AlarmOverrides stored = f.manager->alarmOverrides(added.id);
    QCOMPARE(stored.rule(AlarmType::Rtt).threshold, std::optional<double>(120));
    QVERIFY(!stored.rule(AlarmType::Rtt).enabled && !stored.rule(AlarmType::Rtt).severity);
    QVERIFY(stored.rule(AlarmType::Loss).isEmpty());
    QCOMPARE(f.alarms->alarms().effectiveRules(added.id).rule(AlarmType::Rtt).threshold, 120.0);
    // A later change of the global RTT severity still reaches the service.
    global.rule(AlarmType::Rtt).severity = AlarmSeverity::Critical;
    QVERIFY(f.alarms->setRules(global, &error));
    QCOMPARE(f.alarms->alarms().effectiveRules(added.id).rule(AlarmType::Rtt).severity, AlarmSeverity::Critical);

    // Editing again shows the override; giving it up removes it.
    ServiceDialog again(*f.manager, ServiceDialog::Purpose::Edit, *f.manager->config(added.id));
    again.setGlobalAlarmRules(f.alarms->rules());
    auto *ownAgain = again.alarmRulesEditor()->findChild<QCheckBox *>(QStringLiteral("rtt.Own"));
    QVERIFY(ownAgain->isChecked());
    QCOMPARE(again.alarmRulesEditor()->findChild<QDoubleSpinBox *>(QStringLiteral("rtt.Threshold"))->value(), 120.0);
    ownAgain->setChecked(false);
    again.accept();
    QVERIFY(f.manager->alarmOverrides(added.id).isEmpty());
}
