// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in the system keychain. SecretStore over the real Secret Service of the test
// session (gnome-keyring in a private D-Bus session, see scripts/with-test-session) and over
// its 0600 file fallback; a keychain that stops answering; srtdeskd itself with encrypted
// links across a restart, without a session bus, and migrating an old database.
#include "core/secrets/SecretFile.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"
#include "tests/rest/RestClient.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <csignal>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace srtdesk;
using srtdesk::test::RestClient;

namespace {

constexpr char kAdminPassword[] = "an-admin-password-for-the-secrets-test";
constexpr char kTxPassphrase[] = "tx-and-rx-share-this-passphrase-42";
constexpr char kOtherPassphrase[] = "a-second-passphrase-for-the-other-rx";

quint16 freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

quint16 freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString daemonBinary()
{
    return QStringLiteral(SRTDESK_TEST_BIN_DIR "/srtdeskd");
}

// Every file under `dir` whose bytes contain `needle` (a thief of the disk reads them all).
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(QFileInfo(path).fileName());
    }
    return found;
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

// srtdeskd on a data directory, its whole stderr kept for inspection.
class Daemon
{
public:
    Daemon(const QString &dataDir, quint16 apiPort, const QProcessEnvironment &environment)
        : m_dataDir(dataDir), m_apiPort(apiPort)
    {
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += m_process.readAllStandardError(); });
    }
    ~Daemon() { stop(); }

    bool start()
    {
        m_process.start(daemonBinary(), {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--api-port"),
                                         QString::number(m_apiPort), QStringLiteral("--stats-interval"),
                                         QStringLiteral("200")});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            QTest::qWait(50);
            if (m_log.contains(" ready with "))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(15000);
        m_log += m_process.readAllStandardError();
        return m_process.exitCode();
    }
    const QByteArray &log() const { return m_log; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort)); }

private:
    QString m_dataDir;
    quint16 m_apiPort;
    QProcess m_process;
    QByteArray m_log;
};

QProcessEnvironment daemonEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), QString::fromLatin1(kAdminPassword));
    environment.remove(QStringLiteral("SRTDESK_SECRET_STORE"));
    // Everything srtdesk logs, libsrt's debug output included: none of it may carry a secret.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("srtdesk.*=true"));
    return environment;
}

QJsonObject waitForService(RestClient &client, const QString &path, const std::function<bool(const QJsonObject &)> &done,
                           int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < timeoutMs) {
        const auto response = client.get(path);
        last = response.object();
        if (response.status == 200 && done(last))
            return last;
        QTest::qWait(200);
    }
    return last;
}

bool connected(const QJsonObject &service)
{
    return service.value(QStringLiteral("Connected")).toInt() == 1;
}

// Datagrams into the TX's UdpIn come out of the RX's UdpOut: the encrypted link carries them.
bool carriesTraffic(quint16 udpIn, QUdpSocket &out)
{
    QUdpSocket sender;
    const QByteArray payload(1316, 'x');
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        sender.writeDatagram(payload, QHostAddress::LocalHost, udpIn);
        QTest::qWait(20);
        if (out.hasPendingDatagrams()) {
            while (out.hasPendingDatagrams())
                out.receiveDatagram();
            return true;
        }
    }
    return false;
}

qint64 addService(RestClient &client, const QString &kind, const QJsonObject &body)
{
    const auto response = client.post(QStringLiteral("/v1/add_%1").arg(kind), QJsonDocument(body).toJson());
    if (response.status != 200) {
        qWarning() << "add" << kind << response.status << response.body;
        return 0;
    }
    return response.object().value(QStringLiteral("Id")).toInteger();
}

// The process of the session's Secret Service (gnome-keyring), or 0.
pid_t keyringPid()
{
    QProcess query;
    query.start(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                 QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                 QStringLiteral("string:org.freedesktop.secrets")});
    if (!query.waitForFinished(10000))
        return 0;
    const auto match = QRegularExpression(QStringLiteral("uint32 (\\d+)")).match(QString::fromLatin1(query.readAll()));
    return match.hasMatch() ? pid_t(match.captured(1).toLongLong()) : 0;
}

