// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LanguageCode.h"

#include <QLocale>
#include <QStringList>

namespace srtdesk {

QString resolveLanguageCode(const QString &language)
{
    if (language == QLatin1String("en") || language == QLatin1String("es"))
        return language;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &tag : ui) {
        if (tag.startsWith(QLatin1String("es")))
            return QStringLiteral("es");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace srtdesk
