#pragma once

#include <QLoggingCategory>

namespace srtdesk {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace srtdesk
