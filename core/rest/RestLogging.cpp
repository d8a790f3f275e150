#include "core/rest/RestLogging.h"

Q_LOGGING_CATEGORY(lcRest, "srtdesk.rest")
