// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace srtdesk {

// The language SRT Desk speaks for a language setting: "en" (the source language) or "es".
// "en" and "es" stand for themselves; anything else ("system") follows the system locale's
// UI languages, which Qt takes from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in that order.
// English when none of them is Spanish or English.
QString resolveLanguageCode(const QString &language);

} // namespace srtdesk
