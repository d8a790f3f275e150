// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppSettings.h"

#include <QSettings>

namespace srtdesk {

namespace {
// Every key and its default.
const QString kStatsInterval = QStringLiteral("statistics/intervalMs");
const QString kStartOnLaunch = QStringLiteral("services/startOnLaunch");
const QString kLanguage = QStringLiteral("ui/language");
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kNotifyAlarms = QStringLiteral("ui/notifyAlarms");
const QString kRestEnabled = QStringLiteral("rest/enabled");
const QString kRestBind = QStringLiteral("rest/bindAddress");
const QString kRestPort = QStringLiteral("rest/port");
const QString kRestCert = QStringLiteral("rest/tlsCertificate");
const QString kRestKey = QStringLiteral("rest/tlsKey");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kHeaderPrefix = QStringLiteral("window/header/");
const QString kChartWindow = QStringLiteral("charts/windowMinutes");
const QString kOverviewTiles = QStringLiteral("window/overviewTiles");

constexpr bool kDefaultStartOnLaunch = true;
constexpr bool kDefaultCloseToTray = false;
constexpr bool kDefaultRestEnabled = false;
const QString kDefaultRestBind = QStringLiteral("127.0.0.1");
constexpr int kDefaultChartWindow = 5;
} // namespace

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

int AppSettings::statsIntervalMs() const
{
    const int value = m_settings->value(kStatsInterval, kDefaultStatsIntervalMs).toInt();
    return qBound(100, value, 60000);
}

void AppSettings::setStatsIntervalMs(int msecs) { m_settings->setValue(kStatsInterval, msecs); }

bool AppSettings::startServicesOnLaunch() const
{
    return m_settings->value(kStartOnLaunch, kDefaultStartOnLaunch).toBool();
}

void AppSettings::setStartServicesOnLaunch(bool on) { m_settings->setValue(kStartOnLaunch, on); }

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage, kSystemLanguage).toString();
    return value.isEmpty() ? kSystemLanguage : value;
}

void AppSettings::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language); }

bool AppSettings::closeToTray() const { return m_settings->value(kCloseToTray, kDefaultCloseToTray).toBool(); }

void AppSettings::setCloseToTray(bool on) { m_settings->setValue(kCloseToTray, on); }

bool AppSettings::notifyAlarms() const { return m_settings->value(kNotifyAlarms, true).toBool(); }

void AppSettings::setNotifyAlarms(bool on) { m_settings->setValue(kNotifyAlarms, on); }

bool AppSettings::restEnabled() const { return m_settings->value(kRestEnabled, kDefaultRestEnabled).toBool(); }

void AppSettings::setRestEnabled(bool on) { m_settings->setValue(kRestEnabled, on); }

QString AppSettings::restBindAddress() const { return m_settings->value(kRestBind, kDefaultRestBind).toString(); }

void AppSettings::setRestBindAddress(const QString &address) { m_settings->setValue(kRestBind, address); }

int AppSettings::restPort() const { return m_settings->value(kRestPort, kDefaultRestPort).toInt(); }

void AppSettings::setRestPort(int port) { m_settings->setValue(kRestPort, port); }

QString AppSettings::restTlsCertificate() const { return m_settings->value(kRestCert).toString(); }

void AppSettings::setRestTlsCertificate(const QString &path) { m_settings->setValue(kRestCert, path); }

QString AppSettings::restTlsKey() const { return m_settings->value(kRestKey).toString(); }

void AppSettings::setRestTlsKey(const QString &path) { m_settings->setValue(kRestKey, path); }

QByteArray AppSettings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }

void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }

QByteArray AppSettings::windowState() const { return m_settings->value(kState).toByteArray(); }

void AppSettings::setWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }

QByteArray AppSettings::headerState(const QString &table) const
{
    return m_settings->value(kHeaderPrefix + table).toByteArray();
}

void AppSettings::setHeaderState(const QString &table, const QByteArray &state)
{
    m_settings->setValue(kHeaderPrefix + table, state);
}

int AppSettings::chartWindowMinutes() const
{
    return m_settings->value(kChartWindow, kDefaultChartWindow).toInt();
}

void AppSettings::setChartWindowMinutes(int minutes) { m_settings->setValue(kChartWindow, minutes); }

bool AppSettings::overviewAsTiles() const
{
    return m_settings->value(kOverviewTiles, false).toBool();
}

void AppSettings::setOverviewAsTiles(bool tiles) { m_settings->setValue(kOverviewTiles, tiles); }

QString AppSettings::filePath() const { return m_settings->fileName(); }

void AppSettings::sync() { m_settings->sync(); }

} // namespace srtdesk