// Runs `function` of this executable again in a nested private session with a keychain of its
// own (scripts/with-test-session), for tests that stop that keychain. Its output is the message.
void runInOwnSession(const char *function)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SRTDESK_IN_TEST_SESSION"));
    environment.insert(QStringLiteral("SRTDESK_TEST_HANG_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral(SRTDESK_SOURCE_DIR "/scripts/with-test-session"),
                {QCoreApplication::applicationFilePath(), QString::fromLatin1(function)});
    QVERIFY2(child.waitForFinished(150000), "the nested session did not finish in 150 s");
    const QByteArray output = child.readAll();
    const QByteArray passLine = QByteArray("PASS   : TestSecrets::") + function + "()";
    QVERIFY2(child.exitCode() == 0 && output.contains(passLine),
             output.constData());
}

bool inOwnSession()
{
    return qEnvironmentVariable("SRTDESK_TEST_HANG_CHILD") == QLatin1String("1");
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainRoundTrip();
    void keychainIsNamespacedPerDataDir();
    void fileFallbackIsPrivate();
    void fileSecretsMoveIntoTheKeychain();
    void readManyKeepsOrder();
    void keychainThatStopsAnsweringIsAnError();
    void secretsOfALateKeychainMoveAtTheNextStart();
    void daemonKeepsEncryptedLinksAcrossRestart();
    void daemonWithoutSessionBusUsesThePrivateFile();
    void daemonMigratesAnOldDatabase();
};

void TestSecrets::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through scripts/with-test-session (scripts/test and ctest from "
              "scripts/test do), which provides a private Secret Service");
}

void TestSecrets::keychainRoundTrip()
{
    QTemporaryDir dir;
    SecretStore store;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    qInfo() << "probe took" << timer.elapsed() << "ms";
    QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
    QCOMPARE(store.backendName(), QStringLiteral("keychain"));
    QVERIFY(store.fallbackReason().isEmpty());
    QVERIFY(store.serviceName().startsWith(QStringLiteral("srtdesk:")));
    QVERIFY(!QFile::exists(dir.filePath(SecretStore::kFileName)));

    QCOMPARE(store.read(QStringLiteral("rx/1")).status, SecretStore::ReadResult::Status::NotFound);
    const QByteArray secret("correct horse battery staple \xc3\xa9\x00\x01", 33);
    timer.restart();
    QVERIFY2(store.write(QStringLiteral("rx/1"), secret), qPrintable(store.errorString()));
    qInfo() << "write took" << timer.elapsed() << "ms";
    const auto read = store.read(QStringLiteral("rx/1"));
    QVERIFY(read.found());
    QCOMPARE(read.data, secret);
    QVERIFY(store.write(QStringLiteral("rx/1"), "second"));
    QCOMPARE(store.read(QStringLiteral("rx/1")).data, QByteArray("second"));
    QVERIFY(store.remove(QStringLiteral("rx/1")));
    QCOMPARE(store.read(QStringLiteral("rx/1")).status, SecretStore::ReadResult::Status::NotFound);
    QVERIFY(store.remove(QStringLiteral("rx/1"))); // already gone: fine

    // A second instance (a restart) sees what the first stored.
    QVERIFY(store.write(QStringLiteral("tx/2"), "kept across instances"));
    SecretStore again;
    QVERIFY(again.open(dir.path()));
    QCOMPARE(again.read(QStringLiteral("tx/2")).data, QByteArray("kept across instances"));
    QVERIFY(again.remove(QStringLiteral("tx/2")));
}

void TestSecrets::keychainIsNamespacedPerDataDir()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(SecretStore::serviceNameFor(a.path()) != SecretStore::serviceNameFor(b.path()));
    QCOMPARE(SecretStore::serviceNameFor(a.path() + QStringLiteral("/")), SecretStore::serviceNameFor(a.path()));
    SecretStore first;
    SecretStore second;
    QVERIFY(first.open(a.path()));
    QVERIFY(second.open(b.path()));
    QVERIFY(first.write(QStringLiteral("rx/7"), "only for a"));
    QCOMPARE(second.read(QStringLiteral("rx/7")).status, SecretStore::ReadResult::Status::NotFound);
    QVERIFY(second.write(QStringLiteral("rx/7"), "only for b"));
    QCOMPARE(first.read(QStringLiteral("rx/7")).data, QByteArray("only for a"));
    QVERIFY(first.remove(QStringLiteral("rx/7")));
    QCOMPARE(second.read(QStringLiteral("rx/7")).data, QByteArray("only for b"));
    QVERIFY(second.remove(QStringLiteral("rx/7")));
}

