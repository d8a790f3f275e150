// SPDX-License-Identifier: GPL-3.0-or-later
// srtdeskd: the headless SRT Desk. The same core as the GUI (ServiceManager over the SQLite
// store and the libsrt engine) driven by the original system's /v1 REST API. Links no Widgets.

#include "app/common/AppInfo.h"
#include "app/common/CommandLineTranslator.h"
#include "app/common/DataDirectory.h"
#include "app/common/UnixSignalWatcher.h"
#include "core/LogRules.h"
#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/RelayEngine.h"
#include "core/audit/AuditTrail.h"
#include "core/model/AuditChanges.h"
#include "core/model/UserJson.h"
#include "core/engine/SrtRuntime.h"
#include "core/rest/AuthStore.h"
#include "core/rest/PasswordHasher.h"
#include "core/rest/RestServer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DataDirLock.h"
#include "core/store/HistoryStore.h"
#include "core/store/ServiceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

using namespace srtdesk;

namespace {

Q_LOGGING_CATEGORY(lcDaemon, "srtdesk.daemon")

enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitDataDir = 2, // in use by another process, or not creatable
    ExitStore = 3,   // database unusable
    ExitAuth = 4,    // auth.json unusable, or no valid password given
    ExitListen = 5,  // address/port unavailable, TLS files unusable
    ExitSecrets = 6, // no usable secret store (keychain required but unreachable, fallback file unusable)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int fail(int code, const QString &message)
{
    printErr(QStringLiteral("srtdeskd: ") + message);
    return code;
}

// One line from stdin without its line end. On a terminal the text is not echoed.
bool readSecretLine(const QString &prompt, QString *out)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QFile in;
    const bool opened = in.open(stdin, QIODevice::ReadOnly);
    const QByteArray line = opened ? in.readLine(8192) : QByteArray();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << QStringLiteral("\n") << Qt::flush;
    }
    if (line.isEmpty())
        return false;
    QByteArray trimmed = line;
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    *out = QString::fromUtf8(trimmed);
    return true;
}

// A password from standard input, asked twice on a terminal. Empty with *code set otherwise.
QString readNewPassword(const QString &prompt, int *code)
{
    QString password;
    if (!readSecretLine(prompt, &password)) {
        *code = fail(ExitAuth, QStringLiteral("no password on standard input."));
        return {};
    }
    if (::isatty(STDIN_FILENO) == 1) {
        QString again;
        if (!readSecretLine(QStringLiteral("Repeat it: "), &again) || again != password) {
            *code = fail(ExitAuth, QStringLiteral("the two passwords differ; nothing changed."));
            return {};
        }
    }
    return password;
}

// Changes made on the command line go to the audit trail as the local user (source "local").
void recordLocally(const QString &dataDir, AuditAction action, const QString &target, const QList<AuditChange> &changes)
{
    HistoryStore history;
    if (!history.open(dataDir))
        printErr(QStringLiteral("srtdeskd: warning: ") + history.errorString());
    AuditTrail audit(history);
    audit.record(AuditTrail::Actor::local(), action, target, changes);
    history.flush();
}

// The data directory's users while srtdeskd is not running on it: ExitOk, or the exit code of
// what failed (already said on stderr).
int openAuthOffline(const QString &dataDir, DataDirLock &lock, SecretStore &secrets, AuthStore &auth)
{
    if (!lock.acquire(dataDir))
        return fail(ExitDataDir, lock.errorString());
    if (!secrets.open(dataDir))
        return fail(ExitSecrets, secrets.errorString());
    if (!auth.load(secrets))
        return fail(ExitAuth, auth.errorString());
    return ExitOk;
}

int setAdminPassword(const QString &dataDir)
{
    DataDirLock lock;
    SecretStore secrets;
    AuthStore auth;
    if (const int opened = openAuthOffline(dataDir, lock, secrets, auth); opened != ExitOk)
        return opened;
    int code = ExitOk;
    const QString password = readNewPassword(QStringLiteral("New administrator password: "), &code);
    if (code != ExitOk)
        return code;
    const auto before = auth.user(AuthStore::kDefaultUsername);
    if (!auth.setPassword(password))
        return fail(ExitAuth, auth.errorString());
    auth.rotateSigningKey(); // tokens issued with the old password stop working
    if (!auth.save())
        return fail(ExitAuth, auth.errorString());
    recordLocally(dataDir, before ? AuditAction::UserChanged : AuditAction::UserAdded,
                  QStringLiteral("user ") + AuthStore::kDefaultUsername,
                  AuditChanges::user(before ? std::optional<UserRole>(before->role) : std::nullopt, UserRole::Admin, true));
    printErr(QStringLiteral("srtdeskd: the administrator password of \"%1\" is set; earlier tokens are no longer valid.")
                 .arg(AuthStore::kDefaultUsername));
    return ExitOk;
}

