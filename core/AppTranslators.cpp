// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppTranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace srtdesk {

AppTranslators::AppTranslators(QTranslator &app, QTranslator &qt) : m_app(app), m_qt(qt) {}

AppTranslators::~AppTranslators()
{
    remove();
}

void AppTranslators::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

bool AppTranslators::install(const QString &code)
{
    remove();
    const bool english = code == QLatin1String("en");
    if (m_app.load(QStringLiteral("srtdesk_") + code, QStringLiteral(":/i18n")))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    if (!english && m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return english || m_appInstalled;
}

} // namespace srtdesk
