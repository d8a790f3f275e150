// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace srtdesk {

// The GUI's settings (QSettings), each key with its default in one place. The application
// keeps them in kFileName inside a data directory chosen with --data-dir (one file per
// instance), else in the platform's default location; --settings, tests and screenshots pass
// an INI file path.
class AppSettings
{
public:
    // The settings file's name inside a chosen data directory.
    static inline const QString kFileName = QStringLiteral("srtdesk.conf");

    // Empty path: QSettings() of the application (organization and application names).
    explicit AppSettings(const QString &iniPath = {});
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    static constexpr int kDefaultStatsIntervalMs = 1000;
    static constexpr int kDefaultRestPort = 4000; // the original's port
    static inline const QString kSystemLanguage = QStringLiteral("system");

    int statsIntervalMs() const;
    void setStatsIntervalMs(int msecs);
    // Start, at launch, the services that were running when the application last stopped.
    bool startServicesOnLaunch() const;
    void setStartServicesOnLaunch(bool on);
    // "system", "en" or "es".
    QString language() const;
    void setLanguage(const QString &language);
    // Keep running in the tray when the window is closed (only when a tray exists).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // A desktop notification from the tray icon for every new alarm.
    bool notifyAlarms() const;
    void setNotifyAlarms(bool on);

    // Hosting the /v1 REST API from the GUI process.
    bool restEnabled() const;
    void setRestEnabled(bool on);
    QString restBindAddress() const;
    void setRestBindAddress(const QString &address);
    int restPort() const;
    void setRestPort(int port);
    QString restTlsCertificate() const;
    void setRestTlsCertificate(const QString &path);
    QString restTlsKey() const;
    void setRestTlsKey(const QString &path);

    // Window layout.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);
    int chartWindowMinutes() const;
    void setChartWindowMinutes(int minutes);
    // The overview shows tiles rather than a table.
    bool overviewAsTiles() const;
    void setOverviewAsTiles(bool tiles);

    QString filePath() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace srtdesk