int addUser(const QString &dataDir, const QString &name, const QString &roleText)
{
    if (const QString problem = UserJson::checkName(name); !problem.isEmpty())
        return fail(ExitUsage, QStringLiteral("--add-user: ") + problem);
    const auto role = userRoleFromWire(roleText);
    if (!role)
        return fail(ExitUsage, QStringLiteral("--role must be one of %1.").arg(UserJson::roleChoices()));
    DataDirLock lock;
    SecretStore secrets;
    AuthStore auth;
    if (const int opened = openAuthOffline(dataDir, lock, secrets, auth); opened != ExitOk)
        return opened;
    int code = ExitOk;
    const QString password = readNewPassword(QStringLiteral("Password of %1: ").arg(name), &code);
    if (code != ExitOk)
        return code;
    const AuthStore::Outcome outcome = auth.addUser(name, *role, password);
    if (!outcome.ok())
        return fail(ExitAuth, outcome.message + QStringLiteral(" Nothing changed."));
    recordLocally(dataDir, AuditAction::UserAdded, QStringLiteral("user ") + name,
                  AuditChanges::user(std::nullopt, *role, true));
    printErr(QStringLiteral("srtdeskd: user \"%1\" added with the role %2.").arg(name, toWire(*role)));
    return ExitOk;
}

// The first administrator password: $SRTDESK_ADMIN_PASSWORD, --admin-password-file, or a
// random one printed once. Never a fixed default.
int ensureAdminPassword(AuthStore &auth, const QString &passwordFile)
{
    const QByteArray fromEnvironment = qgetenv("SRTDESK_ADMIN_PASSWORD");
    qunsetenv("SRTDESK_ADMIN_PASSWORD");
    if (auth.hasPassword()) {
        if (!fromEnvironment.isEmpty() || !passwordFile.isEmpty()) {
            qCInfo(lcDaemon) << "an administrator password is already set; SRTDESK_ADMIN_PASSWORD and"
                             << "--admin-password-file only apply on the first start (use --set-admin-password)";
        }
        return auth.save() ? ExitOk : fail(ExitAuth, auth.errorString());
    }

    QString password;
    bool generated = false;
    if (!fromEnvironment.isEmpty()) {
        password = QString::fromUtf8(fromEnvironment);
    } else if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExitAuth, QStringLiteral("cannot read %1: %2").arg(passwordFile, file.errorString()));
        QByteArray line = file.readLine(8192);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
    } else {
        password = PasswordHasher::generatePassword();
        generated = true;
    }
    if (!auth.setPassword(password))
        return fail(ExitAuth, QStringLiteral("the administrator password is not acceptable: ") + auth.errorString());
    if (!auth.save())
        return fail(ExitAuth, auth.errorString());
    if (generated) {
        printErr(QStringLiteral("srtdeskd: no administrator password was given, so one was generated for user \"%1\":\n"
                                "\n    %2\n\n"
                                "It is shown only this once. Change it with: srtdeskd --set-admin-password")
                     .arg(AuthStore::kDefaultUsername, password));
    } else {
        qCInfo(lcDaemon).noquote() << "administrator password of" << AuthStore::kDefaultUsername << "set";
    }
    return ExitOk;
}

bool parsePositive(const QCommandLineParser &parser, const QString &name, int low, int high, int *out)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        printErr(QStringLiteral("srtdeskd: --%1 must be a whole number from %2 to %3.").arg(name).arg(low).arg(high));
        return false;
    }
    *out = value;
    return true;
}

