// SPDX-License-Identifier: GPL-3.0-or-later
// Alarm rules, webhooks and query parameters as core/model reads and writes them, and the
// alarm conditions of AlarmEvaluator, driven tick by tick with explicit times (no waiting).
#include "core/UntranslatedScope.h"
#include "core/alarms/AlarmEvaluator.h"
#include "core/model/AlarmJson.h"
#include "core/model/AlarmRulesJson.h"
#include "core/model/AlarmText.h"
#include "core/model/HistoryQuery.h"
#include "core/model/WebhookJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace srtdesk;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

QJsonObject objectOf(const OrderedJson &json)
{
    return QJsonDocument::fromJson(json.toJson()).object();
}

// A tick of a connected service at `seconds` (1 s intervals), carrying `mbps` of input.
ServiceTick tickAt(int seconds, double mbps, LinkState state = LinkState::Connected)
{
    ServiceTick tick;
    tick.serviceId = 7;
    tick.kind = ServiceKind::Tx;
    tick.serviceName = QStringLiteral("Feed");
    tick.nowMs = 1'000'000 + qint64(seconds) * 1000;
    tick.intervalMs = seconds > 0 ? 1000 : 0;
    tick.stats.state = state;
    tick.inputMbitRate = mbps;
    tick.packets = mbps > 0 ? 500 : 0;
    return tick;
}

// Runs ticks 0..lastSecond through `evaluator`, each made by `make`; returns the transitions
// with the second they happened in.
QList<QPair<int, AlarmEvaluator::Transition>> run(AlarmEvaluator &evaluator, const AlarmRules &rules, int firstSecond,
                                                  int lastSecond, const std::function<ServiceTick(int)> &make)
{
    QList<QPair<int, AlarmEvaluator::Transition>> out;
    for (int second = firstSecond; second <= lastSecond; ++second) {
        const auto transitions = evaluator.evaluate(make(second), rules);
        for (const auto &transition : transitions)
            out.append({second, transition});
    }
    return out;
}

} // namespace

class TestAlarmModel : public QObject
{
    Q_OBJECT

private slots:
    void rulesRoundTripWithDefaults();
    void putRulesChangesOnlyWhatItNames();
    void badRulesNameEveryField();
    void serviceOverridesApplyOverGlobalRules();
    void webhooksAreCheckedAndMasked();
    void historyQueryParameters();
    void alarmAndEventJson();
    void messagesRenderInEnglishForTheApi();

    void linkDownWaitsForItsHoldOff();
    void noInputComesWithinFiveSecondsAndClears();
    void noInputOnlyWhileTheLinkIsUp();
    void flappingIsDamped();
    void disabledRuleClearsAtOnce();
    void lossOverItsWindow();
    void rttAndBitrateBounds();
    void tsErrorsPerMinuteAndSyncLoss();
    void neverTsIsNotSyncLoss();
    void adoptedAlarmIsNotRaisedTwice();
    void clearAllClearsWhatIsRaised();
};

void TestAlarmModel::rulesRoundTripWithDefaults()
{
    const AlarmRules defaults = AlarmRules::defaults();
    const QJsonObject json = objectOf(AlarmRulesJson::rules(defaults));
    QCOMPARE(json.keys().size(), 8);
    QCOMPARE(json.value(QStringLiteral("no_input")).toObject().value(QStringLiteral("Severity")).toString(),
             QStringLiteral("critical"));
    QVERIFY(!json.value(QStringLiteral("no_input")).toObject().contains(QStringLiteral("Threshold")));
    QVERIFY(json.value(QStringLiteral("loss")).toObject().contains(QStringLiteral("WindowSeconds")));
    QCOMPARE(json.value(QStringLiteral("low_bitrate")).toObject().value(QStringLiteral("Enabled")).toBool(), false);
    const auto back = AlarmRulesJson::rulesFromStored(AlarmRulesJson::toStored(defaults));
    QVERIFY(back.has_value());
    QVERIFY(*back == defaults);
    // The key order follows the alarm types, as documented.
    QCOMPARE(AlarmRulesJson::rules(defaults).keys().first(), QStringLiteral("link_down"));
}

