// SPDX-License-Identifier: GPL-3.0-or-later
// Stream monitoring wired end to end: an ffmpeg-made MPEG-TS sent in real time over UDP into a
// real TX listener, relayed over SRT on loopback to a real RX caller; what the REST API
// (in-process RestServer over real HTTP) and the Prometheus output report, compared with
// ffprobe's view of the same file; probe and thumbnail, their 404/409 answers, and an API that
// keeps answering while a probe gathers payload.
#include "TsFixtures.h"
#include "TsUdpFeeder.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestServer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"
#include "tests/rest/RestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::test;
using namespace tsfixtures;

namespace {

constexpr char kPassword[] = "stream-routes-password-1";
// Ports of this suite: 23100-23199.
constexpr int kTxSrt = 23100;
constexpr int kTxUdpIn = 23101;
constexpr int kRxUdpOut = 23102;
constexpr int kAudioSrt = 23110;
constexpr int kAudioUdpIn = 23111;

int hexPid(const QJsonValue &value)
{
    return value.toString().toInt(nullptr, 16);
}

QByteArray txBody(const QString &name, int srt, int udpIn)
{
    return QStringLiteral(R"({"ServiceName": "%1", "Mode": "listener", "ListenPort": %2, "UdpIn": "127.0.0.1:%3"})")
        .arg(name)
        .arg(srt)
        .arg(udpIn)
        .toUtf8();
}

QByteArray rxBody(const QString &name, int srt, int udpOut)
{
    return QStringLiteral(R"({"ServiceName": "%1", "Mode": "caller", "TxIp": "127.0.0.1", "ListenPort": %2,
                             "UdpOut": "127.0.0.1:%3"})")
        .arg(name)
        .arg(srt)
        .arg(udpOut)
        .toUtf8();
}

} // namespace

class TestStreamRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void streamObjectMatchesFfprobeAtBothEnds();
    // Before any other probe: the first one has to gather seconds of payload.
    void apiAnswersWhileAProbeGathersPayload();
    void probeAndThumbnailOfTheLiveStream();
    void metricsCarryTheStream();
    void grafanaDashboardUsesExportedMetrics();
    void refusalsSayWhy();
    void analysisSwitchedOff();

private:
    qint64 add(const char *kind, const QByteArray &body);
    QJsonObject stream(const char *kind, qint64 id) { return get(kind, id).value(QStringLiteral("Stream")).toObject(); }
    QJsonObject get(const char *kind, qint64 id)
    {
        return m_client->get(QStringLiteral("/v1/get_%1/%2").arg(QLatin1String(kind)).arg(id)).object();
    }

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    ServiceStore m_store;
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<ServiceManager> m_manager;
    std::unique_ptr<AlarmSystem> m_alarms;
    AuthStore m_auth;
    std::unique_ptr<RestServer> m_server;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<TsUdpFeeder> m_feeder;
    std::unique_ptr<TsUdpFeeder> m_audioFeeder;
    QJsonObject m_ffprobe;
    qint64 m_tx = 0;
    qint64 m_rx = 0;
    qint64 m_audioTx = 0;
};

qint64 TestStreamRoutes::add(const char *kind, const QByteArray &body)
{
    const auto response = m_client->post(QStringLiteral("/v1/add_%1").arg(QLatin1String(kind)), body);
    if (response.status != 200)
        qWarning() << response.body;
    return response.object().value(QStringLiteral("Id")).toInteger();
}

