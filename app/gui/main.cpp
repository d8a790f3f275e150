// SPDX-License-Identifier: GPL-3.0-or-later
// srtdesk: the desktop SRT Desk. Arguments and wiring only: the window is ui/, the state core/.

#include "app/common/AppInfo.h"
#include "app/common/CommandLineTranslator.h"
#include "app/common/DataDirectory.h"
#include "app/common/UnixSignalWatcher.h"
#include "app/gui/GuiLogging.h"
#include "app/gui/GuiRestHost.h"
#include "app/gui/KeychainNotice.h"
#include "core/LogCollector.h"
#include "core/LogRules.h"
#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DataDirLock.h"
#include "core/store/ServiceStore.h"
#include "ui/AppSettings.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/UiIcons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <csignal>
#include <cstring>
#include <optional>

using namespace srtdesk;

namespace {

// The names QSettings() and the window use, set before the options are made.
void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("srtdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("srtdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRTDESK_VERSION));
}

// The options, their descriptions translated when they are made (see CommandLineTranslator).
struct Options
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Prints the version of srtdesk and libsrt.")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QCoreApplication::translate("main", "Data directory (default: $SRTDESK_DATA_DIR or %1).")
                                   .arg(resolveDataDir({})),
                               QStringLiteral("dir")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QCoreApplication::translate("main", "Read and write the GUI settings in this INI file "
                                                                    "instead of srtdesk.conf in the data directory "
                                                                    "chosen with --data-dir or $SRTDESK_DATA_DIR, or "
                                                                    "else the user's configuration (%1).")
                                    .arg(QDir::toNativeSeparators(QSettings().fileName())),
                                QStringLiteral("file")};
    QCommandLineOption minimized{QStringLiteral("minimized"),
                                 QCoreApplication::translate("main", "Start with the window minimized.")};
};

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SRT Desk: a control room for SRT links (RX and TX services)."));
    parser.addHelpOption();
    parser.addOptions({options.version, options.dataDir, options.settings, options.minimized});
}

// --version and --help must work without a display: they are answered by a QCoreApplication.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-v", "--version", "-h", "--help", "--help-all", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int textOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const CommandLineTranslator translator;
    Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(app); // prints --help and exits
    if (parser.isSet(options.version))
        QTextStream(stdout) << versionText(QStringLiteral("srtdesk"));
    return 0;
}

void showFatal(const QString &title, const QString &message)
{
    QTextStream(stderr) << "srtdesk: " << message << Qt::endl;
    QMessageBox::critical(nullptr, title, message);
}

// The settings file: --settings; else srtdesk.conf in a chosen data directory, so that two
// instances on two data directories keep their own (language, layout, REST API port); else
// the user's configuration.
QString settingsFile(const QString &settingsOption, const QString &dataDirOption, const QString &dataDir)
{
    if (!settingsOption.isEmpty())
        return settingsOption;
    if (isDataDirChosen(dataDirOption))
        return QDir(dataDir).filePath(AppSettings::kFileName);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv))
        return textOnly(argc, argv);

    LogRules::applyDefaults();
    LogCollector log; // before QApplication: the log panel shows start-up too
    log.install();

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("SRT Desk"));
    QApplication::setDesktopFileName(QStringLiteral("srtdesk"));
    QApplication::setWindowIcon(UiIcons::appIcon());

    // Stop cleanly on SIGTERM/SIGINT (logout, systemd, Ctrl+C), as srtdeskd does: every link
    // closes, desired states stay for the next start. exit(), not quit(): no question about
    // running services, no closing to the tray, and any open dialog's loop ends too.
    UnixSignalWatcher signalWatcher({SIGTERM, SIGINT});
    bool stopRequested = false;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app, [&stopRequested](int number) {
        qCInfo(lcGui).noquote() << (number == SIGTERM ? "SIGTERM" : "SIGINT") << "received: stopping every link";
        stopRequested = true;
        QCoreApplication::exit(0);
    });

    std::optional<CommandLineTranslator> translator(std::in_place); // until the settings' language applies
    const Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(app);
    translator.reset();

    const QString dataDir = resolveDataDir(parser.value(options.dataDir));
    AppSettings settings(settingsFile(parser.value(options.settings), parser.value(options.dataDir), dataDir));
    qCInfo(lcGui).noquote() << "settings in" << QDir::toNativeSeparators(settings.filePath());
    LanguageSwitcher language;
    language.apply(settings.language());

    DataDirLock lock;
    SecretStore secrets;
    ServiceStore store;
    QString error;
    const int code = openDataDir(dataDir, lock, secrets, store, &error, [&stopRequested] {
        KeychainNotice::showIfNeeded();
        return !stopRequested;
    });
    if (code == kOpenStopped)
        return 0;
    if (code != 0) {
        showFatal(QApplication::translate("main", "SRT Desk cannot start"),
                  QApplication::translate("main", "The data directory %1 cannot be used.\n\n%2")
                      .arg(QDir::toNativeSeparators(dataDir), error));
        return code;
    }

    SrtRuntime runtime;
    ServiceManager manager(store, runtime);
    manager.setStatsIntervalMs(settings.statsIntervalMs());
    if (!manager.load(&error)) {
        showFatal(QApplication::translate("main", "SRT Desk cannot start"),
                  QApplication::translate("main", "The services in %1 cannot be read.\n\n%2")
                      .arg(QDir::toNativeSeparators(store.filePath()), error));
        return 3;
    }

    // Alarms, events, history and webhooks: before the window and the first start.
    AlarmSystem alarms(manager, store, dataDir);
    MainWindow window(manager, alarms, settings, dataDir, &log, &language);
    if (secrets.backend() == SecretStore::Backend::File)
        window.setSecretStoreFallback(secrets.filePath(), secrets.fallbackReason());
    GuiRestHost rest(manager, alarms, settings, secrets);
    QObject::connect(&rest, &GuiRestHost::statusChanged, &window, &MainWindow::setRestStatus);
    QObject::connect(&window, &MainWindow::restSettingsChanged, &rest, &GuiRestHost::apply);
    QObject::connect(&window, &MainWindow::adminPasswordChangeRequested, &rest, [&](const QString &password) {
        QString why;
        if (!rest.changePassword(password, &why)) {
            QMessageBox::warning(&window, QApplication::translate("main", "Administrator password"),
                                 QApplication::translate("main", "The password was not changed: %1").arg(why));
            return;
        }
        rest.apply(); // the API may have been waiting for a password
    });
    rest.apply();

    if (parser.isSet(options.minimized))
        window.showMinimized();
    else
        window.show();

    if (settings.startServicesOnLaunch())
        manager.resumeDesired();

    const int exitCode = stopRequested ? 0 : QApplication::exec();
    manager.shutdown();
    qCInfo(lcGui) << "stopped";
    log.uninstall();
    return exitCode;
}
