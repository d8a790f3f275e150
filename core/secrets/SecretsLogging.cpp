// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretsLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcSecrets, "srtdesk.secrets")

} // namespace srtdesk
