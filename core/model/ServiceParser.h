// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldError.h"
#include "core/model/FieldNaming.h"
#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace srtdesk {

// Reads the original API's JSON bodies verbatim, as the field table (ServiceFields) spells
// them: its field names and their aliases (FecLayOut and FecLayout, FEC and PacketFilter),
// numbers sent as numeric strings, enum values in any case. Fields absent from the body keep
// the value they have in `base`, so one function serves add (base = defaults) and update
// (base = the stored service). Type problems are reported per field, under the name the body
// used; messages name the field as `naming` says. Range rules are ServiceValidator's.
class ServiceParser
{
    Q_DECLARE_TR_FUNCTIONS(ServiceParser)

public:
    struct Result
    {
        ServiceConfig config;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static Result parse(const QJsonObject &body, const ServiceConfig &base, FieldNaming naming = FieldNaming::Api);
    // As above from raw bytes; malformed JSON or a non-object is an error on the field "body".
    static Result parse(const QByteArray &json, const ServiceConfig &base, FieldNaming naming = FieldNaming::Api);
};

} // namespace srtdesk