void TestAlarmModel::putRulesChangesOnlyWhatItNames()
{
    const AlarmRules base = AlarmRules::defaults();
    const auto parsed = AlarmRulesJson::parseRules(
        R"({"no_input": {"RaiseAfterSeconds": "4", "Severity": "MAJOR"}, "loss": {"Threshold": 0.5, "WindowSeconds": 30}})",
        base);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).message));
    QCOMPARE(parsed.rules.rule(AlarmType::NoInput).raiseAfterSecs, 4);
    QCOMPARE(parsed.rules.rule(AlarmType::NoInput).severity, AlarmSeverity::Major);
    QCOMPARE(parsed.rules.rule(AlarmType::NoInput).clearAfterSecs, base.rule(AlarmType::NoInput).clearAfterSecs);
    QCOMPARE(parsed.rules.rule(AlarmType::Loss).threshold, 0.5);
    QCOMPARE(parsed.rules.rule(AlarmType::Loss).windowSecs, 30);
    QVERIFY(parsed.rules.rule(AlarmType::Rtt) == base.rule(AlarmType::Rtt));
    QVERIFY(AlarmRulesJson::parseRules("{}", base).rules == base);
}

void TestAlarmModel::badRulesNameEveryField()
{
    const AlarmRules base = AlarmRules::defaults();
    const auto parsed = AlarmRulesJson::parseRules(
        R"({"no_input": {"Threshold": 3, "RaiseAfterSeconds": -1}, "nope": {}, "loss": {"Threshold": 0, "WindowSeconds": 0},
            "rtt": {"Severity": "fatal", "Enabled": "yes"}, "ts_errors": {"Threshold": 2.5}, "link_down": 5,
            "LOSS": {}})",
        base);
    QVERIFY(!parsed.ok());
    const QStringList fields = fieldsOf(parsed.errors);
    for (const char *expected : {"no_input.Threshold", "no_input.RaiseAfterSeconds", "nope", "loss.Threshold",
                                 "loss.WindowSeconds", "rtt.Severity", "rtt.Enabled", "ts_errors.Threshold",
                                 "link_down", "LOSS"}) {
        QVERIFY2(fields.contains(QLatin1String(expected)), qPrintable(fields.join(QLatin1Char(' '))));
    }
    for (const FieldError &error : parsed.errors)
        QVERIFY2(error.message.contains(error.field), qPrintable(error.message)); // each names its field
    QVERIFY(parsed.rules == base); // nothing applied

    const auto crossed = AlarmRulesJson::parseRules(
        R"({"low_bitrate": {"Enabled": true, "Threshold": 20}, "high_bitrate": {"Enabled": true, "Threshold": 10}})", base);
    QCOMPARE(fieldsOf(crossed.errors), QStringList{QStringLiteral("low_bitrate.Threshold")});
    QCOMPARE(fieldsOf(AlarmRulesJson::parseRules("[1]", base).errors), QStringList{QStringLiteral("body")});
    QCOMPARE(fieldsOf(AlarmRulesJson::parseRules("{\"rtt\":", base).errors), QStringList{QStringLiteral("body")});
}

