// srtdesk: the desktop SRT Desk. Arguments and wiring only: the window is ui/, the state core/.

#include "app/common/AppInfo.h"
#include "app/common/DataDirectory.h"
#include "app/gui/GuiRestHost.h"
#include "core/LogCollector.h"
#include "core/LogRules.h"
#include "core/ServiceManager.h"
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
#include <QTextStream>

#include <cstring>

using namespace srtdesk;

namespace {

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
                                                                    "instead of the user's configuration."),
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
    QCoreApplication::setApplicationName(QStringLiteral("srtdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRTDESK_VERSION));
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

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv))
        return textOnly(argc, argv);

    LogRules::applyDefaults();
    LogCollector log; // before QApplication: the log panel shows start-up too
    log.install();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk"));
    QApplication::setOrganizationName(QStringLiteral("srtdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SRT Desk"));
    QApplication::setApplicationVersion(QStringLiteral(SRTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("srtdesk"));
    QApplication::setWindowIcon(UiIcons::appIcon());

    Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(app);

    AppSettings settings(parser.value(options.settings));
    LanguageSwitcher language;
    language.apply(settings.language());

    const QString dataDir = resolveDataDir(parser.value(options.dataDir));
    DataDirLock lock;
    SecretStore secrets;
    ServiceStore store;
    QString error;
    if (const int code = openDataDir(dataDir, lock, secrets, store, &error); code != 0) {
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

    MainWindow window(manager, settings, dataDir, &log, &language);
    if (secrets.backend() == SecretStore::Backend::File)
        window.setSecretStoreFallback(secrets.filePath(), secrets.fallbackReason());
    GuiRestHost rest(manager, settings, secrets);
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

    const int code = QApplication::exec();
    manager.shutdown();
    log.uninstall();
    return code;
}
