// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace srtdesk {

// One problem with one field of a service, in the original API's field name,
// with a sentence a user understands.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &other) const
    {
        return field == other.field && message == other.message;
    }
};

using FieldErrors = QList<FieldError>;

} // namespace srtdesk