void TestAlarmModel::serviceOverridesApplyOverGlobalRules()
{
    const auto parsed = AlarmRulesJson::parseOverrides(
        QJsonDocument::fromJson(R"({"rtt": {"Threshold": 80}, "low_bitrate": {"Enabled": 1, "Threshold": 3}})").object(),
        QStringLiteral("Alarms"));
    QVERIFY(parsed.ok());
    AlarmRules global = AlarmRules::defaults();
    global.rule(AlarmType::Rtt).raiseAfterSecs = 3;
    const AlarmRules effective = parsed.overrides.applyTo(global);
    QCOMPARE(effective.rule(AlarmType::Rtt).threshold, 80.0);
    QCOMPARE(effective.rule(AlarmType::Rtt).raiseAfterSecs, 3); // still the global one
    QVERIFY(effective.rule(AlarmType::LowBitrate).enabled);
    // Only what the service sets is written back.
    const QJsonObject json = objectOf(AlarmRulesJson::overrides(parsed.overrides));
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("low_bitrate"), QStringLiteral("rtt")}));
    QCOMPARE(json.value(QStringLiteral("rtt")).toObject().keys(), QStringList{QStringLiteral("Threshold")});
    const auto stored = AlarmRulesJson::overridesFromStored(AlarmRulesJson::toStored(parsed.overrides));
    QVERIFY(stored && *stored == parsed.overrides);
    QVERIFY(AlarmRulesJson::overridesFromStored(QStringLiteral("{}"))->isEmpty());

    const auto bad = AlarmRulesJson::parseOverrides(
        QJsonDocument::fromJson(R"({"rtt": {"Threshold": -4}, "tx": {}})").object(), QStringLiteral("Alarms"));
    QCOMPARE(fieldsOf(bad.errors), (QStringList{QStringLiteral("Alarms.rtt.Threshold"), QStringLiteral("Alarms.tx")}));
    QCOMPARE(fieldsOf(AlarmRulesJson::parseOverrides(QJsonValue(5), QStringLiteral("Alarms")).errors),
             QStringList{QStringLiteral("Alarms")});
}

