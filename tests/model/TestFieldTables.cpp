// SPDX-License-Identifier: GPL-3.0-or-later
// The field and statistics tables against everything they drive: every field's names reach
// the parser, the serializer, the OpenAPI document and the service form (an editor with the
// table's bounds and label); every statistic reaches the serializer, the Prometheus output and
// the OpenAPI document. Nothing outside the tables adds a key the tables do not know.
#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceStatistics.h"
#include "core/model/ServiceValidator.h"
#include "core/rest/OpenApiDocument.h"
#include "core/rest/PrometheusMetrics.h"
#include "core/store/ServiceStore.h"
#include "ui/FieldSpinBox.h"
#include "ui/ServiceDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srtdesk;

namespace {

const QList<ServiceKind> kKinds{ServiceKind::Rx, ServiceKind::Tx};

QString kindText(ServiceKind kind)
{
    return toWire(kind);
}

// A valid value of the field that differs from its default, as JSON and as the parser stores it.
QPair<QJsonValue, FieldValue> sampleOf(const ServiceField &field, ServiceKind kind)
{
    const FieldValue fallback = field.defaultValue(kind);
    switch (field.type) {
    case FieldType::Text: return {QStringLiteral("Probe name"), FieldValue(QStringLiteral("Probe name"))};
    case FieldType::Host: return {QStringLiteral("192.0.2.7"), FieldValue(QStringLiteral("192.0.2.7"))};
    case FieldType::Endpoint: return {QStringLiteral("239.9.9.9:5999"), FieldValue(QStringLiteral("239.9.9.9:5999"))};
    case FieldType::LocalAddress: return {QStringLiteral("127.0.0.5"), FieldValue(QStringLiteral("127.0.0.5"))};
    case FieldType::Passphrase: return {QStringLiteral(" spaced passphrase "), FieldValue(QStringLiteral(" spaced passphrase "))};
    case FieldType::Flag: {
        const bool flipped = !std::get<bool>(fallback);
        return {int(flipped), FieldValue(flipped)};
    }
    case FieldType::Choice:
    case FieldType::Integer:
        break;
    }
    const qint64 current = std::get<qint64>(fallback);
    qint64 chosen = current;
    if (!field.choices.isEmpty()) {
        for (const FieldChoice &choice : field.choices) {
            if (choice.value != current)
                chosen = choice.value;
        }
        if (field.type == FieldType::Choice)
            return {field.valueText(chosen, FieldNaming::Api), FieldValue(chosen)};
    } else {
        chosen = field.minimum != current ? field.minimum : field.minimum + 1;
    }
    return {QJsonValue(chosen), FieldValue(chosen)};
}

// Every field of the kind at its sample value.
ServiceConfig sampleConfig(ServiceKind kind)
{
    ServiceConfig config = ServiceConfig::defaults(kind);
    config.id = 7;
    for (const ServiceField *field : ServiceFields::of(kind))
        field->write(config, sampleOf(*field, kind).second);
    return config;
}

QStringList keysInOrder(const QByteArray &json)
{
    QStringList keys;
    static const QRegularExpression re(QStringLiteral("\"([A-Za-z0-9 ]+)\"\\s*:"));
    for (auto it = re.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

QJsonObject schemaProperties(const QJsonObject &document, const QString &schema)
{
    return document.value(QStringLiteral("components"))
        .toObject()
        .value(QStringLiteral("schemas"))
        .toObject()
        .value(schema)
        .toObject()
        .value(QStringLiteral("properties"))
        .toObject();
}

QJsonObject openApi()
{
    return QJsonDocument::fromJson(OpenApiDocument::build({})).object();
}

// The number schema of a body property (the first of its oneOf).
QJsonObject numberSchema(const QJsonObject &property)
{
    return property.value(QStringLiteral("oneOf")).toArray().first().toObject();
}

QString openApiName(ServiceKind kind, const char *suffix)
{
    return (kind == ServiceKind::Rx ? QStringLiteral("Rx") : QStringLiteral("Tx")) + QLatin1String(suffix);
}

} // namespace

class TestFieldTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tablesAreConsistent();
    void defaultsComeFromTheTable();
    void parserAcceptsEveryName();
    void parserIgnoresOtherKindsNames();
    void serializerWritesEveryFieldInTheOriginalOrder();
    void serializerWritesEveryStatistic();
    void newRatesFollowTheExtensions();
    void openApiDescribesEveryFieldAndStatistic();
    void prometheusExportsEveryMetric();
    void formHasAnEditorPerField();
    void messagesNameFieldsByApiNameOrLabel();
    void parserMessagesFollowTheNaming();

private:
    std::unique_ptr<SrtRuntime> m_runtime;
    QTemporaryDir m_dir;
    ServiceStore m_store;
    std::unique_ptr<ServiceManager> m_manager;
};

void TestFieldTables::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
    m_runtime = std::make_unique<SrtRuntime>();
    m_manager = std::make_unique<ServiceManager>(m_store, *m_runtime);
    QString error;
    QVERIFY2(m_manager->load(&error), qPrintable(error));
}

