#include "ui/UiLogging.h"

namespace srtdesk {
Q_LOGGING_CATEGORY(lcUi, "srtdesk.ui")
} // namespace srtdesk
