// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// How a message names a field: by the original API's name ("ListenPort must be between 1 and
// 65535.", what REST clients get) or by the form's translated label ("SRT port must be …").
enum class FieldNaming { Api, Label };

} // namespace srtdesk