void TestAlarmModel::webhooksAreCheckedAndMasked()
{
    const QString secret = QStringLiteral("a-secret-of-24-chars-xyz");
    const auto good = WebhookJson::parse(QStringLiteral(R"([{"Url": "https://hooks.example.net/srt", "Secret": "%1"},
                                                           {"Url": "http://127.0.0.1:8080/x", "Secret": "%1"}])")
                                             .arg(secret)
                                             .toUtf8(),
                                         {});
    QVERIFY2(good.ok(), qPrintable(good.errors.value(0).message));
    QCOMPARE(good.webhooks.size(), 2);
    QCOMPARE(good.webhooks.first().secret, secret);
    const QByteArray masked = WebhookJson::masked(good.webhooks);
    QVERIFY(!masked.contains(secret.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(masked).array().at(0).toObject().value(QStringLiteral("Secret")).toString(),
             QStringLiteral("********"));

    // The mask sent back keeps the stored secret of the same Url, and only that.
    const auto kept = WebhookJson::parse(R"([{"Url": "https://hooks.example.net/srt", "Secret": "********"}])", good.webhooks);
    QVERIFY(kept.ok());
    QCOMPARE(kept.webhooks.first().secret, secret);
    const auto unknown = WebhookJson::parse(R"([{"Url": "https://other.example.net/", "Secret": "********"}])", good.webhooks);
    QCOMPARE(fieldsOf(unknown.errors), QStringList{QStringLiteral("[0].Secret")});

    const auto bad = WebhookJson::parse(R"([{"Url": "ftp://x.example/", "Secret": "short"},
                                           {"Url": "https://user:pw@x.example/", "Secret": 5},
                                           {"Secret": "long-enough-secret-1234"},
                                           {"Url": "https://x.example/a", "Secret": "long-enough-secret-1234", "Extra": 1},
                                           {"Url": "https://x.example/a", "Secret": "long-enough-secret-1234"}, 7])",
                                        {});
    QCOMPARE(fieldsOf(bad.errors), (QStringList{QStringLiteral("[0].Url"), QStringLiteral("[0].Secret"),
                                                QStringLiteral("[1].Url"), QStringLiteral("[1].Secret"),
                                                QStringLiteral("[2].Url"), QStringLiteral("[3].Extra"),
                                                QStringLiteral("[4].Url"), QStringLiteral("[5]")}));
    QVERIFY(bad.webhooks.isEmpty());
    QCOMPARE(fieldsOf(WebhookJson::parse("{}", {}).errors), QStringList{QStringLiteral("body")});
    QByteArray many = "[";
    for (int i = 0; i <= WebhookJson::kMaxWebhooks; ++i)
        many += QStringLiteral(R"(%1{"Url": "https://x.example/%2", "Secret": "long-enough-secret-1234"})")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i)
                    .toUtf8();
    QCOMPARE(fieldsOf(WebhookJson::parse(many + "]", {}).errors), QStringList{QStringLiteral("body")});
    QVERIFY(WebhookJson::parse("[]", {}).ok());
}

void TestAlarmModel::historyQueryParameters()
{
    const auto events = HistoryQuery::events(QUrlQuery(QStringLiteral("since=2026-01-31T08:00:00Z&limit=20")));
    QVERIFY(events.ok());
    QCOMPARE(events.sinceMs, QDateTime(QDate(2026, 1, 31), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(events.limit, 20);
    // Without an offset: UTC. With one (its '+' unencoded arrives as a space): honoured.
    QCOMPARE(HistoryQuery::parseTime(QStringLiteral("2026-01-31T08:00:00")), events.sinceMs);
    QCOMPARE(HistoryQuery::parseTime(QStringLiteral("2026-01-31T09:00:00 01:00")), events.sinceMs);
    QCOMPARE(HistoryQuery::events(QUrlQuery()).sinceMs, -1);
    QCOMPARE(fieldsOf(HistoryQuery::events(QUrlQuery(QStringLiteral("since=yesterday&limit=0&x=1"))).errors),
             (QStringList{QStringLiteral("x"), QStringLiteral("since"), QStringLiteral("limit")}));
    QCOMPARE(fieldsOf(HistoryQuery::events(QUrlQuery(QStringLiteral("limit=10001"))).errors), QStringList{QStringLiteral("limit")});
    QVERIFY(HistoryQuery::alarms(QUrlQuery(QStringLiteral("all=1"))).all);
    QVERIFY(!HistoryQuery::alarms(QUrlQuery(QStringLiteral("all=0"))).all);
    QCOMPARE(fieldsOf(HistoryQuery::alarms(QUrlQuery(QStringLiteral("all=2"))).errors), QStringList{QStringLiteral("all")});
}

void TestAlarmModel::alarmAndEventJson()
{
    const UntranslatedScope english;
    Alarm alarm;
    alarm.id = 12;
    alarm.serviceId = 3;
    alarm.kind = ServiceKind::Tx;
    alarm.serviceName = QStringLiteral("Studio A");
    alarm.type = AlarmType::NoInput;
    alarm.severity = AlarmSeverity::Critical;
    alarm.raisedAtMs = QDateTime(QDate(2026, 2, 1), QTime(10, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch();
    alarm.seconds = 2;
    const OrderedJson json = AlarmJson::alarm(alarm);
    QCOMPARE(json.keys().mid(0, 10),
             (QList<QString>{QStringLiteral("Id"), QStringLiteral("Kind"), QStringLiteral("ServiceId"),
                             QStringLiteral("ServiceName"), QStringLiteral("Type"), QStringLiteral("Severity"),
                             QStringLiteral("RaisedAt"), QStringLiteral("ClearedAt"), QStringLiteral("Acknowledged"),
                             QStringLiteral("Message")}));
    const QJsonObject object = objectOf(json);
    QCOMPARE(object.value(QStringLiteral("Kind")).toString(), QStringLiteral("tx"));
    QCOMPARE(object.value(QStringLiteral("Type")).toString(), QStringLiteral("no_input"));
    QCOMPARE(object.value(QStringLiteral("RaisedAt")).toString(), QStringLiteral("2026-02-01T10:00:00.250Z"));
    QVERIFY(object.value(QStringLiteral("ClearedAt")).isNull());
    alarm.clearedAtMs = alarm.raisedAtMs + 4000;
    QCOMPARE(objectOf(AlarmJson::alarm(alarm)).value(QStringLiteral("ClearedAt")).toString(),
             QStringLiteral("2026-02-01T10:00:04.250Z"));

    EventRecord failed;
    failed.id = 40;
    failed.timeMs = alarm.raisedAtMs;
    failed.type = EventType::WebhookFailed;
    failed.subject = QStringLiteral("https://hooks.example.net/");
    failed.detail = QStringLiteral("Connection refused");
    const QJsonObject event = objectOf(AlarmJson::event(failed));
    QCOMPARE(event.value(QStringLiteral("Type")).toString(), QStringLiteral("webhook_failed"));
    QVERIFY(event.value(QStringLiteral("ServiceId")).isNull());
    QVERIFY(event.value(QStringLiteral("AlarmType")).isNull());
    QVERIFY(event.value(QStringLiteral("Message")).toString().contains(QLatin1String("Connection refused")));
}

void TestAlarmModel::messagesRenderInEnglishForTheApi()
{
    const UntranslatedScope english;
    Alarm alarm;
    alarm.kind = ServiceKind::Rx;
    alarm.type = AlarmType::Loss;
    alarm.value = 3.456;
    alarm.threshold = 2;
    alarm.seconds = 10;
    QCOMPARE(AlarmText::message(alarm),
             QStringLiteral("3.46 % of the packets were lost or dropped over the last 10 second(s) (limit 2.00 %)."));
    alarm.type = AlarmType::NoInput;
    alarm.seconds = 2;
    QVERIFY(AlarmText::message(alarm).contains(QLatin1String("SRT peer")));
    alarm.kind = ServiceKind::Tx;
    QVERIFY(AlarmText::message(alarm).contains(QLatin1String("UDP input")));
    for (const AlarmType type : kAllAlarmTypes) {
        alarm.type = type;
        QVERIFY(!AlarmText::message(alarm).isEmpty());
        QVERIFY(!AlarmText::title(type).isEmpty());
    }
}

// ---------------------------------------------------------------------------------------------
// AlarmEvaluator

void TestAlarmModel::linkDownWaitsForItsHoldOff()
{
    AlarmEvaluator evaluator;
    const AlarmRules rules = AlarmRules::defaults(); // link_down: 5 s to raise, 2 s to clear
    const auto transitions = run(evaluator, rules, 0, 20, [](int s) {
        return tickAt(s, s < 12 ? 0 : 4, s < 12 ? LinkState::Waiting : LinkState::Connected);
    });
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions[0].first, 5);
    QVERIFY(transitions[0].second.raised);
    QCOMPARE(transitions[0].second.type, AlarmType::LinkDown);
    QCOMPARE(transitions[0].second.severity, AlarmSeverity::Critical);
    QCOMPARE(transitions[0].second.seconds, 5);
    QCOMPARE(transitions[1].first, 14);
    QVERIFY(!transitions[1].second.raised);
}

void TestAlarmModel::noInputComesWithinFiveSecondsAndClears()
{
    AlarmEvaluator evaluator;
    // The input stops at second 10: the first interval without input ends at 11 (seen one
    // tick late by ServiceManager at worst: 12); with 2 s of hold-off from the interval's start
    // the alarm is up at 12 — at most 5 s after the stop even seen a tick later.
    const auto transitions = run(evaluator, AlarmRules::defaults(), 0, 30,
                                 [](int s) { return tickAt(s, s > 10 && s <= 20 ? 0 : 6.5); });
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions[0].second.type, AlarmType::NoInput);
    QVERIFY(transitions[0].second.raised);
    QCOMPARE(transitions[0].first, 12);
    QVERIFY(transitions[0].first - 10 <= 5);
    QCOMPARE(transitions[1].first, 23); // input back at 21, 2 s clear hold-off
    QVERIFY(!transitions[1].second.raised);
}

void TestAlarmModel::noInputOnlyWhileTheLinkIsUp()
{
    AlarmEvaluator evaluator;
    AlarmRules rules = AlarmRules::defaults();
    rules.rule(AlarmType::LinkDown).enabled = false;
    const auto transitions = run(evaluator, rules, 0, 20, [](int s) { return tickAt(s, 0, LinkState::Waiting); });
    QVERIFY(transitions.isEmpty());
    // The first tick of a run has no interval yet: no verdict on the input.
    AlarmEvaluator fresh;
    QVERIFY(fresh.evaluate(tickAt(0, 0), rules).isEmpty());
}

void TestAlarmModel::flappingIsDamped()
{
    AlarmEvaluator evaluator;
    AlarmRules rules = AlarmRules::defaults();
    rules.rule(AlarmType::NoInput).raiseAfterSecs = 3;
    rules.rule(AlarmType::NoInput).clearAfterSecs = 3;
    // On and off every other second: never holds 3 s, never raised.
    QVERIFY(run(evaluator, rules, 0, 40, [](int s) { return tickAt(s, s % 2 ? 0 : 5); }).isEmpty());
    // Once raised, a flickering input does not clear it either; a steady one does.
    auto transitions = run(evaluator, rules, 41, 50, [](int s) { return tickAt(s, 0); });
    QCOMPARE(transitions.size(), 1);
    transitions = run(evaluator, rules, 51, 70, [](int s) { return tickAt(s, s % 2 ? 0 : 5); });
    QVERIFY(transitions.isEmpty());
    transitions = run(evaluator, rules, 71, 80, [](int s) { return tickAt(s, 5); });
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions.first().first, 73); // input steady since 70
    QVERIFY(!transitions.first().second.raised);
}

void TestAlarmModel::disabledRuleClearsAtOnce()
{
    AlarmEvaluator evaluator;
    AlarmRules rules = AlarmRules::defaults();
    const auto raised = run(evaluator, rules, 0, 10, [](int s) { return tickAt(s, 0); });
    QCOMPARE(raised.size(), 1);
    rules.rule(AlarmType::NoInput).enabled = false;
    const auto cleared = evaluator.evaluate(tickAt(11, 0), rules);
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!cleared.first().raised);
    QVERIFY(run(evaluator, rules, 12, 30, [](int s) { return tickAt(s, 0); }).isEmpty());
}

void TestAlarmModel::lossOverItsWindow()
{
    AlarmEvaluator evaluator;
    const AlarmRules rules = AlarmRules::defaults(); // loss above 2 % over 10 s, raised at once
    auto withLoss = [](int s, int lost) {
        ServiceTick tick = tickAt(s, 5);
        tick.packets = 1000;
        tick.lost = lost;
        return tick;
    };
    QVERIFY(run(evaluator, rules, 0, 20, [&](int s) { return withLoss(s, 15); }).isEmpty()); // 1.5 %
    // One bad second of 400 lost packets: 400 + 9 * 15 of 10 000 = 5.35 % over the window.
    auto transitions = run(evaluator, rules, 21, 21, [&](int s) { return withLoss(s, 400); });
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions.first().second.type, AlarmType::Loss);
    QVERIFY(qAbs(transitions.first().second.value - 5.35) < 0.001);
    QCOMPARE(transitions.first().second.seconds, 10);
    // It leaves the window after 10 s, then 10 s of clear hold-off.
    transitions = run(evaluator, rules, 22, 60, [&](int s) { return withLoss(s, 15); });
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions.first().first, 41);
}

