// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace srtdesk {

// One allowed value of a Choice or Integer field, with its label in the form.
struct FieldChoice
{
    qint64 value;      // the enumerator as an integer, or the number itself
    const char *label; // QT_TRANSLATE_NOOP("ServiceField", …)
};

} // namespace srtdesk
