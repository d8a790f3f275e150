// SPDX-License-Identifier: GPL-3.0-or-later
// Alarms and events of real services: a TX→RX pair on loopback (libsrt) fed by a UDP sender,
// over a real SQLite store and history file. The input stops and comes back; a service that
// cannot connect raises "link down"; stopping clears; an active alarm outlives a restart.
#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/model/AlarmRulesJson.h"
#include "core/store/ServiceStore.h"
#include "tests/common/LoopbackServices.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using srtdesk::testing::rxCaller;
using srtdesk::testing::txListener;
using srtdesk::testtools::UdpSequenceSender;

namespace {

// Ports of this suite: 39000-39199.
int nextPort()
{
    static int port = 39000;
    return port += 2;
}

QList<EventType> typesOf(const QList<EventRecord> &events, qint64 serviceId)
{
    QList<EventType> types;
    for (const EventRecord &event : events) {
        if (event.serviceId == serviceId)
            types.append(event.type);
    }
    return types;
}

std::optional<Alarm> activeOf(AlarmCenter &center, qint64 serviceId, AlarmType type)
{
    const QList<Alarm> active = center.active();
    for (const Alarm &alarm : active) {
        if (alarm.serviceId == serviceId && alarm.type == type)
            return alarm;
    }
    return std::nullopt;
}

AlarmOverrides overridesFrom(const char *json)
{
    return AlarmRulesJson::parseOverrides(QJsonDocument::fromJson(json).object(), QStringLiteral("Alarms")).overrides;
}

std::unique_ptr<UdpSequenceSender> startSender(int port)
{
    UdpSequenceSender::Options options;
    options.port = port;
    options.mbps = 2.0;
    auto sender = std::make_unique<UdpSequenceSender>(options);
    QString error;
    if (!sender->start(&error))
        qWarning() << error;
    return sender;
}

} // namespace

class TestAlarmCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noInputIsRaisedAndClearedWithEvents();
    void serviceOverridesAndStopClearing();
    void activeAlarmOutlivesRestart();

private:
    std::unique_ptr<SrtRuntime> m_runtime;
};

void TestAlarmCenter::initTestCase()
{
    m_runtime = std::make_unique<SrtRuntime>();
}

void TestAlarmCenter::noInputIsRaisedAndClearedWithEvents()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.load());
    AlarmSystem alarms(manager, store, dir.path());
    QVERIFY2(alarms.warnings().isEmpty(), qPrintable(alarms.warnings().join(QLatin1Char(' '))));
    const int srtPort = nextPort();
    const int inPort = nextPort();
    const int outPort = nextPort();
    const qint64 tx = manager.add(txListener(QStringLiteral("tx"), srtPort, inPort)).id;
    const qint64 rx = manager.add(rxCaller(QStringLiteral("rx"), srtPort, outPort)).id;
    auto sender = startSender(inPort);
    QVERIFY(manager.start(tx).ok());
    QVERIFY(manager.start(rx).ok());
    QTRY_COMPARE_WITH_TIMEOUT(manager.get(rx)->stats.state, LinkState::Connected, 10000);
    QTest::qWait(3000);
    QVERIFY2(alarms.alarms().active().isEmpty(), "a healthy pair has no alarm");

    QSignalSpy raised(&alarms.alarms(), &AlarmCenter::alarmRaised);
    sender->stop();
    QElapsedTimer sinceStop;
    sinceStop.start();
    QTRY_VERIFY_WITH_TIMEOUT(activeOf(alarms.alarms(), tx, AlarmType::NoInput).has_value(), 15000);
    const qint64 txLatency = sinceStop.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(activeOf(alarms.alarms(), rx, AlarmType::NoInput).has_value(), 15000);
    qInfo() << "no input raised" << txLatency << "ms after the input stopped (TX)";
    const Alarm alarm = *activeOf(alarms.alarms(), tx, AlarmType::NoInput);
    QCOMPARE(alarm.kind, ServiceKind::Tx);
    QCOMPARE(alarm.serviceName, QStringLiteral("tx"));
    QCOMPARE(alarm.severity, AlarmSeverity::Critical);
    QVERIFY(!activeOf(alarms.alarms(), tx, AlarmType::LinkDown)); // the link stayed up

    sender = startSender(inPort);
    QTRY_VERIFY_WITH_TIMEOUT(alarms.alarms().active().isEmpty(), 15000);
    const std::optional<Alarm> cleared = alarms.history().alarm(alarm.id);
    QVERIFY(cleared && !cleared->isActive());
    QVERIFY(cleared->clearedAtMs > cleared->raisedAtMs);

    const QList<EventRecord> events = alarms.events().events(-1, 1000);
    const QList<EventType> txEvents = typesOf(events, tx);
    QCOMPARE(txEvents.mid(0, 2), (QList<EventType>{EventType::ServiceAdded, EventType::ServiceStarted}));
    QVERIFY(txEvents.contains(EventType::LinkUp));
    QCOMPARE(txEvents.count(EventType::AlarmRaised), 1);
    QCOMPARE(txEvents.count(EventType::AlarmCleared), 1);
    QVERIFY(txEvents.indexOf(EventType::AlarmRaised) < txEvents.indexOf(EventType::AlarmCleared));
    QVERIFY(typesOf(events, rx).contains(EventType::AlarmRaised));

    // Statistics history: samples of both services, also after the process ends (file).
    QVERIFY(alarms.history().flush());
    const QList<HistorySample> samples = alarms.statisticsHistory(tx, 60000);
    QVERIFY2(samples.size() >= 5, qPrintable(QString::number(samples.size())));
    QVERIFY(std::any_of(samples.cbegin(), samples.cend(), [](const HistorySample &s) { return s.inputMbitRate > 1.5; }));
    QVERIFY(std::any_of(samples.cbegin(), samples.cend(), [](const HistorySample &s) { return s.inputMbitRate == 0; }));
    sender->stop();
}