void TestAlarmModel::rttAndBitrateBounds()
{
    AlarmEvaluator evaluator;
    AlarmRules rules = AlarmRules::defaults();
    rules.rule(AlarmType::LowBitrate).enabled = true;  // below 1 Mbit/s for 5 s
    rules.rule(AlarmType::HighBitrate).enabled = true; // above 100 Mbit/s for 5 s
    auto tick = [](int s, double mbps, double rtt) {
        ServiceTick t = tickAt(s, mbps);
        t.stats.linkRtt = rtt;
        return t;
    };
    QList<AlarmType> raised;
    const auto transitions = run(evaluator, rules, 0, 60, [&](int s) {
        if (s < 20)
            return tick(s, 0.5, 20);  // low
        if (s < 40)
            return tick(s, 150, 900); // high, slow
        return tick(s, 10, 20);
    });
    for (const auto &t : transitions) {
        if (t.second.raised)
            raised.append(t.second.type);
    }
    QCOMPARE(raised, (QList<AlarmType>{AlarmType::LowBitrate, AlarmType::HighBitrate, AlarmType::Rtt}));
    QCOMPARE(transitions.size(), 6); // each cleared again
}

void TestAlarmModel::tsErrorsPerMinuteAndSyncLoss()
{
    AlarmEvaluator evaluator;
    const AlarmRules rules = AlarmRules::defaults(); // ts_errors above 10 per minute; ts_sync after 1 s
    TsErrorCounters total;
    auto tick = [&](int s, qint64 ccPerSecond, qint64 syncLosses, StreamFormat format) {
        ServiceTick t = tickAt(s, 4);
        total.ccErrors += ccPerSecond;
        total.syncLosses += syncLosses;
        StreamHealth health;
        health.format = format;
        health.total = total;
        t.health = health;
        return t;
    };
    // 1 CC error a second: 11 within a minute after 11 s.
    auto transitions = run(evaluator, rules, 0, 15, [&](int s) { return tick(s, s == 0 ? 0 : 1, 0, StreamFormat::MpegTs); });
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions.first().second.type, AlarmType::TsErrors);
    QCOMPARE(transitions.first().first, 11);
    QCOMPARE(transitions.first().second.value, 11.0);
    // Sync lost: raised a second later, cleared 5 s after sync is back; ts_errors clears when
    // the minute holds 10 or fewer again.
    transitions = run(evaluator, rules, 16, 20, [&](int s) { return tick(s, 0, 1, StreamFormat::Other); });
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions.first().second.type, AlarmType::TsSync);
    QCOMPARE(transitions.first().first, 17);
    transitions = run(evaluator, rules, 21, 90, [&](int s) { return tick(s, 0, 0, StreamFormat::MpegTs); });
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions[0].second.type, AlarmType::TsSync);
    QCOMPARE(transitions[0].first, 26);
    QCOMPARE(transitions[1].second.type, AlarmType::TsErrors);
}

