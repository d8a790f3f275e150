// SPDX-License-Identifier: GPL-3.0-or-later
// The history file on real SQLite files: its writer thread, what survives a reopen, retention,
// minute aggregates, a file that cannot be written for a while, and a damaged one.
#include "core/store/HistoryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;

namespace {

EventRecord eventAt(qint64 id, qint64 timeMs, EventType type = EventType::ServiceStarted)
{
    EventRecord event;
    event.id = id;
    event.timeMs = timeMs;
    event.type = type;
    event.serviceId = 4;
    event.kind = ServiceKind::Tx;
    event.serviceName = QStringLiteral("Feed %1").arg(id);
    return event;
}

Alarm alarmAt(qint64 id, qint64 raisedMs, qint64 clearedMs)
{
    Alarm alarm;
    alarm.id = id;
    alarm.serviceId = 4;
    alarm.kind = ServiceKind::Tx;
    alarm.serviceName = QStringLiteral("Feed");
    alarm.type = AlarmType::NoInput;
    alarm.severity = AlarmSeverity::Critical;
    alarm.raisedAtMs = raisedMs;
    alarm.clearedAtMs = clearedMs;
    alarm.seconds = 2;
    return alarm;
}

HistorySample sampleAt(qint64 serviceId, qint64 timeMs, double rtt, double rate)
{
    HistorySample sample;
    sample.serviceId = serviceId;
    sample.timeMs = timeMs;
    sample.rttMs = rtt;
    sample.mbitRate = rate;
    sample.inputMbitRate = rate;
    sample.packets = 100;
    sample.lost = 1;
    sample.tsErrors.ccErrors = 2;
    return sample;
}

QList<qint64> idsOf(const QList<EventRecord> &events)
{
    QList<qint64> ids;
    for (const EventRecord &event : events)
        ids.append(event.id);
    return ids;
}

HistoryStore::Options quietOptions()
{
    HistoryStore::Options options;
    options.flushIntervalMs = 200;
    return options;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void eventsAndAlarmsSurviveReopen();
    void waitingRecordsAreListedExactlyOnce();
    void retentionByAgeAndRows();
    void secondSamplesFoldIntoMinutes();
    void unwritableFileKeepsRecordsUntilItCanBeWritten();
    void damagedFileIsMovedAside();
};

void TestHistoryStore::eventsAndAlarmsSurviveReopen()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        HistoryStore history(quietOptions());
        QVERIFY2(history.open(dir.path()), qPrintable(history.errorString()));
        QCOMPARE(history.lastEventId(), 0);
        for (qint64 id = 1; id <= 5; ++id)
            history.addEvent(eventAt(id, now + id));
        history.putAlarm(alarmAt(1, now, 0));
        history.putAlarm(alarmAt(2, now, 0));
        // Listed before the writer wrote them.
        QCOMPARE(idsOf(history.events(-1, 100)), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(history.activeAlarms().size(), 2);
        QVERIFY(history.flush());
        history.putAlarm(alarmAt(2, now, now + 5000)); // cleared later
        QCOMPARE(history.activeAlarms().size(), 1);
    } // closing writes what waits
    QVERIFY(QFile::exists(dir.filePath(HistoryStore::kFileName)));

    HistoryStore reopened(quietOptions());
    QVERIFY(reopened.open(dir.path()));
    QCOMPARE(reopened.lastEventId(), 5);
    QCOMPARE(reopened.lastAlarmId(), 2);
    QCOMPARE(idsOf(reopened.events(-1, 100)), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(idsOf(reopened.events(-1, 2)), (QList<qint64>{4, 5}));
    QCOMPARE(idsOf(reopened.events(now + 3, 100)), (QList<qint64>{3, 4, 5}));
    QCOMPARE(idsOf(reopened.events(now + 3, 1)), (QList<qint64>{3}));
    const EventRecord first = reopened.events(-1, 1).value(0);
    QCOMPARE(first.serviceName, QStringLiteral("Feed 5"));
    QCOMPARE(first.kind, ServiceKind::Tx);
    const QList<Alarm> active = reopened.activeAlarms();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().id, 1);
    QCOMPARE(reopened.alarm(2)->clearedAtMs, now + 5000);
    QCOMPARE(reopened.alarms(10).size(), 2);
    QVERIFY(!reopened.alarm(3).has_value());
}

void TestHistoryStore::waitingRecordsAreListedExactlyOnce()
{
    QTemporaryDir dir;
    HistoryStore::Options options;
    options.flushIntervalMs = 20; // the writer commits while the loop reads
    HistoryStore history(options);
    QVERIFY(history.open(dir.path()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 id = 1; id <= 2000; ++id) {
        history.addEvent(eventAt(id, now));
        if (id % 100 == 0) {
            const QList<qint64> ids = idsOf(history.events(-1, 10000));
            QCOMPARE(ids.size(), id);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), id);
            QCOMPARE(ids.last(), id);
            QTest::qWait(5);
        }
    }
    QVERIFY(history.flush());
    QCOMPARE(history.events(-1, 10000).size(), 2000);
}