void TestAlarmCenter::serviceOverridesAndStopClearing()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.load());
    AlarmSystem alarms(manager, store, dir.path());
    // A listener nobody calls: its link is down. Globally link_down waits 5 s; this one 1 s.
    const auto added = manager.add(txListener(QStringLiteral("lonely"), nextPort(), nextPort()),
                                   overridesFrom(R"({"link_down": {"RaiseAfterSeconds": 1, "Severity": "minor"}})"));
    QVERIFY(added.ok());
    const qint64 id = added.id;
    QCOMPARE(alarms.alarms().effectiveRules(id).rule(AlarmType::LinkDown).raiseAfterSecs, 1);
    QCOMPARE(alarms.alarms().effectiveRules(id).rule(AlarmType::LinkDown).clearAfterSecs,
             AlarmRules::defaults().rule(AlarmType::LinkDown).clearAfterSecs);
    QVERIFY(manager.start(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(activeOf(alarms.alarms(), id, AlarmType::LinkDown).has_value(), 10000);
    QCOMPARE(activeOf(alarms.alarms(), id, AlarmType::LinkDown)->severity, AlarmSeverity::Minor);

    // Stopping clears at once, without the clear hold-off.
    QSignalSpy cleared(&alarms.alarms(), &AlarmCenter::alarmCleared);
    QVERIFY(manager.stop(id).ok());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(alarms.alarms().active().isEmpty());

    // The overrides were stored with the service, and go with it.
    {
        const auto records = store.loadAll();
        QVERIFY(records && records->size() == 1);
        QCOMPARE(records->first().alarms.rule(AlarmType::LinkDown).raiseAfterSecs, std::optional<int>(1));
    }
    // An update without overrides keeps them; with {} they are gone.
    QVERIFY(manager.update(id, *manager.config(id)).ok());
    QCOMPARE(manager.alarmOverrides(id).rule(AlarmType::LinkDown).raiseAfterSecs, std::optional<int>(1));
    QVERIFY(manager.update(id, *manager.config(id), AlarmOverrides{}).ok());
    QVERIFY(manager.alarmOverrides(id).isEmpty());
    QVERIFY(manager.update(id, *manager.config(id), overridesFrom(R"({"rtt": {"Enabled": false}})")).ok());
    QVERIFY(manager.remove(id).ok());
    const QList<EventType> types = typesOf(alarms.events().events(-1, 100), id);
    QCOMPARE(types, (QList<EventType>{EventType::ServiceAdded, EventType::ServiceStarted, EventType::AlarmRaised,
                                      EventType::AlarmCleared, EventType::ServiceStopped, EventType::ServiceChanged,
                                      EventType::ServiceChanged, EventType::ServiceChanged, EventType::ServiceDeleted}));
    // A new service with the same id cannot inherit them (AUTOINCREMENT never reuses an id).
    const auto records = store.loadAll();
    QVERIFY(records && records->isEmpty());
}

void TestAlarmCenter::activeAlarmOutlivesRestart()
{
    QTemporaryDir dir;
    qint64 id = 0;
    qint64 alarmId = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        ServiceManager manager(store, *m_runtime);
        QVERIFY(manager.load());
        AlarmSystem alarms(manager, store, dir.path());
        id = manager.add(txListener(QStringLiteral("waiting"), nextPort(), nextPort()),
                         overridesFrom(R"({"link_down": {"RaiseAfterSeconds": 0, "ClearAfterSeconds": 0}})"))
                 .id;
        QVERIFY(manager.start(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(activeOf(alarms.alarms(), id, AlarmType::LinkDown).has_value(), 10000);
        alarmId = activeOf(alarms.alarms(), id, AlarmType::LinkDown)->id;
        // The process ends with the alarm active (the alarm system goes first, as in main()).
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.load());
    AlarmSystem alarms(manager, store, dir.path());
    QSignalSpy raised(&alarms.alarms(), &AlarmCenter::alarmRaised);
    QCOMPARE(alarms.alarms().active().size(), 1);
    QCOMPARE(alarms.alarms().active().first().id, alarmId);
    manager.resumeDesired();
    QTest::qWait(2500); // a few ticks with the condition still there
    QCOMPARE(raised.count(), 0);
    QCOMPARE(alarms.alarms().active().size(), 1);
    QCOMPARE(alarms.alarms().active().first().id, alarmId);
    // Acknowledged after the restart, then cleared by stopping; the next alarm gets a new id.
    Alarm acknowledged;
    QCOMPARE(alarms.alarms().acknowledge(alarmId, &acknowledged), AlarmCenter::Acknowledgement::Done);
    QVERIFY(acknowledged.acknowledged);
    QCOMPARE(alarms.alarms().acknowledge(alarmId, &acknowledged), AlarmCenter::Acknowledgement::AlreadyAcknowledged);
    QCOMPARE(alarms.alarms().acknowledge(alarmId + 100, &acknowledged), AlarmCenter::Acknowledgement::NotFound);
    QVERIFY(manager.stop(id).ok());
    QVERIFY(manager.start(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(activeOf(alarms.alarms(), id, AlarmType::LinkDown).has_value(), 10000);
    QCOMPARE(activeOf(alarms.alarms(), id, AlarmType::LinkDown)->id, alarmId + 1);
    QVERIFY(alarms.history().alarm(alarmId)->acknowledged);
}

QTEST_GUILESS_MAIN(TestAlarmCenter)
#include "TestAlarmCenter.moc"