void TestFieldTables::cleanupTestCase()
{
    m_manager.reset();
    m_store.close();
    m_runtime.reset();
}

void TestFieldTables::tablesAreConsistent()
{
    for (ServiceKind kind : kKinds) {
        QSet<QString> names;
        QSet<int> ids;
        for (const ServiceField *field : ServiceFields::of(kind)) {
            // One row per field and kind, every accepted name read by exactly one row.
            QVERIFY2(!ids.contains(int(field->id)), field->name);
            ids.insert(int(field->id));
            for (const QString &name : field->acceptedNames()) {
                QVERIFY2(!names.contains(name), qPrintable(name));
                names.insert(name);
                QCOMPARE(ServiceFields::byName(name, kind), field);
            }
            QVERIFY2(field->label && field->help, field->name);
            QVERIFY2(field->read && field->write, field->name);
            QVERIFY2(field->minimum <= field->maximum, field->name);
            QVERIFY2(!field->plainLabel().contains(QLatin1Char('&')) && !field->plainLabel().endsWith(QLatin1Char(':')),
                     qPrintable(field->plainLabel()));
            QVERIFY2(!field->translatedHelp().contains(QLatin1Char('%') + QString::number(1)), field->name);
            if (field->type == FieldType::Choice)
                QVERIFY2(field->choiceWire && field->choiceFromWire && !field->choices.isEmpty(), field->name);
        }
        for (const StatisticField *statistic : ServiceStatistics::of(kind)) {
            QVERIFY2(!names.contains(statistic->name(kind)), qPrintable(statistic->name(kind)));
            names.insert(statistic->name(kind));
            QVERIFY(statistic->read && statistic->description);
            QVERIFY2((statistic->metric == nullptr) == (statistic->metricType == MetricType::None),
                     qPrintable(statistic->name(kind)));
        }
    }
    // The FieldId enumeration and the table agree: every id has a row for some kind.
    for (int id = int(FieldId::ServiceName); id <= int(FieldId::BindIp); ++id)
        QVERIFY2(ServiceFields::find(FieldId(id), ServiceKind::Rx) || ServiceFields::find(FieldId(id), ServiceKind::Tx),
                 qPrintable(QString::number(id)));
}

void TestFieldTables::defaultsComeFromTheTable()
{
    for (ServiceKind kind : kKinds) {
        const ServiceConfig config = ServiceConfig::defaults(kind);
        QCOMPARE(config.kind, kind);
        for (const ServiceField &field : ServiceFields::all())
            QVERIFY2(field.read(config) == field.defaultValue(kind), field.name);
    }
    // The original's samples: an RX calls, a TX listens; libsrt's live latency.
    QCOMPARE(ServiceConfig::defaults(ServiceKind::Rx).mode, SrtMode::Caller);
    QCOMPARE(ServiceConfig::defaults(ServiceKind::Tx).mode, SrtMode::Listener);
    QCOMPARE(ServiceConfig::defaults(ServiceKind::Tx).latency, 120);
}

