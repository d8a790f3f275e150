// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestKeychainNotice.h"

#include "AppTestSupport.h"
#include "app/common/DataDirectory.h"
#include "app/gui/KeychainNotice.h"
#include "core/secrets/KeyringStatus.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DataDirLock.h"
#include "core/store/ServiceStore.h"
#include "ui/LanguageSwitcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace srtdesk;
using namespace srtdesk::apptest;

namespace {

constexpr char kChildVariable[] = "SRTDESK_TEST_NO_KEYRING_CHILD";

// Runs `function` of this executable again in a new private D-Bus session whose gnome-keyring
// (started by D-Bus activation, as on a fresh desktop) has no keyring: fresh HOME and XDG
// directories. The child's QTest output is the failure message.
void runInSessionWithoutKeyring(const char *function)
{
    QTemporaryDir root;
    QProcessEnvironment environment = isolatedEnvironment(root.path());
    environment.remove(QStringLiteral("SRTDESK_SECRET_STORE"));
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("SRTDESK_IN_TEST_SESSION"), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QCoreApplication::applicationFilePath(), QString::fromLatin1(function)});
    QVERIFY2(child.waitForFinished(120000), "the child session did not finish in 120 s");
    const QByteArray output = child.readAll();
    const QByteArray passLine = QByteArray("PASS   : TestKeychainNotice::") + function + "()";
    QVERIFY2(child.exitCode() == 0
                 && output.contains(passLine),
             output.constData());
}

bool isChild()
{
    return qEnvironmentVariable(kChildVariable) == QLatin1String("1");
}

// What the notice showed, and what was true while it was on screen.
struct NoticeSeen
{
    bool shown = false;
    QString title;
    QString text;
    QString details;
    bool secretStoreOpen = true;
    KeyringStatus::State keyring = KeyringStatus::State::Unknown;
};

// Watches for the notice (polling, as it is modal); records it and presses OK.
class NoticeWatcher
{
public:
    explicit NoticeWatcher(const SecretStore *secrets) : m_secrets(secrets)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start(50);
    }
    const NoticeSeen &seen() const { return m_seen; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_seen.shown = box->objectName() == QLatin1String("keychainNotice");
        m_seen.title = box->windowTitle();
        m_seen.text = box->text();
        m_seen.details = box->informativeText();
        m_seen.secretStoreOpen = m_secrets && m_secrets->isOpen();
        m_seen.keyring = KeyringStatus::query();
        if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
        else
            box->reject();
    }

    const SecretStore *m_secrets;
    QTimer m_timer;
    NoticeSeen m_seen;
};

} // namespace

// The test session's keyring exists and is unlocked: the desktop asks nothing, so neither
// does SRT Desk; nor with SRTDESK_SECRET_STORE=file, where the keychain is never asked.
void TestKeychainNotice::noNoticeWhenTheKeyringWillNotAsk()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run through scripts/with-test-session (scripts/test does)");
    QCOMPARE(KeyringStatus::query(), KeyringStatus::State::Ready);
    NoticeWatcher watcher(nullptr);
    QVERIFY(!KeychainNotice::showIfNeeded());
    qputenv("SRTDESK_SECRET_STORE", "file");
    QVERIFY(!KeychainNotice::showIfNeeded());
    qunsetenv("SRTDESK_SECRET_STORE");
    QTest::qWait(100);
    QVERIFY(!watcher.seen().shown);
}