void TestStreamRoutes::initTestCase()
{
    QVERIFY(m_secrets.open(m_dir.path()));
    QVERIFY(m_store.open(m_dir.path(), m_secrets));
    m_runtime = std::make_unique<SrtRuntime>();
    m_manager = std::make_unique<ServiceManager>(m_store, *m_runtime);
    QVERIFY(m_manager->load());
    m_alarms = std::make_unique<AlarmSystem>(*m_manager, m_store, m_dir.path());
    QVERIFY(m_auth.load(m_secrets));
    QVERIFY(m_auth.setPassword(QString::fromLatin1(kPassword)));
    QVERIFY(m_auth.save());
    m_server = std::make_unique<RestServer>(*m_manager, *m_alarms, m_auth);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<RestClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    QCOMPARE(m_client->login(QStringLiteral("admin"), QString::fromLatin1(kPassword)).status, 200);

    // Long enough for every check below while it plays once, without a loop's CC jump.
    const QString twoPrograms = makeTwoProgramStream(m_dir.path(), 40.0);
    QVERIFY(!twoPrograms.isEmpty());
    m_ffprobe = ffprobe(twoPrograms);
    QCOMPARE(m_ffprobe.value(QStringLiteral("programs")).toArray().size(), 2);
    const QString audioOnly = makeAudioOnlyStream(m_dir.path(), 40.0);
    QVERIFY(!audioOnly.isEmpty());

    m_tx = add("tx", txBody(QStringLiteral("Studio feed"), kTxSrt, kTxUdpIn));
    m_rx = add("rx", rxBody(QStringLiteral("Studio return"), kTxSrt, kRxUdpOut));
    m_audioTx = add("tx", txBody(QStringLiteral("Radio feed"), kAudioSrt, kAudioUdpIn));
    QVERIFY(m_tx > 0 && m_rx > 0 && m_audioTx > 0);
    for (const auto &[kind, id] : {std::pair{"tx", m_tx}, std::pair{"rx", m_rx}, std::pair{"tx", m_audioTx}})
        QCOMPARE(m_client->post(QStringLiteral("/v1/start_%1/%2").arg(QLatin1String(kind)).arg(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(get("rx", m_rx).value(QStringLiteral("Connected")).toInt(), 1, 10000);

    m_feeder = std::make_unique<TsUdpFeeder>(readFile(twoPrograms), kTxUdpIn, kMuxRate);
    m_audioFeeder = std::make_unique<TsUdpFeeder>(readFile(audioOnly), kAudioUdpIn, kMuxRate);
    m_feeder->start();
    m_audioFeeder->start();
}

void TestStreamRoutes::cleanupTestCase()
{
    m_feeder.reset();
    m_audioFeeder.reset();
    m_client.reset();
    m_server.reset();
    m_alarms.reset();
    m_manager.reset();
}

void TestStreamRoutes::streamObjectMatchesFfprobeAtBothEnds()
{
    // The TX measures its UDP input, the RX what it writes out: both see the same programmes.
    for (const auto &[kind, id] : {std::pair{"tx", m_tx}, std::pair{"rx", m_rx}}) {
        QTRY_COMPARE_WITH_TIMEOUT(stream(kind, id).value(QStringLiteral("Format")).toString(), QStringLiteral("mpegts"),
                                  10000);
        // Programmes appear once PAT and PMTs were read; rates once an interval ended.
        QTRY_COMPARE_WITH_TIMEOUT(stream(kind, id).value(QStringLiteral("Programs")).toArray().size(), 2, 10000);
        // The first interval after the link came up may be partial; a full one carries the mux rate.
        QTRY_VERIFY_WITH_TIMEOUT(stream(kind, id).value(QStringLiteral("TsMbitRate")).toDouble() > 3.0, 5000);
        const QJsonObject health = stream(kind, id);
        QVERIFY2(health.value(QStringLiteral("TsMbitRate")).toDouble() < 5.0, kind);
        for (const char *counter : {"SyncLosses", "SyncByteErrors", "PatErrors", "CcErrors", "PmtErrors", "PidErrors"})
            QVERIFY2(health.value(QLatin1String(counter)).toInt() == 0, counter);

        const QJsonArray programs = health.value(QStringLiteral("Programs")).toArray();
        const QJsonArray expectedPrograms = m_ffprobe.value(QStringLiteral("programs")).toArray();
        for (int i = 0; i < expectedPrograms.size(); ++i) {
            const QJsonObject expected = expectedPrograms.at(i).toObject();
            const QJsonObject program = programs.at(i).toObject();
            QCOMPARE(program.value(QStringLiteral("Number")).toInt(), expected.value(QStringLiteral("program_num")).toInt());
            QCOMPARE(program.value(QStringLiteral("PmtPid")).toInt(), expected.value(QStringLiteral("pmt_pid")).toInt());
            QCOMPARE(program.value(QStringLiteral("PcrPid")).toInt(), expected.value(QStringLiteral("pcr_pid")).toInt());
            const QJsonArray pids = program.value(QStringLiteral("Pids")).toArray();
            const QJsonArray streams = expected.value(QStringLiteral("streams")).toArray();
            QCOMPARE(pids.size(), streams.size() + 1); // the PMT PID first
            for (int k = 0; k < streams.size(); ++k) {
                const QJsonObject pid = pids.at(k + 1).toObject();
                const QJsonObject es = streams.at(k).toObject();
                QCOMPARE(pid.value(QStringLiteral("Pid")).toInt(), hexPid(es.value(QStringLiteral("id"))));
                QCOMPARE(pid.value(QStringLiteral("Codec")).toString(), es.value(QStringLiteral("codec_name")).toString());
                QCOMPARE(pid.value(QStringLiteral("Kind")).toString(), es.value(QStringLiteral("codec_type")).toString());
            }
        }
    }
}

void TestStreamRoutes::probeAndThumbnailOfTheLiveStream()
{
    const auto probe = m_client->get(QStringLiteral("/v1/probe_rx/%1").arg(m_rx));
    QCOMPARE(probe.status, 200);
    QJsonArray expectedStreams = m_ffprobe.value(QStringLiteral("streams")).toArray();
    const QJsonArray streams = probe.object().value(QStringLiteral("Streams")).toArray();
    int videos = 0;
    for (const QJsonValue &expectedValue : expectedStreams) {
        const QJsonObject expected = expectedValue.toObject();
        const int pid = hexPid(expected.value(QStringLiteral("id")));
        QJsonObject found;
        for (const QJsonValue &s : streams) {
            if (s.toObject().value(QStringLiteral("Pid")).toInt() == pid)
                found = s.toObject();
        }
        QVERIFY2(!found.isEmpty(), qPrintable(QString::number(pid)));
        QCOMPARE(found.value(QStringLiteral("Codec")).toString(), expected.value(QStringLiteral("codec_name")).toString());
        if (expected.value(QStringLiteral("codec_type")).toString() == QLatin1String("video")) {
            ++videos;
            QCOMPARE(found.value(QStringLiteral("Width")).toInt(), expected.value(QStringLiteral("width")).toInt());
            QCOMPARE(found.value(QStringLiteral("Height")).toInt(), expected.value(QStringLiteral("height")).toInt());
            const QStringList rate = expected.value(QStringLiteral("r_frame_rate")).toString().split(QLatin1Char('/'));
            QCOMPARE(found.value(QStringLiteral("FrameRate")).toDouble(), rate.at(0).toDouble() / rate.at(1).toDouble());
        } else {
            QCOMPARE(found.value(QStringLiteral("SampleRate")).toInt(), expected.value(QStringLiteral("sample_rate")).toString().toInt());
            QCOMPARE(found.value(QStringLiteral("Channels")).toInt(), expected.value(QStringLiteral("channels")).toInt());
            QCOMPARE(found.value(QStringLiteral("Language")).toString(),
                     expected.value(QStringLiteral("tags")).toObject().value(QStringLiteral("language")).toString());
        }
    }
    QCOMPARE(videos, 2);

    const auto thumbnail = m_client->get(QStringLiteral("/v1/thumbnail_tx/%1").arg(m_tx));
    QCOMPARE(thumbnail.status, 200);
    QCOMPARE(thumbnail.header("Content-Type"), QByteArray("image/jpeg"));
    const QString jpegPath = m_dir.filePath(QStringLiteral("thumbnail.jpg"));
    QFile file(jpegPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(thumbnail.body);
    file.close();
    const QJsonObject picture = ffprobe(jpegPath).value(QStringLiteral("streams")).toArray().at(0).toObject();
    QCOMPARE(picture.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mjpeg"));
    const int width = picture.value(QStringLiteral("width")).toInt();
    const int height = picture.value(QStringLiteral("height")).toInt();
    // One of the two pictures, 640x360 scaled to 320 wide, or 320x240 as it is.
    QVERIFY2((width == 320 && height == 180) || (width == 320 && height == 240),
             qPrintable(QStringLiteral("%1x%2").arg(width).arg(height)));
}

void TestStreamRoutes::apiAnswersWhileAProbeGathersPayload()
{
    // A probe waits for seconds of fresh payload; meanwhile other requests are answered.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/probe_tx/%2").arg(m_server->serverPort()).arg(m_tx)));
    const auto login = m_client->login(QStringLiteral("admin"), QString::fromLatin1(kPassword));
    request.setRawHeader("Authorization", "Bearer " + login.object().value(QStringLiteral("jwt")).toString().toUtf8());
    std::unique_ptr<QNetworkReply> probe(network.get(request));
    QTest::qWait(200); // the probe request is in the server
    QVERIFY(!probe->isFinished());
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(m_tx)).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
    }
    QVERIFY2(!probe->isFinished(), "the probe answered before the other requests: nothing shows they were not blocked");
    QTRY_VERIFY_WITH_TIMEOUT(probe->isFinished(), 15000);
    QCOMPARE(probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(probe->readAll()).object().value(QStringLiteral("Streams")).toArray().size(), 4);
}

void TestStreamRoutes::metricsCarryTheStream()
{
    const QByteArray metrics = m_client->get(QStringLiteral("/v1/metrics")).body;
    for (const QByteArray &name : {QByteArray("srtdesk_stream_ts_mbit_rate"), QByteArray("srtdesk_stream_cc_errors_total"),
                                  QByteArray("srtdesk_stream_pat_errors_total")}) {
        QVERIFY2(metrics.contains(QByteArray("# TYPE " + name)), name.constData());
    }
    const QByteArray prefix = "srtdesk_stream_ts_mbit_rate{id=\"" + QByteArray::number(m_tx) + "\"";
    const qsizetype at = metrics.indexOf(prefix);
    QVERIFY(at >= 0);
    const QByteArray line = metrics.mid(at, metrics.indexOf('\n', at) - at);
    const double rate = line.mid(line.lastIndexOf(' ') + 1).toDouble();
    QVERIFY2(rate > 3.0 && rate < 5.0, line.constData());
    QVERIFY(metrics.contains(QByteArray("srtdesk_stream_cc_errors_total{id=\"" + QByteArray::number(m_rx) + "\",kind=\"rx\"")));
}

void TestStreamRoutes::grafanaDashboardUsesExportedMetrics()
{
    QFile file(QStringLiteral(SRTDESK_SOURCE_DIR "/packaging/grafana/srtdesk-dashboard.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject dashboard = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray panels = dashboard.value(QStringLiteral("panels")).toArray();
    QVERIFY(panels.size() >= 10);
    const QByteArray metrics = m_client->get(QStringLiteral("/v1/metrics")).body;
    const QRegularExpression name(QStringLiteral("srtdesk_[a-z_]+"));
    int checked = 0;
    for (const QJsonValue &panel : panels) {
        for (const QJsonValue &target : panel.toObject().value(QStringLiteral("targets")).toArray()) {
            const QString expr = target.toObject().value(QStringLiteral("expr")).toString();
            auto matches = name.globalMatch(expr);
            QVERIFY2(matches.hasNext(), qPrintable(expr));
            while (matches.hasNext()) {
                const QByteArray metric = matches.next().captured().toUtf8();
                QVERIFY2(metrics.contains(QByteArray("# TYPE " + metric + ' ')), metric.constData());
                ++checked;
            }
        }
    }
    QVERIFY(checked >= 20);
}

void TestStreamRoutes::refusalsSayWhy()
{
    // Audio only: no picture to show.
    QTRY_COMPARE_WITH_TIMEOUT(stream("tx", m_audioTx).value(QStringLiteral("Format")).toString(), QStringLiteral("mpegts"), 10000);
    auto response = m_client->get(QStringLiteral("/v1/thumbnail_tx/%1").arg(m_audioTx));
    QCOMPARE(response.status, 409);
    QVERIFY2(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("no video")), response.body.constData());

    // Running, but nothing comes in: refused at once rather than after seconds of waiting.
    const qint64 silent = add("tx", txBody(QStringLiteral("Silent feed"), kAudioSrt + 2, kAudioUdpIn + 2));
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(silent)).status, 200);
    response = m_client->get(QStringLiteral("/v1/probe_tx/%1").arg(silent));
    QCOMPARE(response.status, 409);
    QVERIFY2(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("carries nothing")),
             response.body.constData());
    QCOMPARE(stream("tx", silent).value(QStringLiteral("Format")).toString(), QStringLiteral("none"));

    // The wrong kind and an unknown Id are 404.
    QCOMPARE(m_client->get(QStringLiteral("/v1/probe_tx/%1").arg(m_rx)).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/thumbnail_rx/9999")).status, 404);

    // A stopped service: 409 naming it, and Format "none".
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_tx/%1").arg(m_audioTx)).status, 200);
    response = m_client->get(QStringLiteral("/v1/probe_tx/%1").arg(m_audioTx));
    QCOMPARE(response.status, 409);
    QVERIFY2(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("Radio feed")), response.body.constData());
    QVERIFY2(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("not running")), response.body.constData());
    QCOMPARE(m_client->get(QStringLiteral("/v1/thumbnail_tx/%1").arg(m_audioTx)).status, 409);
    QCOMPARE(stream("tx", m_audioTx).value(QStringLiteral("Format")).toString(), QStringLiteral("none"));
}

void TestStreamRoutes::analysisSwitchedOff()
{
    m_manager->setStreamAnalysis(false);
    QCOMPARE(m_client->post(QStringLiteral("/v1/restart_tx/%1").arg(m_tx)).status, 200);
    const auto response = m_client->get(QStringLiteral("/v1/probe_tx/%1").arg(m_tx));
    QCOMPARE(response.status, 409);
    QVERIFY2(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("switched off")), response.body.constData());
    QCOMPARE(stream("tx", m_tx).value(QStringLiteral("Format")).toString(), QStringLiteral("none"));
    m_manager->setStreamAnalysis(true);
}

QTEST_GUILESS_MAIN(TestStreamRoutes)
#include "TestStreamRoutes.moc"