void TestSecrets::fileFallbackIsPrivate()
{
    QTemporaryDir dir;
    SecretStore store;
    QVERIFY(store.open(dir.path(), SecretStore::Preference::File));
    QCOMPARE(store.backendName(), QStringLiteral("file"));
    QVERIFY(!store.fallbackReason().isEmpty());
    QVERIFY(store.write(QStringLiteral("rx/3"), "file secret one"));
    const QString path = dir.filePath(SecretStore::kFileName);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    SecretStore again;
    QVERIFY(again.open(dir.path(), SecretStore::Preference::File));
    QCOMPARE(again.read(QStringLiteral("rx/3")).data, QByteArray("file secret one"));
    QVERIFY(again.remove(QStringLiteral("rx/3")));
    QCOMPARE(again.read(QStringLiteral("rx/3")).status, SecretStore::ReadResult::Status::NotFound);

    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not json");
    damaged.close();
    SecretStore broken;
    QVERIFY(!broken.open(dir.path(), SecretStore::Preference::File));
    QVERIFY(broken.errorString().contains(SecretStore::kFileName));
}

void TestSecrets::fileSecretsMoveIntoTheKeychain()
{
    QTemporaryDir dir;
    {
        SecretStore headless;
        QVERIFY(headless.open(dir.path(), SecretStore::Preference::File));
        QVERIFY(headless.write(QStringLiteral("tx/9"), "from a headless run"));
    }
    SecretStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.backendName(), QStringLiteral("keychain"));
    QVERIFY(!QFile::exists(dir.filePath(SecretStore::kFileName)));
    QCOMPARE(store.read(QStringLiteral("tx/9")).data, QByteArray("from a headless run"));
    QVERIFY(store.remove(QStringLiteral("tx/9")));
}

void TestSecrets::readManyKeepsOrder()
{
    QTemporaryDir dir;
    SecretStore store;
    QVERIFY(store.open(dir.path()));
    QStringList keys;
    for (int i = 1; i <= 40; ++i) {
        keys.append(QStringLiteral("rx/%1").arg(i));
        if (i % 3 != 0)
            QVERIFY(store.write(keys.last(), QByteArray("secret-") + QByteArray::number(i)));
    }
    QElapsedTimer timer;
    timer.start();
    const auto results = store.readMany(keys);
    qInfo() << "40 reads took" << timer.elapsed() << "ms";
    QCOMPARE(results.size(), keys.size());
    for (int i = 1; i <= 40; ++i) {
        if (i % 3 == 0) {
            QCOMPARE(results.at(i - 1).status, SecretStore::ReadResult::Status::NotFound);
        } else {
            QCOMPARE(results.at(i - 1).data, QByteArray("secret-") + QByteArray::number(i));
            QVERIFY(store.remove(keys.at(i - 1)));
        }
    }
}


// The keychain is stopped (SIGSTOP) in a private session of its own: calls fail after the
// timeout with a clear message, a service with a passphrase is not acknowledged, and once the
// keychain answers again everything works (nothing stays stuck behind the lost answers).
void TestSecrets::keychainThatStopsAnsweringIsAnError()
{
    if (!inOwnSession()) {
        // Not the shared keychain of the other tests: a nested private session.
        runInOwnSession("keychainThatStopsAnsweringIsAnError");
        return;
    }

    const pid_t keyring = keyringPid();
    QVERIFY2(keyring > 0, "no process owns org.freedesktop.secrets");

    QTemporaryDir dir;
    SecretStore secrets;
    QVERIFY(secrets.open(dir.path()));
    QCOMPARE(secrets.backendName(), QStringLiteral("keychain"));
    ServiceStore store;
    QVERIFY(store.open(dir.path(), secrets));
    secrets.setTimeoutMs(1500);

    QCOMPARE(::kill(keyring, SIGSTOP), 0);
    QElapsedTimer timer;
    timer.start();
    const bool written = secrets.write(QStringLiteral("rx/1"), "never acknowledged");
    const qint64 waited = timer.elapsed();
    ServiceConfig config = ServiceConfig::defaults(ServiceKind::Rx);
    config.serviceName = QStringLiteral("hung");
    config.listenPort = 7100;
    config.udpAddress = QStringLiteral("127.0.0.1:5100");
    config.passPhrase = QString::fromLatin1(kOtherPassphrase);
    const auto id = store.insert(config, false);
    const QString insertError = store.errorString();
    const auto records = store.loadAll();
    ::kill(keyring, SIGCONT);

    QVERIFY(!written);
    QVERIFY2(secrets.errorString().contains(QStringLiteral("did not answer")), qPrintable(secrets.errorString()));
    qInfo() << "a silent keychain was reported after" << waited << "ms";
    QVERIFY(waited >= 1400 && waited < 5000);
    QVERIFY(!id);
    QVERIFY2(insertError.contains(QStringLiteral("passphrase")), qPrintable(insertError));
    QVERIFY(!insertError.contains(QString::fromLatin1(kOtherPassphrase)));
    QVERIFY(records && records->isEmpty()); // not acknowledged, not kept

    // Answering again: the queued calls drain and new ones work.
    secrets.setTimeoutMs(SecretStore::kDefaultTimeoutMs);
    QVERIFY2(secrets.write(QStringLiteral("rx/2"), "after the pause"), qPrintable(secrets.errorString()));
    QCOMPARE(secrets.read(QStringLiteral("rx/2")).data, QByteArray("after the pause"));
    QVERIFY(store.insert(config, false));
}

