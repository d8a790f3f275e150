// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/RestLogging.h"

Q_LOGGING_CATEGORY(lcRest, "srtdesk.rest")