void TestAlarmModel::neverTsIsNotSyncLoss()
{
    AlarmEvaluator evaluator;
    const auto transitions = run(evaluator, AlarmRules::defaults(), 0, 30, [](int s) {
        ServiceTick t = tickAt(s, 4);
        StreamHealth health;
        health.format = StreamFormat::Other;
        t.health = health;
        return t;
    });
    QVERIFY(transitions.isEmpty());
}

void TestAlarmModel::adoptedAlarmIsNotRaisedTwice()
{
    AlarmEvaluator evaluator;
    evaluator.adoptRaised(AlarmType::NoInput);
    QVERIFY(evaluator.isRaised(AlarmType::NoInput));
    auto transitions = run(evaluator, AlarmRules::defaults(), 0, 10, [](int s) { return tickAt(s, 0); });
    QVERIFY(transitions.isEmpty());
    transitions = run(evaluator, AlarmRules::defaults(), 11, 20, [](int s) { return tickAt(s, 3); });
    QCOMPARE(transitions.size(), 1);
    QVERIFY(!transitions.first().second.raised);
}

void TestAlarmModel::clearAllClearsWhatIsRaised()
{
    AlarmEvaluator evaluator;
    run(evaluator, AlarmRules::defaults(), 0, 10, [](int s) { return tickAt(s, 0, LinkState::Waiting); });
    QVERIFY(evaluator.isRaised(AlarmType::LinkDown));
    const auto cleared = evaluator.clearAll(99);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().atMs, 99);
    QVERIFY(!evaluator.isRaised(AlarmType::LinkDown));
    QVERIFY(evaluator.clearAll(100).isEmpty());
}

QTEST_GUILESS_MAIN(TestAlarmModel)
#include "TestAlarmModel.moc"