// A first start whose keychain answers too late (a keyring prompt nobody answered within the
// timeout; here the keyring is stopped with SIGSTOP): srtdeskd falls back to the 0600 file
// and an encrypted pair added then keeps its passphrase there. The next start, with the
// keychain answering, moves every secret into the keychain and deletes the file, and the
// pair, resumed from its desired state, connects and carries traffic with the moved secret.
void TestSecrets::secretsOfALateKeychainMoveAtTheNextStart()
{
    if (!inOwnSession()) {
        runInOwnSession("secretsOfALateKeychainMoveAtTheNextStart");
        return;
    }
    const pid_t keyring = keyringPid();
    QVERIFY2(keyring > 0, "no process owns org.freedesktop.secrets");
    QTemporaryDir dir;
    constexpr quint16 apiPort = 35530;
    constexpr quint16 srtPort = 35531;
    constexpr quint16 udpIn = 35532;
    QUdpSocket out;
    QVERIFY(out.bind(QHostAddress::LocalHost, 35533));
    const QString file = dir.filePath(SecretStore::kFileName);

    qint64 tx = 0;
    QCOMPARE(::kill(keyring, SIGSTOP), 0);
    {
        Daemon daemon(dir.path(), apiPort, daemonEnvironment());
        const bool started = daemon.start(); // waits the keychain's 10 s out first
        ::kill(keyring, SIGCONT);            // answers now, too late for this run
        QVERIFY2(started, daemon.log().constData());
        QVERIFY2(daemon.log().contains("did not answer within"), daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.get(QStringLiteral("/v1/health")).object().value(QStringLiteral("secretStore")).toString(),
                 QStringLiteral("file"));
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        tx = addService(client, QStringLiteral("tx"),
                        {{QStringLiteral("ServiceName"), QStringLiteral("late-tx")},
                         {QStringLiteral("Mode"), QStringLiteral("listener")},
                         {QStringLiteral("ListenPort"), srtPort},
                         {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(udpIn)},
                         {QStringLiteral("Latency"), 120},
                         {QStringLiteral("PassPhrase"), QString::fromLatin1(kTxPassphrase)}});
        const qint64 rx = addService(client, QStringLiteral("rx"),
                                     {{QStringLiteral("ServiceName"), QStringLiteral("late-rx")},
                                      {QStringLiteral("Mode"), QStringLiteral("caller")},
                                      {QStringLiteral("TxIp"), QStringLiteral("127.0.0.1")},
                                      {QStringLiteral("ListenPort"), srtPort},
                                      {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(out.localPort())},
                                      {QStringLiteral("Latency"), 120},
                                      {QStringLiteral("PassPhrase"), QString::fromLatin1(kTxPassphrase)}});
        QVERIFY(tx > 0 && rx > 0);
        QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(tx)).status, 200);
        QCOMPARE(client.post(QStringLiteral("/v1/start_rx/%1").arg(rx)).status, 200);
        QVERIFY(connected(waitForService(client, QStringLiteral("/v1/get_rx/%1").arg(rx), connected)));
        QCOMPARE(daemon.stop(), 0);
    }
    {
        SecretFile secrets;
        QVERIFY(secrets.load(file));
        QCOMPARE(secrets.value(QStringLiteral("tx/%1").arg(tx)), QByteArray(kTxPassphrase));
        QVERIFY(secrets.contains(QStringLiteral("rest/auth")));
    }

    {
        Daemon daemon(dir.path(), apiPort, daemonEnvironment());
        QVERIFY2(daemon.start(), daemon.log().constData());
        QVERIFY2(daemon.log().contains("into the system keychain; the file is deleted"), daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.get(QStringLiteral("/v1/health")).object().value(QStringLiteral("secretStore")).toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        const QJsonArray rxs = client.get(QStringLiteral("/v1/get_rx")).array();
        QCOMPARE(rxs.size(), 1);
        const qint64 rx = rxs.at(0).toObject().value(QStringLiteral("Id")).toInteger();
        QVERIFY(connected(waitForService(client, QStringLiteral("/v1/get_rx/%1").arg(rx), connected)));
        QVERIFY(carriesTraffic(udpIn, out));
        QCOMPARE(daemon.stop(), 0);
        QVERIFY(!daemon.log().contains(kTxPassphrase));
    }
    QVERIFY(!QFile::exists(file));
    QVERIFY2(filesContaining(dir.path(), kTxPassphrase).isEmpty(), "a passphrase stayed in the data directory");
    SecretStore secrets;
    QVERIFY(secrets.open(dir.path()));
    QCOMPARE(secrets.backend(), SecretStore::Backend::Keychain);
    QCOMPARE(secrets.read(QStringLiteral("tx/%1").arg(tx)).data, QByteArray(kTxPassphrase));
}

