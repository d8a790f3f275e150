// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreLogging.h"

namespace srtdesk {

Q_LOGGING_CATEGORY(lcStore, "srtdesk.store")

} // namespace srtdesk
