// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace srtdesk {

// A QTranslator that stays silent (so Qt keeps the English source text) inside an
// UntranslatedScope: the REST API hosted by the GUI answers in English.
class ScopedTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopedTranslator)

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace srtdesk
