// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LanguageSwitcher.h"

#include "core/LanguageCode.h"
#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLocale>

namespace srtdesk {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent), m_installed(m_app, m_qt)
{
}

LanguageSwitcher::~LanguageSwitcher() = default;

QString LanguageSwitcher::resolve(const QString &language)
{
    return resolveLanguageCode(language);
}

bool LanguageSwitcher::apply(const QString &language)
{
    const QString code = resolve(language);
    m_current = language;

    const QLocale locale = language == QLatin1String("system") ? QLocale::system()
                           : code == QLatin1String("es")       ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    const bool found = m_installed.install(code);
    if (!found)
        qCWarning(lcUi) << "no SRT Desk translation for" << code;
    qCInfo(lcUi) << "language" << language << "->" << code;
    return found;
}

} // namespace srtdesk