// srtdeskd with the keychain: an encrypted TX/RX pair added over the API connects and carries
// traffic, and does again after a restart; no file of the data directory and no log line
// holds a passphrase; the API never shows one.
void TestSecrets::daemonKeepsEncryptedLinksAcrossRestart()
{
    QTemporaryDir dir;
    const quint16 apiPort = freeTcpPort();
    const quint16 srtPort = freeUdpPort();
    const quint16 udpIn = freeUdpPort();
    QUdpSocket out;
    QVERIFY(out.bind(QHostAddress::LocalHost, 0));

    QByteArray logs;
    {
        Daemon daemon(dir.path(), apiPort, daemonEnvironment());
        QVERIFY2(daemon.start(), daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.get(QStringLiteral("/v1/health")).object().value(QStringLiteral("secretStore")).toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        const qint64 tx = addService(client, QStringLiteral("tx"),
                                     {{QStringLiteral("ServiceName"), QStringLiteral("enc-tx")},
                                      {QStringLiteral("Mode"), QStringLiteral("listener")},
                                      {QStringLiteral("ListenPort"), srtPort},
                                      {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(udpIn)},
                                      {QStringLiteral("Latency"), 120},
                                      {QStringLiteral("PassPhrase"), QString::fromLatin1(kTxPassphrase)},
                                      {QStringLiteral("PbKeyLen"), 32}});
        const qint64 rx = addService(client, QStringLiteral("rx"),
                                     {{QStringLiteral("ServiceName"), QStringLiteral("enc-rx")},
                                      {QStringLiteral("Mode"), QStringLiteral("caller")},
                                      {QStringLiteral("TxIp"), QStringLiteral("127.0.0.1")},
                                      {QStringLiteral("ListenPort"), srtPort},
                                      {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(out.localPort())},
                                      {QStringLiteral("Latency"), 120},
                                      {QStringLiteral("PassPhrase"), QString::fromLatin1(kTxPassphrase)},
                                      {QStringLiteral("PbKeyLen"), 32}});
        QVERIFY(tx > 0 && rx > 0);
        // A third service whose passphrase is only stored (never started).
        QVERIFY(addService(client, QStringLiteral("rx"),
                           {{QStringLiteral("ServiceName"), QStringLiteral("stored-only")},
                            {QStringLiteral("Mode"), QStringLiteral("listener")},
                            {QStringLiteral("ListenPort"), freeUdpPort()},
                            {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())},
                            {QStringLiteral("PassPhrase"), QString::fromLatin1(kOtherPassphrase)}})
                > 0);
        QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(tx)).status, 200);
        QCOMPARE(client.post(QStringLiteral("/v1/start_rx/%1").arg(rx)).status, 200);
        QVERIFY(connected(waitForService(client, QStringLiteral("/v1/get_rx/%1").arg(rx), connected)));
        QVERIFY(carriesTraffic(udpIn, out));
        const auto listed = client.get(QStringLiteral("/v1/get_rx"));
        QVERIFY(!listed.body.contains(kTxPassphrase) && !listed.body.contains(kOtherPassphrase));
        QVERIFY(listed.body.contains("\"PassPhrase\": \"********\""));
        QCOMPARE(daemon.stop(), 0);
        logs += daemon.log();
    }
    for (const char *secret : {kTxPassphrase, kOtherPassphrase, kAdminPassword}) {
        const QStringList leaks = filesContaining(dir.path(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
    QVERIFY(!QFile::exists(dir.filePath(SecretStore::kFileName)));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("auth.json"))));

    {
        // The restart resumes both (their desired state) with passphrases from the keychain.
        Daemon daemon(dir.path(), apiPort, daemonEnvironment());
        QVERIFY2(daemon.start(), daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        const QJsonArray rxs = client.get(QStringLiteral("/v1/get_rx")).array();
        QCOMPARE(rxs.size(), 2);
        const qint64 rx = rxs.at(0).toObject().value(QStringLiteral("Id")).toInteger();
        QVERIFY(connected(waitForService(client, QStringLiteral("/v1/get_rx/%1").arg(rx), connected)));
        QVERIFY(carriesTraffic(udpIn, out));
        QCOMPARE(daemon.stop(), 0);
        logs += daemon.log();
    }
    QVERIFY(logs.contains("srtdesk.libsrt")); // libsrt's own log was captured and checked too
    for (const char *secret : {kTxPassphrase, kOtherPassphrase, kAdminPassword}) {
        QVERIFY2(!logs.contains(secret), "a secret reached the log");
        QVERIFY(filesContaining(dir.path(), secret).isEmpty());
    }
}

