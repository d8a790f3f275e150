// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/UntranslatedScope.h"

namespace srtdesk {

thread_local int UntranslatedScope::s_depth = 0;

} // namespace srtdesk
