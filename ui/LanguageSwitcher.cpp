#include "ui/LanguageSwitcher.h"

#include "core/LanguageCode.h"
#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace srtdesk {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QString LanguageSwitcher::resolve(const QString &language)
{
    return resolveLanguageCode(language);
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

bool LanguageSwitcher::apply(const QString &language)
{
    const QString code = resolve(language);
    m_current = language;
    removeTranslators();

    const QLocale locale = language == QLatin1String("system") ? QLocale::system()
                           : code == QLatin1String("es")       ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    bool found = code == QLatin1String("en"); // English is the source language
    if (m_app.load(QStringLiteral("srtdesk_") + code, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&m_app);
        m_appInstalled = true;
        found = true;
    } else if (code != QLatin1String("en")) {
        qCWarning(lcUi) << "no SRT Desk translation for" << code;
    }
    if (code != QLatin1String("en")
        && m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
        m_qtInstalled = true;
    }
    qCInfo(lcUi) << "language" << language << "->" << code;
    return found;
}

} // namespace srtdesk