// Without a session bus (a headless server): the 0600 file, a warning at start, "file" in
// /v1/health; the passphrase is in that file only; and it is still there after a restart.
void TestSecrets::daemonWithoutSessionBusUsesThePrivateFile()
{
    QTemporaryDir dir;
    QTemporaryDir runtime; // no "bus" socket in it
    QProcessEnvironment environment = daemonEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const quint16 apiPort = freeTcpPort();
    qint64 id = 0;
    {
        Daemon daemon(dir.path(), apiPort, environment);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(daemon.start(), daemon.log().constData());
        qInfo() << "srtdeskd without a session bus was ready after" << timer.elapsed() << "ms";
        QVERIFY2(daemon.log().contains("warning srtdesk.secrets: secrets (SRT passphrases, API keys) are kept in the file"),
                 daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.get(QStringLiteral("/v1/health")).object().value(QStringLiteral("secretStore")).toString(),
                 QStringLiteral("file"));
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        id = addService(client, QStringLiteral("rx"),
                        {{QStringLiteral("ServiceName"), QStringLiteral("headless")},
                         {QStringLiteral("Mode"), QStringLiteral("listener")},
                         {QStringLiteral("ListenPort"), freeUdpPort()},
                         {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())},
                         {QStringLiteral("PassPhrase"), QString::fromLatin1(kOtherPassphrase)}});
        QVERIFY(id > 0);
        QCOMPARE(daemon.stop(), 0);
        QVERIFY(!daemon.log().contains(kOtherPassphrase));
    }
    const QString file = dir.filePath(SecretStore::kFileName);
    QVERIFY(QFile::exists(file));
    QCOMPARE(modeOf(file), mode_t(0600));
    SecretFile secrets;
    QVERIFY(secrets.load(file));
    QCOMPARE(secrets.value(QStringLiteral("rx/%1").arg(id)), QByteArray(kOtherPassphrase));
    QVERIFY(secrets.contains(QStringLiteral("rest/auth")));
    // Only the fallback file holds it (base64 there; no other file has it in any form).
    for (const QByteArray &form : {QByteArray(kOtherPassphrase), QByteArray(kOtherPassphrase).toBase64()}) {
        QStringList holders = filesContaining(dir.path(), form);
        holders.removeAll(SecretStore::kFileName);
        QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
    }
    {
        Daemon daemon(dir.path(), apiPort, environment);
        QVERIFY2(daemon.start(), daemon.log().constData());
        RestClient client(daemon.url());
        QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
        const QJsonObject service = client.get(QStringLiteral("/v1/get_rx/%1").arg(id)).object();
        QCOMPARE(service.value(QStringLiteral("PassPhrase")).toString(), QStringLiteral("********"));
        QCOMPARE(client.post(QStringLiteral("/v1/start_rx/%1").arg(id)).status, 200);
        QCOMPARE(daemon.stop(), 0);
    }
}