void TestKeychainNotice::noticeComesBeforeTheKeyringIsAsked()
{
    if (!isChild()) {
        runInSessionWithoutKeyring("noticeComesBeforeTheKeyringIsAsked");
        return;
    }
    QCOMPARE(KeyringStatus::query(), KeyringStatus::State::NoDefaultKeyring);

    // In-process, through main()'s path: lock, notice, then the secret store's first question.
    {
        QTemporaryDir dir;
        DataDirLock lock;
        SecretStore secrets;
        ServiceStore store;
        QString error;
        NoticeWatcher watcher(&secrets);
        bool shown = false;
        const int code = openDataDir(dir.path(), lock, secrets, store, &error, [&shown] {
            shown = KeychainNotice::showIfNeeded();
            return true;
        });
        QVERIFY2(code == 0, qPrintable(error));
        QVERIFY(shown);
        const NoticeSeen &seen = watcher.seen();
        QVERIFY(seen.shown);
        QCOMPARE(seen.title, KeychainNotice::title());
        QCOMPARE(seen.text, KeychainNotice::text());
        QCOMPARE(seen.details, KeychainNotice::details(KeyringStatus::State::NoDefaultKeyring));
        // While the operator read it, nothing had been stored nor asked.
        QVERIFY(!seen.secretStoreOpen);
        QCOMPARE(seen.keyring, KeyringStatus::State::NoDefaultKeyring);
        // Then the keyring was asked: with no display its prompt cannot appear, so the store
        // falls back to the file and says why (the keyring's own answer).
        QVERIFY(secrets.isOpen());
        QCOMPARE(secrets.backend(), SecretStore::Backend::File);
        QVERIFY2(!secrets.fallbackReason().isEmpty(), "no reason for the fallback");
        qInfo().noquote() << "after the notice, the keyring answered:" << secrets.fallbackReason();
    }

    // The real program: the notice is up and the keyring untouched; SIGTERM ends it there.
    QTemporaryDir root;
    QProcessEnvironment environment = isolatedEnvironment(root.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("SRTDESK_SECRET_STORE"));
    const QString dataDir = root.filePath(QStringLiteral("state"));
    ProgramProcess gui(QStringLiteral("srtdesk"), environment);
    gui.start({QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(gui.waitForLog("telling the operator first"), gui.log().constData());
    QTest::qWait(300);
    QVERIFY(gui.isRunning()); // waiting for the operator
    QCOMPARE(KeyringStatus::query(), KeyringStatus::State::NoDefaultKeyring);
    QVERIFY2(!gui.log().contains("srtdesk.secrets"), gui.log().constData());
    QVERIFY(gui.signalAndWait(SIGTERM));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    const QByteArray log = gui.log();
    QVERIFY2(log.contains("SIGTERM received"), log.constData());
    QVERIFY2(!log.contains("srtdesk.secrets"), log.constData());
    QCOMPARE(KeyringStatus::query(), KeyringStatus::State::NoDefaultKeyring);
    QVERIFY(!QFile::exists(dataDir + QStringLiteral("/") + SecretStore::kFileName));
    QVERIFY(!QFile::exists(dataDir + QStringLiteral("/") + ServiceStore::kFileName));
}

// The notice comes after the window's language is applied; its texts are translated (they
// equal the committed Spanish translations under Spanish).
void TestKeychainNotice::noticeSpeaksTheOperatorsLanguage()
{
    const QStringList english{KeychainNotice::title(), KeychainNotice::text(),
                              KeychainNotice::details(KeyringStatus::State::NoDefaultKeyring),
                              KeychainNotice::details(KeyringStatus::State::Locked)};
    LanguageSwitcher language;
    QVERIFY(language.apply(QStringLiteral("es")));
    const QStringList spanish{KeychainNotice::title(), KeychainNotice::text(),
                              KeychainNotice::details(KeyringStatus::State::NoDefaultKeyring),
                              KeychainNotice::details(KeyringStatus::State::Locked)};
    language.apply(QStringLiteral("en"));

    const QList<TsMessage> messages = readTsFile(QStringLiteral(SRTDESK_SOURCE_DIR "/translations/srtdesk_es.ts"));
    QStringList problems;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (spanish.at(i) == english.at(i))
            problems.append(QStringLiteral("not translated: \"%1\"").arg(english.at(i)));
    }
    // Each Spanish text is made of the file's finished translations of context KeychainNotice.
    for (const TsMessage &message : messages) {
        if (message.context != QLatin1String("KeychainNotice"))
            continue;
        if (!message.finished || message.translation.isEmpty())
            problems.append(QStringLiteral("no finished Spanish translation of \"%1\"").arg(message.source));
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s), listed above")));
}