// The options, their descriptions translated when they are made (see CommandLineTranslator).
struct Options
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("srtdeskd", "Prints the version of srtdeskd and libsrt.")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QCoreApplication::translate("srtdeskd", "Data directory (default: $SRTDESK_DATA_DIR or %1).")
                                   .arg(resolveDataDir({})),
                               QStringLiteral("dir")};
    QCommandLineOption bind{QStringLiteral("api-bind"),
                            QCoreApplication::translate("srtdeskd", "Address the API listens on (default 127.0.0.1)."),
                            QStringLiteral("address"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("api-port"), QCoreApplication::translate("srtdeskd", "API port (default 4000)."),
                            QStringLiteral("port"), QStringLiteral("4000")};
    QCommandLineOption cert{QStringLiteral("tls-cert"),
                            QCoreApplication::translate("srtdeskd", "PEM certificate (chain): serve HTTPS. Needs --tls-key."),
                            QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("tls-key"), QCoreApplication::translate("srtdeskd", "PEM private key of --tls-cert."),
                           QStringLiteral("file")};
    QCommandLineOption passwordFile{
        QStringLiteral("admin-password-file"),
        QCoreApplication::translate("srtdeskd", "First start only: read the administrator password from this file (or "
                                                "set SRTDESK_ADMIN_PASSWORD). Without either, a random one is generated "
                                                "and printed once."),
        QStringLiteral("file")};
    QCommandLineOption setPassword{
        QStringLiteral("set-admin-password"),
        QCoreApplication::translate("srtdeskd", "Reads a new administrator password from standard input, stores its hash "
                                                "and exits. Tokens issued before stop working. srtdeskd must not be "
                                                "running on the data directory.")};
    QCommandLineOption addUser{
        QStringLiteral("add-user"),
        QCoreApplication::translate("srtdeskd", "Adds an API user with the role of --role, reads their password from "
                                                "standard input and exits. srtdeskd must not be running on the data "
                                                "directory."),
        QStringLiteral("name")};
    QCommandLineOption role{QStringLiteral("role"),
                            QCoreApplication::translate("srtdeskd", "The role of --add-user: observer (reads), operator "
                                                                    "(also runs services, acknowledges alarms) or admin "
                                                                    "(everything, users included)."),
                            QStringLiteral("role")};
    QCommandLineOption lifetime{
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate("srtdeskd", "Lifetime of API tokens in seconds (default: $SRTDESK_TOKEN_LIFETIME or 3600)."),
        QStringLiteral("seconds")};
    QCommandLineOption stats{QStringLiteral("stats-interval"),
                             QCoreApplication::translate("srtdeskd", "How often statistics are sampled, in ms (default 1000)."),
                             QStringLiteral("ms"), QStringLiteral("1000")};
    QCommandLineOption ioThreads{
        QStringLiteral("io-threads"),
        QCoreApplication::translate("srtdeskd", "I/O threads that run the services (default: one per core, here %1).")
            .arg(RelayEngine::defaultIoThreads()),
        QStringLiteral("n")};
    QCommandLineOption streamAnalysis{
        QStringLiteral("stream-analysis"),
        QCoreApplication::translate("srtdeskd", "MPEG-TS analysis, probe and thumbnail of every running service: on "
                                                "(default) or off."),
        QStringLiteral("on|off"), QStringLiteral("on")};
};