void TestFieldTables::parserAcceptsEveryName()
{
    for (ServiceKind kind : kKinds) {
        for (const ServiceField *field : ServiceFields::of(kind)) {
            const auto [json, stored] = sampleOf(*field, kind);
            QVERIFY2(stored != field->defaultValue(kind), field->name);
            for (const QString &name : field->acceptedNames()) {
                const auto parsed = ServiceParser::parse(QJsonObject{{name, json}}, ServiceConfig::defaults(kind));
                QVERIFY2(parsed.ok(), qPrintable(kindText(kind) + QLatin1Char(' ') + name));
                QVERIFY2(field->read(parsed.config) == stored, qPrintable(kindText(kind) + QLatin1Char(' ') + name));
                // Nothing else changed.
                ServiceConfig expected = ServiceConfig::defaults(kind);
                field->write(expected, stored);
                QVERIFY2(parsed.config == expected, qPrintable(name));
            }
        }
    }
}

void TestFieldTables::parserIgnoresOtherKindsNames()
{
    for (ServiceKind kind : kKinds) {
        const ServiceKind other = kind == ServiceKind::Rx ? ServiceKind::Tx : ServiceKind::Rx;
        for (const ServiceField *field : ServiceFields::of(other)) {
            for (const QString &name : field->acceptedNames()) {
                if (ServiceFields::byName(name, kind))
                    continue; // both kinds read it (TxIp is also a TX's slip for RxIp)
                const auto parsed =
                    ServiceParser::parse(QJsonObject{{name, sampleOf(*field, other).first}}, ServiceConfig::defaults(kind));
                QVERIFY2(parsed.ok() && parsed.config == ServiceConfig::defaults(kind), qPrintable(name));
            }
        }
    }
}

void TestFieldTables::serializerWritesEveryFieldInTheOriginalOrder()
{
    for (ServiceKind kind : kKinds) {
        const ServiceConfig config = sampleConfig(kind);
        const QByteArray json = ServiceSerializer::config(config, ServiceSerializer::Passphrase::Included).toJson();
        QStringList expected{ServiceSerializer::kIdKey};
        for (const ServiceField *field : ServiceFields::written(kind))
            expected.append(field->writtenName(kind));
        QCOMPARE(keysInOrder(json), expected);
        QCOMPARE(ServiceFields::written(kind).size(), ServiceFields::of(kind).size());
        // What is written reads back as the same service.
        const auto reread = ServiceParser::parse(ServiceSerializer::toObject(
                                                     ServiceSerializer::config(config, ServiceSerializer::Passphrase::Included)),
                                                 ServiceConfig::defaults(kind));
        QVERIFY(reread.ok());
        ServiceConfig back = reread.config;
        back.id = config.id;
        QCOMPARE(back, config);
    }
    // The extension is left out while empty; the original's TX shape puts GroupConnect after PbKeyLen.
    const QStringList tx = keysInOrder(
        ServiceSerializer::config(ServiceConfig::defaults(ServiceKind::Tx), ServiceSerializer::Passphrase::Masked).toJson());
    QVERIFY(!tx.contains(ServiceFields::get(FieldId::BindIp, ServiceKind::Tx).apiName()));
    QCOMPARE(tx.indexOf(ServiceFields::get(FieldId::GroupConnect, ServiceKind::Tx).apiName()),
             tx.indexOf(ServiceFields::get(FieldId::PbKeyLen, ServiceKind::Tx).apiName()) + 1);
}

void TestFieldTables::serializerWritesEveryStatistic()
{
    for (ServiceKind kind : kKinds) {
        ServiceStatus status{sampleConfig(kind), true, {}};
        const QStringList configKeys = keysInOrder(ServiceSerializer::config(status.config, ServiceSerializer::Passphrase::Masked).toJson());
        const QStringList all = keysInOrder(ServiceSerializer::status(status, ServiceSerializer::Passphrase::Masked).toJson());
        QStringList expected;
        for (const StatisticField *statistic : ServiceStatistics::of(kind))
            expected.append(statistic->name(kind));
        QCOMPARE(all.mid(configKeys.size()), expected);
        // The original's statistics first, SRT Desk's extensions after them.
        bool extensions = false;
        for (const StatisticField *statistic : ServiceStatistics::of(kind)) {
            QVERIFY2(!extensions || statistic->extension, qPrintable(statistic->name(kind)));
            extensions = extensions || statistic->extension;
        }
    }
}

