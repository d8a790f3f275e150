// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LogRules.h"

#include <QLoggingCategory>

namespace srtdesk {

void LogRules::applyDefaults()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("srtdesk.*.info=true\nsrtdesk.*.debug=false"));
}

} // namespace srtdesk