// A data directory of the previous version: passphrases in clear in the database (schema 2)
// and auth.json. srtdeskd moves both into the keychain and leaves no copy behind.
void TestSecrets::daemonMigratesAnOldDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ServiceStore::kFileName);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE services (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL CHECK (kind IN ('rx', "
            "'tx')), name TEXT NOT NULL, config TEXT NOT NULL, desired_running INTEGER NOT NULL DEFAULT 0, created_at "
            "TEXT NOT NULL, updated_at TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE UNIQUE INDEX services_kind_name ON services (kind, name COLLATE NOCASE)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO services (kind, name, config, created_at, updated_at) "
                                         "VALUES (?, ?, ?, 'x', 'x')")));
        const QJsonObject tx{{QStringLiteral("ServiceName"), QStringLiteral("old-tx")},
                             {QStringLiteral("Mode"), QStringLiteral("listener")},
                             {QStringLiteral("ListenPort"), 9101},
                             {QStringLiteral("UdpIn"), QStringLiteral("0.0.0.0:5101")},
                             {QStringLiteral("PassPhrase"), QString::fromLatin1(kTxPassphrase)}};
        q.addBindValue(QStringLiteral("tx"));
        q.addBindValue(QStringLiteral("old-tx"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(tx).toJson()));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QCOMPARE(filesContaining(dir.path(), kTxPassphrase), QStringList{ServiceStore::kFileName});

    // auth.json as the previous version wrote it, with the hash of kAdminPassword made by a
    // first run of this version in another directory with the file store.
    QTemporaryDir seed;
    {
        QProcessEnvironment environment = daemonEnvironment();
        environment.insert(QStringLiteral("SRTDESK_SECRET_STORE"), QStringLiteral("file"));
        Daemon daemon(seed.path(), freeTcpPort(), environment);
        QVERIFY2(daemon.start(), daemon.log().constData());
        QCOMPARE(daemon.stop(), 0);
    }
    SecretFile seedSecrets;
    QVERIFY(seedSecrets.load(seed.filePath(SecretStore::kFileName)));
    const QByteArray authJson = seedSecrets.value(QStringLiteral("rest/auth"));
    QVERIFY(authJson.contains("$argon2id$"));
    QFile legacy(dir.filePath(QStringLiteral("auth.json")));
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    legacy.write(authJson);
    legacy.close();
    const QByteArray hash = QJsonDocument::fromJson(authJson).object().value(QStringLiteral("passwordHash")).toString().toLatin1();

    const quint16 apiPort = freeTcpPort();
    QProcessEnvironment environment = daemonEnvironment();
    environment.remove(QStringLiteral("SRTDESK_ADMIN_PASSWORD")); // the migrated one must be used
    Daemon daemon(dir.path(), apiPort, environment);
    QVERIFY2(daemon.start(), daemon.log().constData());
    QVERIFY2(!daemon.log().contains("generated"), daemon.log().constData());
    RestClient client(daemon.url());
    QCOMPARE(client.login(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).status, 200);
    const QJsonArray txs = client.get(QStringLiteral("/v1/get_tx")).array();
    QCOMPARE(txs.size(), 1);
    QCOMPARE(txs.at(0).toObject().value(QStringLiteral("PassPhrase")).toString(), QStringLiteral("********"));
    QCOMPARE(daemon.stop(), 0);

    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("auth.json"))));
    QVERIFY2(filesContaining(dir.path(), kTxPassphrase).isEmpty(), "a passphrase stayed in the data directory");
    QVERIFY(filesContaining(dir.path(), hash).isEmpty());
    QVERIFY(!daemon.log().contains(kTxPassphrase));
    SecretStore secrets;
    QVERIFY(secrets.open(dir.path()));
    QCOMPARE(secrets.read(QStringLiteral("tx/1")).data, QByteArray(kTxPassphrase));
    QVERIFY(secrets.read(QStringLiteral("rest/auth")).data.contains(hash));
}

// Always in a private D-Bus session with its own gnome-keyring (never the user's keychain):
// run alone, the test re-runs itself through scripts/with-test-session.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariable("SRTDESK_IN_TEST_SESSION") != QLatin1String("1")) {
        std::vector<char *> arguments;
        static char script[] = SRTDESK_SOURCE_DIR "/scripts/with-test-session";
        arguments.push_back(script);
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execv(script, arguments.data());
        ::perror("with-test-session");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecrets.moc"