void TestFieldTables::newRatesFollowTheExtensions()
{
    ServiceStatus tx{ServiceConfig::defaults(ServiceKind::Tx), true, {}};
    tx.stats.inputMbitRate = 7.25;
    tx.stats.outputMbitRate = 99; // an RX's statistic: not written for a TX
    const QByteArray txJson = ServiceSerializer::status(tx, ServiceSerializer::Passphrase::Masked).toJson();
    QVERIFY2(txJson.endsWith("\"LastError\": \"\", \"OversizedDatagrams\": 0, \"InputMbitRate\": 7.25}"), txJson.constData());
    QVERIFY(!txJson.contains("OutputMbitRate"));

    ServiceStatus rx{ServiceConfig::defaults(ServiceKind::Rx), true, {}};
    rx.stats.outputMbitRate = 12;
    rx.stats.inputMbitRate = 99;
    const QByteArray rxJson = ServiceSerializer::status(rx, ServiceSerializer::Passphrase::Masked).toJson();
    QVERIFY2(rxJson.endsWith("\"LastError\": \"\", \"OutputMbitRate\": 12.0}"), rxJson.constData());
    QVERIFY(!rxJson.contains("InputMbitRate"));

    const QByteArray metrics = PrometheusMetrics::render({rx, tx});
    QVERIFY(metrics.contains("srtdesk_output_mbit_rate_mbps{id=\"0\",kind=\"rx\",name=\"\"} 12\n"));
    QVERIFY(metrics.contains("srtdesk_input_mbit_rate_mbps{id=\"0\",kind=\"tx\",name=\"\"} 7.25\n"));
}

void TestFieldTables::openApiDescribesEveryFieldAndStatistic()
{
    const QJsonObject document = openApi();
    for (ServiceKind kind : kKinds) {
        const QJsonObject body = schemaProperties(document, openApiName(kind, "Body"));
        const QJsonObject service = schemaProperties(document, openApiName(kind, "Service"));
        QStringList known{ServiceSerializer::kIdKey};
        for (const ServiceField *field : ServiceFields::of(kind)) {
            for (const QString &name : field->acceptedNames())
                QVERIFY2(body.contains(name), qPrintable(openApiName(kind, "Body ") + name));
            const QJsonObject property = body.value(field->apiName()).toObject();
            QCOMPARE(property.value(QStringLiteral("description")).toString(), field->translatedHelp());
            // Bounds a body must keep; FecCols is only checked with FEC on (the original sends 0 with it off).
            const bool bounded = field->condition == FieldCondition::Always || field->checkedWhenOff;
            if (field->type == FieldType::Integer && field->choices.isEmpty() && bounded) {
                QCOMPARE(numberSchema(property).value(QStringLiteral("minimum")).toInteger(), field->minimum);
                if (field->limited())
                    QCOMPARE(numberSchema(property).value(QStringLiteral("maximum")).toInteger(), field->maximum);
            }
            if (field->libsrt)
                QCOMPARE(property.value(QStringLiteral("x-libsrt")).toString(), QString::fromUtf8(field->libsrt));
            QVERIFY2(service.contains(field->writtenName(kind)), qPrintable(field->writtenName(kind)));
            known.append(field->writtenName(kind));
        }
        static const QStringList types{QStringLiteral("integer"), QStringLiteral("number"), QStringLiteral("string")};
        for (const StatisticField *statistic : ServiceStatistics::of(kind)) {
            const QJsonObject property = service.value(statistic->name(kind)).toObject();
            QCOMPARE(property.value(QStringLiteral("type")).toString(), types.at(int(statistic->type)));
            QCOMPARE(property.value(QStringLiteral("description")).toString(), QString::fromUtf8(statistic->description));
            known.append(statistic->name(kind));
        }
        // And nothing the tables do not know, except objects with a schema of their own
        // (Alarms, Stream: described by their own components).
        for (const QString &key : service.keys()) {
            const bool ownSchema = service.value(key).toObject().contains(QStringLiteral("$ref"));
            QVERIFY2(known.contains(key) || ownSchema, qPrintable(key));
        }
    }
}