void TestHistoryStore::retentionByAgeAndRows()
{
    QTemporaryDir dir;
    HistoryStore::Options options = quietOptions();
    options.retention.maxRows = 100;
    options.retention.maxAgeMs = HistoryRetention::kDayMs;
    HistoryStore history(options);
    QVERIFY(history.open(dir.path()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // 50 events two days old, then 200 recent ones.
    qint64 id = 0;
    for (int i = 0; i < 50; ++i)
        history.addEvent(eventAt(++id, now - 2 * HistoryRetention::kDayMs));
    for (int i = 0; i < 200; ++i)
        history.addEvent(eventAt(++id, now - 1000 + i));
    // An alarm raised long ago and still active is never pruned; an old cleared one is.
    history.putAlarm(alarmAt(1, now - 3 * HistoryRetention::kDayMs, 0));
    history.putAlarm(alarmAt(2, now - 3 * HistoryRetention::kDayMs, now - 2 * HistoryRetention::kDayMs));
    history.putAlarm(alarmAt(3, now - 1000, now - 500));
    QVERIFY(history.flush());
    history.prune();
    const QList<EventRecord> kept = history.events(-1, 10000);
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first().id, 151); // the newest 100
    QCOMPARE(history.alarms(100).size(), 2);
    QVERIFY(history.alarm(1).has_value());
    QVERIFY(!history.alarm(2).has_value());
    QVERIFY(history.alarm(3).has_value());
}

void TestHistoryStore::secondSamplesFoldIntoMinutes()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 thisMinute = now - now % 60000;
    const qint64 firstMinute = thisMinute - 3 * 60000;
    {
        HistoryStore history(quietOptions());
        QVERIFY(history.open(dir.path()));
        QList<HistorySample> samples;
        for (qint64 t = firstMinute; t < thisMinute; t += 1000) {
            const int second = int((t - firstMinute) / 1000);
            samples.append(sampleAt(1, t, 10 + second % 60, 5.0 + (second % 2)));
            samples.append(sampleAt(2, t, 99, 1.0));
        }
        history.addSamples(samples);
        QCOMPARE(history.samples(1, firstMinute, now, HistoryStore::Resolution::Second).size(), 180); // waiting
        QVERIFY(history.flush());
    }
    HistoryStore history(quietOptions());
    QVERIFY(history.open(dir.path()));
    const QList<HistorySample> seconds = history.samples(1, firstMinute, now);
    QCOMPARE(seconds.size(), 180);
    QCOMPARE(seconds.first().timeMs, firstMinute);
    QCOMPARE(seconds.first().tsErrors.ccErrors, 2);
    const QList<HistorySample> minutes = history.samples(1, firstMinute, now, HistoryStore::Resolution::Minute);
    QCOMPARE(minutes.size(), 3);
    for (const HistorySample &minute : minutes) {
        QCOMPARE(minute.samples, 60);
        QCOMPARE(minute.rttMs, 39.5); // 10..69
        QCOMPARE(minute.rttMaxMs, 69.0);
        QCOMPARE(minute.mbitRate, 5.5);
        QCOMPARE(minute.mbitRateMin, 5.0);
        QCOMPARE(minute.mbitRateMax, 6.0);
        QCOMPARE(minute.packets, 6000);
        QCOMPARE(minute.lost, 60);
        QCOMPARE(minute.tsErrors.ccErrors, 120);
    }
    QCOMPARE(minutes.at(1).timeMs - minutes.at(0).timeMs, 60000);
    // A window longer than an hour is answered from the minutes.
    QCOMPARE(history.samples(1, now - HistoryRetention::kDayMs, now).size(), 3);
    QCOMPARE(history.samples(2, now - HistoryRetention::kDayMs, now).first().rttMs, 99.0);
}

void TestHistoryStore::unwritableFileKeepsRecordsUntilItCanBeWritten()
{
    QTemporaryDir dir;
    // A directory where the file should be: nothing can open it, as with a full or broken disk.
    QVERIFY(QDir().mkpath(dir.filePath(HistoryStore::kFileName)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HistoryStore::Options options = quietOptions();
    options.queue.samples = 10;
    {
        HistoryStore history(options);
        QVERIFY(!history.open(dir.path()));
        QVERIFY2(history.errorString().contains(HistoryStore::kFileName), qPrintable(history.errorString()));
        history.addEvent(eventAt(1, now));
        history.putAlarm(alarmAt(1, now, 0));
        QList<HistorySample> samples;
        for (int i = 0; i < 25; ++i)
            samples.append(sampleAt(1, now - 25000 + i * 1000, 5, 5));
        history.addSamples(samples);
        QVERIFY(!history.flush());
        QCOMPARE(history.dropped().samples, 15); // bounded: the oldest went
        QCOMPARE(idsOf(history.events(-1, 10)), QList<qint64>{1});
        QCOMPARE(history.activeAlarms().size(), 1);
        QCOMPARE(history.samples(1, now - 60000, now).size(), 10);

        QVERIFY(QDir(dir.filePath(HistoryStore::kFileName)).removeRecursively());
        QVERIFY(history.flush()); // the disk came back
        QCOMPARE(history.lastEventId(), 1);
    }
    HistoryStore reopened(options);
    QVERIFY(reopened.open(dir.path()));
    QCOMPARE(idsOf(reopened.events(-1, 10)), QList<qint64>{1});
    QCOMPARE(reopened.activeAlarms().size(), 1);
    QCOMPARE(reopened.samples(1, now - 60000, now).size(), 10);
}

void TestHistoryStore::damagedFileIsMovedAside()
{
    QTemporaryDir dir;
    QFile garbage(dir.filePath(HistoryStore::kFileName));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(16384, '\x5a'));
    garbage.close();
    HistoryStore history(quietOptions());
    QVERIFY2(history.open(dir.path()), qPrintable(history.errorString()));
    const QStringList aside = QDir(dir.path()).entryList({HistoryStore::kFileName + QStringLiteral(".damaged-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), 16384);
    history.addEvent(eventAt(1, QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(history.flush());
    QCOMPARE(history.events(-1, 10).size(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"
