// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ScopedTranslator.h"

#include "core/UntranslatedScope.h"

namespace srtdesk {

QString ScopedTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    if (UntranslatedScope::isActive())
        return {};
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

} // namespace srtdesk