void TestFieldTables::prometheusExportsEveryMetric()
{
    ServiceStatus rx{ServiceConfig::defaults(ServiceKind::Rx), true, {}};
    rx.config.id = 3;
    rx.config.serviceName = QStringLiteral("in");
    ServiceStatus tx{ServiceConfig::defaults(ServiceKind::Tx), false, {}};
    tx.config.id = 4;
    tx.config.serviceName = QStringLiteral("out");
    const QString text = QString::fromUtf8(PrometheusMetrics::render({rx, tx}));
    for (const StatisticField &statistic : ServiceStatistics::all()) {
        if (statistic.metricType == MetricType::None)
            continue;
        const QString metric = QString::fromLatin1(statistic.metric);
        const QString type = statistic.metricType == MetricType::Counter ? QStringLiteral("counter") : QStringLiteral("gauge");
        QVERIFY2(text.contains(QStringLiteral("# TYPE %1 %2\n").arg(metric, type)), qPrintable(metric));
        QVERIFY2(text.contains(QStringLiteral("# HELP %1 %2\n").arg(metric, statistic.metricHelp())), qPrintable(metric));
        QCOMPARE(text.contains(metric + QStringLiteral("{id=\"3\",kind=\"rx\",name=\"in\"} ")), statistic.appliesTo(ServiceKind::Rx));
        QCOMPARE(text.contains(metric + QStringLiteral("{id=\"4\",kind=\"tx\",name=\"out\"} ")), statistic.appliesTo(ServiceKind::Tx));
    }
}

void TestFieldTables::formHasAnEditorPerField()
{
    for (ServiceKind kind : kKinds) {
        ServiceDialog dialog(*m_manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(kind));
        for (const ServiceField &field : ServiceFields::all()) {
            QWidget *editor = dialog.editor(field.apiName());
            if (!field.appliesTo(kind)) {
                if (!ServiceFields::byName(field.apiName(), kind))
                    QVERIFY2(!editor, field.name);
                continue;
            }
            QVERIFY2(editor, qPrintable(kindText(kind) + QLatin1Char(' ') + field.apiName()));
            QVERIFY2(editor->toolTip().contains(field.translatedHelp().toHtmlEscaped()), field.name);
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            const auto label = std::find_if(labels.begin(), labels.end(), [editor](QLabel *l) { return l->buddy() == editor; });
            QVERIFY2(label != labels.end(), field.name);
            QCOMPARE((*label)->text(), field.translatedLabel());

            if (field.type == FieldType::Integer && field.choices.isEmpty()) {
                auto *spin = qobject_cast<FieldSpinBox *>(editor);
                QVERIFY2(spin, field.name);
                QCOMPARE(qint64(spin->validMinimum()), field.minimum);
                QCOMPARE(qint64(spin->validMaximum()), field.limited() ? field.maximum : qint64(std::numeric_limits<int>::max()));
                QCOMPARE(spin->suffix(), field.unit ? QString(QLatin1Char(' ') + field.unitText()) : QString());
            } else if (!field.choices.isEmpty()) {
                auto *combo = qobject_cast<QComboBox *>(editor);
                QVERIFY2(combo, field.name);
                QCOMPARE(combo->count(), field.choices.size());
                for (int i = 0; i < combo->count(); ++i) {
                    QCOMPARE(combo->itemData(i).toLongLong(), field.choices.at(i).value);
                    QCOMPARE(combo->itemText(i), field.choiceLabel(field.choices.at(i).value));
                }
            } else if (field.type == FieldType::Flag) {
                QVERIFY2(qobject_cast<QCheckBox *>(editor), field.name);
            } else {
                QVERIFY2(qobject_cast<QLineEdit *>(editor), field.name);
            }
        }
        // What the form holds at first is the table's defaults.
        QCOMPARE(dialog.config(), ServiceConfig::defaults(kind));
    }
}