void setUpParser(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "srtdeskd",
        "Headless SRT Desk: runs the SRT services of a data directory and serves the /v1 REST API.\n"
        "Passphrases and API keys are kept in the system keychain (Secret Service), or, when none is reachable,\n"
        "in the file secrets.json (mode 0600) of the data directory; SRTDESK_SECRET_STORE=keychain|file forces one.\n"
        "Exit codes: 1 usage, 2 data directory in use, 3 database unusable, 4 authentication store or password,\n"
        "5 cannot listen or TLS files unusable, 6 no usable secret store."));
    parser.addHelpOption();
    parser.addOptions({o.version, o.dataDir, o.bind, o.port, o.cert, o.key, o.passwordFile, o.setPassword, o.addUser,
                       o.role, o.lifetime, o.stats, o.ioThreads, o.streamAnalysis});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("srtdeskd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRTDESK_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN")) {
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                          "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif}"
                                          " %{category}: %{message}"));
    }
    LogRules::applyDefaults();

    // --help and option errors in the system's language; nothing after parsing is translated
    // (the REST API and the log stay English).
    std::optional<CommandLineTranslator> translator(std::in_place);
    const Options o;
    QCommandLineParser parser;
    setUpParser(parser, o);
    parser.process(app);
    translator.reset();

    if (parser.isSet(o.version)) {
        QTextStream(stdout) << versionText(QStringLiteral("srtdeskd"));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitUsage, QStringLiteral("unexpected argument %1 (see --help).").arg(parser.positionalArguments().first()));

    const QString dataDir = resolveDataDir(parser.value(o.dataDir));
    if (parser.isSet(o.setPassword))
        return setAdminPassword(dataDir);
    if (parser.isSet(o.role) && !parser.isSet(o.addUser))
        return fail(ExitUsage, QStringLiteral("--role goes with --add-user."));
    if (parser.isSet(o.addUser)) {
        if (!parser.isSet(o.role))
            return fail(ExitUsage, QStringLiteral("--add-user needs --role %1.").arg(UserJson::roleChoices()));
        return addUser(dataDir, parser.value(o.addUser), parser.value(o.role));
    }

    // Options are checked before anything is touched.
    QString bindText = parser.value(o.bind).trimmed();
    if (bindText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        bindText = QStringLiteral("127.0.0.1");
    const QHostAddress bindAddress(bindText);
    if (bindAddress.isNull())
        return fail(ExitUsage, QStringLiteral("--api-bind: \"%1\" is not an IP address.").arg(bindText));
    int port = 0;
    if (!parsePositive(parser, o.port.names().first(), 0, 65535, &port))
        return ExitUsage;
    RestOptions restOptions;
    if (parser.isSet(o.lifetime)) {
        if (!parsePositive(parser, o.lifetime.names().first(), 1, 30 * 24 * 3600, &restOptions.tokenLifetimeSecs))
            return ExitUsage;
    } else if (const QByteArray env = qgetenv("SRTDESK_TOKEN_LIFETIME"); !env.isEmpty()) {
        bool ok = false;
        const int secs = env.toInt(&ok);
        if (!ok || secs < 1)
            return fail(ExitUsage, QStringLiteral("SRTDESK_TOKEN_LIFETIME must be a positive number of seconds."));
        restOptions.tokenLifetimeSecs = secs;
    }
    int statsInterval = 1000;
    if (!parsePositive(parser, o.stats.names().first(), 100, 60000, &statsInterval))
        return ExitUsage;
    int ioThreads = 0; // one per core
    if (parser.isSet(o.ioThreads)
        && !parsePositive(parser, o.ioThreads.names().first(), 1, RelayEngine::kMaxIoThreads, &ioThreads))
        return ExitUsage;
    const QString analysis = parser.value(o.streamAnalysis);
    if (analysis != QLatin1String("on") && analysis != QLatin1String("off"))
        return fail(ExitUsage, QStringLiteral("--stream-analysis must be on or off, not \"%1\".").arg(analysis.left(40)));
    if (parser.isSet(o.cert) != parser.isSet(o.key))
        return fail(ExitUsage, QStringLiteral("--tls-cert and --tls-key go together."));
    QSslConfiguration tls;
    if (parser.isSet(o.cert)) {
        QString error;
        if (!RestServer::loadTlsConfiguration(parser.value(o.cert), parser.value(o.key), &tls, &error))
            return fail(ExitListen, error);
    }

    // The data directory is this process's alone from here on.
    DataDirLock lock;
    SecretStore secrets;
    ServiceStore store;
    QString error;
    if (const int code = openDataDir(dataDir, lock, secrets, store, &error); code != 0)
        return fail(code, error);
    qCInfo(lcDaemon).noquote() << "data directory" << QDir::toNativeSeparators(dataDir) << "- secrets in the"
                               << (secrets.backend() == SecretStore::Backend::Keychain
                                       ? QStringLiteral("system keychain")
                                       : QStringLiteral("fallback file ") + QDir::toNativeSeparators(secrets.filePath()));

    AuthStore auth;
    if (!auth.load(secrets))
        return fail(ExitAuth, auth.errorString());
    if (const int code = ensureAdminPassword(auth, parser.value(o.passwordFile)); code != ExitOk)
        return code;

    SrtRuntime runtime;
    ServiceManager manager(store, runtime, ioThreads);
    manager.setStreamAnalysis(analysis == QLatin1String("on"));
    manager.setStatsIntervalMs(statsInterval);
    if (!manager.load(&error))
        return fail(ExitStore, error);
    // Alarms, events, history (history.sqlite) and webhooks. A history file that cannot be
    // written now (a full disk) does not stop the daemon: events wait in memory meanwhile.
    AlarmSystem alarms(manager, store, dataDir);
    for (const QString &warning : alarms.warnings())
        qCWarning(lcDaemon).noquote() << warning;

    RestServer server(manager, alarms, auth, restOptions);
    const bool listening = parser.isSet(o.cert) ? server.listenTls(bindAddress, quint16(port), tls)
                                                    : server.listen(bindAddress, quint16(port));
    if (!listening)
        return fail(ExitListen, server.errorString());

    // Stop cleanly on SIGTERM/SIGINT: every link closes, desired states stay for the next start.
    UnixSignalWatcher signalWatcher({SIGTERM, SIGINT});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app, [&](int number) {
        qCInfo(lcDaemon).noquote() << (number == SIGTERM ? "SIGTERM" : "SIGINT") << "received: stopping every link";
        server.close();
        manager.shutdown();
        QCoreApplication::quit();
    });
    ::signal(SIGPIPE, SIG_IGN);

    manager.resumeDesired();
    qCInfo(lcDaemon).noquote() << "srtdeskd" << SRTDESK_VERSION << "ready with" << manager.count(ServiceKind::Rx)
                               << "RX and" << manager.count(ServiceKind::Tx) << "TX services (libsrt"
                               << SrtRuntime::libraryVersion() + QLatin1Char(')');
    const int code = QCoreApplication::exec();
    qCInfo(lcDaemon) << "stopped";
    return code;
}
