// SecretStore over the real Secret Service of the test session (gnome-keyring) and over its
// 0600 file fallback.
#include "core/secrets/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainRoundTrip();
    void keychainIsNamespacedPerDataDir();
    void fileFallbackIsPrivate();
    void fileSecretsMoveIntoTheKeychain();
    void readManyKeepsOrder();
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through scripts/with-test-session (scripts/test does)");
}

void TestSecretStore::keychainRoundTrip()
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

void TestSecretStore::keychainIsNamespacedPerDataDir()
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

void TestSecretStore::fileFallbackIsPrivate()
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

void TestSecretStore::fileSecretsMoveIntoTheKeychain()
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

void TestSecretStore::readManyKeepsOrder()
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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