void TestFieldTables::messagesNameFieldsByApiNameOrLabel()
{
    ServiceConfig config = ServiceConfig::defaults(ServiceKind::Rx);
    config.listenPort = 70000;
    config.latency = 5;
    config.passPhrase = QStringLiteral("short");
    config.fec = true;
    config.fecCols = 0;
    config.groupConnect = true;
    config.mode = SrtMode::Listener;
    const FieldErrors api = ServiceValidator::validate(config);
    const FieldErrors labelled = ServiceValidator::validate(config, FieldNaming::Label);
    QCOMPARE(labelled.size(), api.size());
    for (qsizetype i = 0; i < api.size(); ++i)
        QCOMPARE(labelled.at(i).field, api.at(i).field); // the same problems, under the same API names

    const auto message = [](const FieldErrors &errors, const char *field) {
        for (const FieldError &error : errors) {
            if (error.field == QLatin1String(field))
                return error.message;
        }
        return QString();
    };
    QCOMPARE(message(api, "ListenPort"), QStringLiteral("ListenPort must be between 1 and 65535."));
    QCOMPARE(message(labelled, "ListenPort"), QStringLiteral("SRT port must be between 1 and 65535."));
    QCOMPARE(message(labelled, "Latency"), QStringLiteral("Latency must be between 20 and 60000 ms."));
    QCOMPARE(message(labelled, "ServiceName"), QStringLiteral("Service name is required."));
    QCOMPARE(message(labelled, "UdpOut"), QStringLiteral("UDP output is required, as ip:port (for example 239.1.1.1:5000)."));
    QCOMPARE(message(labelled, "PassPhrase"),
             QStringLiteral("Passphrase must be empty (no encryption) or 10 to 79 characters long; it has 5."));
    QCOMPARE(message(labelled, "FecCols"), QStringLiteral("Columns must be 1 or more when FEC is on."));
    QCOMPARE(message(labelled, "GroupConnect"), QStringLiteral("Bonding needs Mode Caller on an RX: it calls both paths."));
    QCOMPARE(message(api, "GroupConnect"), QStringLiteral("GroupConnect 1 needs Mode caller on an RX: it calls both paths."));
    QCOMPARE(message(labelled, "GroupIp1"), QStringLiteral("Primary IP is required when Bonding is on: bonding needs both paths."));

    // No label-worded message spells an API name that differs from its label.
    for (const FieldError &error : labelled) {
        for (const ServiceField &field : ServiceFields::all()) {
            if (field.plainLabel() != field.apiName())
                QVERIFY2(!error.message.contains(field.apiName()), qPrintable(error.message));
        }
    }
    // A caller's peer: named by label, with the mode as the form shows it.
    ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
    tx.mode = SrtMode::Caller;
    QCOMPARE(message(ServiceValidator::validate(tx, FieldNaming::Label), "RxIp"),
             QStringLiteral("RX address is required in Caller mode: it is the address of the peer to connect to."));
    QCOMPARE(message(ServiceValidator::validate(tx), "RxIp"),
             QStringLiteral("RxIp is required in caller mode: it is the address of the peer to connect to."));
}

void TestFieldTables::parserMessagesFollowTheNaming()
{
    const QJsonObject body{{QStringLiteral("ListenPort"), QStringLiteral("nine")},
                           {QStringLiteral("FecLayOut"), QStringLiteral("diagonal")}};
    const auto api = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Tx));
    const auto labelled = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Tx), FieldNaming::Label);
    QCOMPARE(api.errors.size(), 2);
    QCOMPARE(labelled.errors.size(), 2);
    QCOMPARE(api.errors.at(0), (FieldError{QStringLiteral("ListenPort"), QStringLiteral("ListenPort must be a whole number.")}));
    QCOMPARE(labelled.errors.at(0), (FieldError{QStringLiteral("ListenPort"), QStringLiteral("SRT port must be a whole number.")}));
    // The field is the name the body used; the API message too.
    QCOMPARE(api.errors.at(1), (FieldError{QStringLiteral("FecLayOut"), QStringLiteral("FecLayOut must be one of: even, staircase.")}));
    QCOMPARE(labelled.errors.at(1), (FieldError{QStringLiteral("FecLayOut"), QStringLiteral("Layout must be one of: even, staircase.")}));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestFieldTables test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFieldTables.moc"
